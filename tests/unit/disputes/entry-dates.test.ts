/**
 * The date of a timeline entry when several reports tell one act (disputes/placement.ts, addEvent): the earliest
 * date they give, once a month or a year has given way to a day of another report inside it. Events written for
 * these tests (fictional companies).
 */
import { describe, expect, it } from 'vitest';
import { placeEvents, type DisputeRecord, type PlacementEvent } from '../../../disputes/placement.ts';

let n = 0;
const ev = (p: Partial<PlacementEvent> & Pick<PlacementEvent, 'type' | 'actor' | 'date' | 'published'>): PlacementEvent => ({
  ref: `r${++n}`,
  article: `a${n}`,
  actorKind: 'company',
  target: 'Marrowby',
  targetKind: 'company',
  issue: 'copyright',
  sentence: `${p.actor} did something.`,
  ...p,
});

/** Places each event as its own article's batch, in the order given, carrying the disputes along. */
function placeAll(events: PlacementEvent[]): DisputeRecord[] {
  let k = 0;
  const ids = { newDisputeId: () => `d${++k}`, newEntryId: () => `e${++k}` };
  let state: DisputeRecord[] = [];
  for (const e of events) {
    const out = placeEvents(state, [e], ids);
    const changed = new Map(out.disputes.map((d) => [d.id, d]));
    state = state.map((d) => changed.get(d.id) ?? d);
    for (const d of out.disputes) if (!state.some((x) => x.id === d.id)) state.push(d);
  }
  return state;
}

const entriesOf = (state: DisputeRecord[]) => state.flatMap((d) => d.entries).map((e) => ({ date: e.date, precision: e.precision ?? 'day', refs: e.refs.length }));

describe('entry dates: reports of one act with dates of different precision', () => {
  it('a day inside the month an earlier report gave is the act\'s date, and the two reports are one entry', () => {
    const state = placeAll([
      // "Quillon filed its suit against Marrowby earlier this month." (20 March)
      ev({ type: 'LEGAL_ACTION', actor: 'Quillon', date: '2025-03-01', precision: 'month', published: '2025-03-20' }),
      // "Quillon sued Marrowby on March 12." (2 April)
      ev({ type: 'LEGAL_ACTION', actor: 'Quillon', date: '2025-03-12', published: '2025-04-02' }),
    ]);
    expect(entriesOf(state)).toEqual([{ date: '2025-03-12', precision: 'day', refs: 2 }]);
  });

  it('a later report that gives only the year joins the entry without moving its day', () => {
    const state = placeAll([
      ev({ type: 'LEGAL_ACTION', actor: 'Quillon', date: '2024-10-21', published: '2024-10-21' }),
      // "Quillon sued Marrowby in 2024." (a year later, in passing)
      ev({ type: 'LEGAL_ACTION', actor: 'Quillon', date: '2024-01-01', precision: 'year', published: '2025-11-03', background: true }),
    ]);
    expect(entriesOf(state)).toEqual([{ date: '2024-10-21', precision: 'day', refs: 2 }]);
  });

  it('a month before the entry\'s day is another act, or the earlier one: its own entry, as before', () => {
    const state = placeAll([
      ev({ type: 'LEGAL_ACTION', actor: 'Quillon', date: '2025-03-12', published: '2025-03-12' }),
      ev({ type: 'LEGAL_ACTION', actor: 'Quillon', date: '2025-01-01', precision: 'month', published: '2025-03-20' }),
    ]);
    expect(entriesOf(state)).toEqual([
      { date: '2025-03-12', precision: 'day', refs: 1 },
      { date: '2025-01-01', precision: 'month', refs: 1 },
    ]);
  });

  it('two days within the window: the earliest, as the contract says', () => {
    const state = placeAll([
      ev({ type: 'RESTRICTION', actor: 'Quillon', date: '2025-05-09', published: '2025-05-09' }),
      ev({ type: 'RESTRICTION', actor: 'Quillon', date: '2025-05-06', published: '2025-05-10' }),
    ]);
    expect(entriesOf(state)).toEqual([{ date: '2025-05-06', precision: 'day', refs: 2 }]);
  });

  it('a month whose day a report gives later becomes that day even when another month report came first', () => {
    const state = placeAll([
      ev({ type: 'INVESTIGATION', actor: 'Quillon', date: '2025-06-01', precision: 'month', published: '2025-06-25' }),
      ev({ type: 'INVESTIGATION', actor: 'Quillon', date: '2025-06-01', precision: 'month', published: '2025-07-02' }),
      ev({ type: 'INVESTIGATION', actor: 'Quillon', date: '2025-06-17', published: '2025-07-04' }),
    ]);
    expect(entriesOf(state)).toEqual([{ date: '2025-06-17', precision: 'day', refs: 3 }]);
  });
});
