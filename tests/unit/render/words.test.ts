import { describe, expect, it } from 'vitest';
import { describeLevel, describeLevelChange, eventSentence, formatDay, ladderRungs, levelWord, possessive, type LadderWords } from '../../../api/render/words.ts';

const LADDER: LadderWords = {
  levels: { DEMAND: 1, ALLEGATION: 2, DENIAL: 3, THREAT: 4, INVESTIGATION: 5, LEGAL_ACTION: 6, RESTRICTION: 7 },
  deescalationType: 'DEESCALATION',
};

describe('eventSentence', () => {
  it('reads every event type as a sentence, with and without a target', () => {
    const cases: [string, string | null, string][] = [
      ['ALLEGATION', 'Borealis Labs', 'Quillon Robotics accused Borealis Labs'],
      ['ALLEGATION', null, 'Quillon Robotics made an accusation'],
      ['LEGAL_ACTION', 'Borealis Labs', 'Quillon Robotics took legal action against Borealis Labs'],
      ['INVESTIGATION', 'Borealis Labs', 'Quillon Robotics opened an investigation into Borealis Labs'],
      ['RESTRICTION', 'Borealis Labs', 'Quillon Robotics imposed restrictions on Borealis Labs'],
      ['RESTRICTION', null, 'Quillon Robotics imposed restrictions'],
      ['THREAT', 'Borealis Labs', 'Quillon Robotics threatened Borealis Labs'],
      ['DEMAND', 'Borealis Labs', 'Quillon Robotics made demands of Borealis Labs'],
      ['DEESCALATION', 'Borealis Labs', 'Quillon Robotics moved to settle with Borealis Labs'],
      ['DENIAL', 'Borealis Labs', "Quillon Robotics denied Borealis Labs' claims"],
      ['DENIAL', null, 'Quillon Robotics denied the claims'],
    ];
    for (const [type, target, want] of cases) expect(eventSentence({ type, actor: 'Quillon Robotics', target }), type).toBe(want);
  });

  it('a denial names the accusation it answers', () => {
    expect(eventSentence({ type: 'DENIAL', actor: 'Borealis Labs', target: 'Quillon', answers: { type: 'ALLEGATION', actor: 'Quillon' } })).toBe("Borealis Labs denied Quillon's accusation");
    expect(eventSentence({ type: 'DENIAL', actor: 'Quillon', target: null, answers: { type: 'THREAT', actor: 'Veridian Systems' } })).toBe("Quillon denied Veridian Systems' threat");
  });

  it('a legal action reads as a lawsuit or a complaint when its evidence says which', () => {
    const e = { type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Borealis Labs' };
    expect(eventSentence({ ...e, evidence: 'Quillon sued Borealis Labs in a federal court on Monday.' })).toBe('Quillon sued Borealis Labs');
    expect(eventSentence({ ...e, evidence: 'The lawsuit, filed by Quillon, seeks damages.' })).toBe('Quillon sued Borealis Labs');
    expect(eventSentence({ ...e, evidence: 'Quillon lodged a complaint with the competition authority.' })).toBe('Quillon filed a complaint against Borealis Labs');
    expect(eventSentence({ ...e, evidence: 'Quillon asked the court for an injunction.' })).toBe('Quillon took legal action against Borealis Labs');
    // "suit" alone is not a lawsuit ("followed suit").
    expect(eventSentence({ ...e, evidence: 'Others followed suit.' })).toBe('Quillon took legal action against Borealis Labs');
  });

  it('an unknown type still reads, without enum names', () => {
    expect(eventSentence({ type: 'TRADE_PROBE', actor: 'Quillon', target: 'Borealis' })).toBe('Quillon: trade probe concerning Borealis');
  });

  it('possessives', () => {
    expect(possessive('Quillon')).toBe("Quillon's");
    expect(possessive('Borealis Labs')).toBe("Borealis Labs'");
  });
});

describe('levels and changes in words', () => {
  it('names each rung by its step, 0 as calm, a gap by its number', () => {
    expect(levelWord(0, LADDER)).toBe('calm');
    expect(levelWord(2, LADDER)).toBe('accusation');
    expect(levelWord(6, LADDER)).toBe('legal action');
    expect(levelWord(9, LADDER)).toBe('level 9');
    expect(ladderRungs(LADDER).map((r) => r.word)).toEqual(['calm', 'demand', 'accusation', 'denial', 'threat', 'investigation', 'legal action', 'restrictions']);
  });

  it('describes changes by the levels, never by enum names', () => {
    expect(describeLevelChange({ direction: 'started', fromLevel: 0, toLevel: 2, toType: 'ALLEGATION', changedOn: '2026-11-10' }, LADDER)).toBe('started at accusation on 10 Nov 2026');
    expect(describeLevelChange({ direction: 'escalated', fromLevel: 2, toLevel: 6, toType: 'LEGAL_ACTION', changedOn: '2026-11-10' }, LADDER)).toBe('rose from accusation to legal action on 10 Nov 2026');
    // Two settlements in a row were "deescalated from DEESCALATION to DEESCALATION".
    expect(describeLevelChange({ direction: 'deescalated', fromLevel: 4, toLevel: 2, toType: 'DEESCALATION', changedOn: '2026-11-23' }, LADDER)).toBe('fell from threat to accusation after a settlement on 23 Nov 2026');
    expect(describeLevel(2, 'DEESCALATION', LADDER)).toBe('accusation (2 of 7, eased by a settlement)');
    expect(describeLevel(6, 'LEGAL_ACTION', LADDER)).toBe('legal action (6 of 7)');
  });

  it('formats days for readers', () => {
    expect(formatDay('2026-11-10')).toBe('10 Nov 2026');
    expect(formatDay('2026-01-02', false)).toBe('2 Jan');
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('parties with their roles', () => {
  it('reads a role in words and leaves a party without one as its name', async () => {
    const { partyWithRole, roleWord } = await import('../../../api/render/words.ts');
    expect(partyWithRole({ name: 'Quillon Robotics', role: 'accuser' })).toBe('Quillon Robotics (accuser)');
    expect(partyWithRole({ name: 'Tribunal of Ostmark', role: 'forum' })).toBe('Tribunal of Ostmark (forum of a complaint)');
    expect(partyWithRole({ name: 'Borealis Labs', role: null })).toBe('Borealis Labs');
    expect(roleWord('authority')).toBe('investigating or ruling authority');
    expect(roleWord('restrictor')).toBe('restricting government');
    expect(roleWord('responder')).toBe('responding government');
    expect(roleWord('something-new')).toBeNull();
  });
});
