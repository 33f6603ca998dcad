import { describe, expect, it } from 'vitest';
import { computeDisputeState, computeEscalationIndex, describeChange, loadLadder } from '../../../disputes/ladder.ts';

const ladder = loadLadder('config/ladder.json');
const e = (id: number, type: string, eventDate: string, corroboration = 1) => ({ id, type, eventDate, corroboration });

describe('escalation ladder', () => {
  it('rises with each higher rung and records the changes', () => {
    const s = computeDisputeState(
      ladder,
      [e(1, 'ALLEGATION', '2026-11-10'), e(2, 'DENIAL', '2026-11-11'), e(3, 'LEGAL_ACTION', '2026-11-20'), e(4, 'DEMAND', '2026-11-21')],
      '2026-11-22',
    );
    expect(s.level).toBe(6);
    expect(s.levelType).toBe('LEGAL_ACTION');
    expect(s.changes.map((c) => [c.fromType, c.toType])).toEqual([
      [null, 'ALLEGATION'],
      ['ALLEGATION', 'DENIAL'],
      ['DENIAL', 'LEGAL_ACTION'],
    ]);
    expect(describeChange(s.changes[2]!)).toBe('rose from denial to lawsuit on 20 Nov 2026');
    expect(describeChange(s.changes[0]!)).toBe('started with an accusation on 10 Nov 2026');
    expect(s.status).toBe('escalating');
  });

  it('orders by date, not by arrival', () => {
    const s = computeDisputeState(ladder, [e(9, 'LEGAL_ACTION', '2026-11-20'), e(3, 'ALLEGATION', '2026-11-01')], '2026-11-20');
    expect(s.changes.map((c) => c.toType)).toEqual(['ALLEGATION', 'LEGAL_ACTION']);
    expect(s.firstEventAt).toBe('2026-11-01');
  });

  it('a settlement lowers the level and resolves; a new hostile step reopens', () => {
    const settled = computeDisputeState(ladder, [e(1, 'LEGAL_ACTION', '2026-10-01'), e(2, 'DEESCALATION', '2026-11-01')], '2026-11-02');
    expect(settled.level).toBe(4);
    expect(settled.status).toBe('resolved');
    expect(settled.changes.at(-1)!.direction).toBe('deescalated');
    const reopened = computeDisputeState(
      ladder,
      [e(1, 'LEGAL_ACTION', '2026-10-01'), e(2, 'DEESCALATION', '2026-11-01'), e(3, 'RESTRICTION', '2026-11-05')],
      '2026-11-06',
    );
    expect(reopened.status).toBe('escalating');
    expect(reopened.level).toBe(7);
  });

  it('an undated act the text refers to counts for the level, not for dates, changes or status', () => {
    const order = { ...e(1, 'RESTRICTION', '2026-11-20'), background: true, actor: 'Ruritania', targets: ['Halvard Chips'] };
    const demand = { ...e(2, 'DEMAND', '2026-11-05'), actor: 'Osterlich', targets: ['Ruritania'] };
    const s = computeDisputeState(ladder, [order, demand], '2026-11-06');
    expect(s.level).toBe(7);
    expect(s.levelType).toBe('RESTRICTION');
    expect(s.firstEventAt).toBe('2026-11-05');
    expect(s.lastEventAt).toBe('2026-11-05');
    expect(s.changes).toEqual([]);
  });

  it("resolved only when the de-escalation ends the highest step: not a complaining state's own exemption on the day it repeats its demand", () => {
    // Ruritania's order on a company (told in passing, undated); Osterlich demands its revocation, then on one day
    // repeats the demand and exempts the company from a measure of its own.
    const order = { ...e(1, 'RESTRICTION', '2026-11-20'), background: true, actor: 'Ruritania', targets: ['Halvard Chips'], key: 'R|Ruritania|Halvard Chips' };
    const demand = { ...e(2, 'DEMAND', '2026-11-05'), actor: 'Osterlich', targets: ['Ruritania'], key: 'D|Osterlich|Ruritania' };
    const again = { ...e(3, 'DEMAND', '2026-11-12'), actor: 'Osterlich', targets: ['Ruritania'], key: 'D|Osterlich|Ruritania' };
    const exemption = { ...e(4, 'DEESCALATION', '2026-11-12'), actor: 'Osterlich', targets: ['Ruritania'] };
    const open = computeDisputeState(ladder, [order, demand, again, exemption], '2026-11-13');
    expect(open.status).not.toBe('resolved');
    expect(open.level).toBe(7 - ladder.deescalation.step);
    // The restricting state lifting its order ends it.
    const lifting = { ...e(5, 'DEESCALATION', '2026-11-15'), actor: 'Ruritania', targets: ['Halvard Chips'] };
    expect(computeDisputeState(ladder, [order, demand, again, exemption, lifting], '2026-11-16').status).toBe('resolved');
  });

  it('a settlement between the two sides of the suit resolves, with the suit mentioned again that day; a third party\'s repeated demand that day leaves it open', () => {
    const suit = { ...e(1, 'LEGAL_ACTION', '2026-09-01'), actor: 'Corvane AI', targets: ['Pellucid Systems'], key: 'L|C|P' };
    const letter = { ...e(2, 'DEMAND', '2026-09-10'), actor: 'Senate', targets: ['Pellucid Systems'], key: 'D|S|P' };
    const settle = { ...e(3, 'DEESCALATION', '2026-10-01'), actor: 'Pellucid Systems', targets: ['Corvane AI'] };
    const mention = { ...e(4, 'LEGAL_ACTION', '2026-10-01'), actor: 'Corvane AI', targets: ['Pellucid Systems'], key: 'L|C|P' };
    expect(computeDisputeState(ladder, [suit, letter, settle, mention], '2026-10-02').status).toBe('resolved');
    const letterAgain = { ...e(5, 'DEMAND', '2026-10-01'), actor: 'Senate', targets: ['Pellucid Systems'], key: 'D|S|P' };
    expect(computeDisputeState(ladder, [suit, letter, settle, mention, letterAgain], '2026-10-02').status).not.toBe('resolved');
  });

  it('goes dormant after 30 quiet days and cooling after 10', () => {
    expect(computeDisputeState(ladder, [e(1, 'ALLEGATION', '2026-09-01')], '2026-11-01').status).toBe('dormant');
    expect(computeDisputeState(ladder, [e(1, 'ALLEGATION', '2026-10-15')], '2026-11-01').status).toBe('cooling');
  });

  it('the index decays with time and grows with corroboration', () => {
    const fresh = computeEscalationIndex(ladder, [e(1, 'LEGAL_ACTION', '2026-11-20')], '2026-11-20');
    const old = computeEscalationIndex(ladder, [e(1, 'LEGAL_ACTION', '2026-11-20')], '2026-12-04');
    const corroborated = computeEscalationIndex(ladder, [e(1, 'LEGAL_ACTION', '2026-11-20', 12)], '2026-11-20');
    expect(fresh).toBe(6);
    expect(old).toBeCloseTo(3, 5);
    expect(corroborated).toBeGreaterThan(fresh);
  });
});
