/**
 * Placement does not depend on the order it is handed events in: the same events give the same disputes whatever
 * their order in the call, and whether they come in one call or in several (a fetch batch retried after a crash
 * is placed apart from the articles fetched after it). The case is the pipeline's own sample that exposed the
 * order-dependence (feeds/samples tw-01, tw-02, tw-09; tests/integration/pipeline/fetch-batch.test.ts): a denial
 * whose sentence names the accusation it denies also states that accusation, under another issue label ("trade"
 * for "trade-secret claims"). Taken before the denial, that allegation opened a second Corvane AI–Pellucid
 * Systems dispute; in a batch of its own that dispute was stored, and the settlement placed later merged it away,
 * leaving an empty dispute behind.
 */
import { describe, expect, it } from 'vitest';
import { placeEvents, type DisputeRecord, type Merge, type PlacementEvent } from '../../../disputes/placement.ts';

const IP = 'distillation / IP theft';

let n = 0;
const ev = (p: Partial<PlacementEvent> & Pick<PlacementEvent, 'type' | 'actor' | 'target' | 'date' | 'article' | 'issue'>): PlacementEvent => ({
  ref: String(++n),
  actorKind: 'company',
  targetKind: 'company',
  published: p.date,
  sentence: `${p.actor} did something.`,
  ...p,
});

// tw-01: the suit.
const suit = [
  ev({ article: '1', type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-10-06', issue: IP, sentence: 'Corvane AI sued Pellucid Systems over its training code.' }),
  ev({ article: '1', type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-10-06', issue: IP, sentence: 'Corvane AI accused Pellucid Systems of taking its training code.' }),
];
// tw-02: the denial, and the accusation it names (the extractor's order: the accusation first).
const denial = [
  ev({ article: '2', type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-10-07', issue: 'trade', issues: ['trade'], sentence: "Pellucid Systems rejected Corvane AI's trade-secret claims." }),
  ev({ article: '2', type: 'DENIAL', actor: 'Pellucid Systems', target: 'Corvane AI', date: '2026-10-07', issue: IP, sentence: 'Pellucid Systems denied that it had used any of Corvane AI code.' }),
];
// An unrelated story between them in time.
const curbs = [
  ev({ article: '3', type: 'RESTRICTION', actor: 'United States', actorKind: 'government', target: 'China', targetKind: 'government', date: '2026-10-20', issue: 'export controls', sentence: 'The United States tightened chip export controls on China.' }),
  ev({ article: '3', type: 'ALLEGATION', actor: 'China', actorKind: 'government', target: 'United States', targetKind: 'government', date: '2026-10-21', issue: 'export controls', sentence: 'China accused the United States of abusing export controls.' }),
];
// tw-09: the settlement, in the words of the trade-secret case.
const settlement = [
  ev({ article: '4', type: 'DEESCALATION', actor: 'Pellucid Systems', target: 'Corvane AI', date: '2026-11-23', issue: 'trade', issues: ['trade', IP], sentence: 'Pellucid Systems and Corvane AI settled the trade-secret lawsuit.' }),
  ev({ article: '4', type: 'DEESCALATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-11-23', issue: 'trade', issues: ['trade', IP], sentence: 'Corvane AI agreed to withdraw its trade-secret claims.' }),
];
const all = [...suit, ...denial, ...curbs, ...settlement];

/** Places the calls one after the other, carrying the disputes along (as the worker's batches do). */
function placeInCalls(calls: PlacementEvent[][]) {
  let d = 0;
  let e = 0;
  const ids = { newDisputeId: () => `d${++d}`, newEntryId: () => `e${++e}` };
  let state: DisputeRecord[] = [];
  const merges: Merge[] = [];
  const outcomes: DisputeRecord[][] = [];
  for (const call of calls) {
    const out = placeEvents(state, call, ids);
    outcomes.push(out.disputes);
    const gone = new Set(out.merges.map((m) => m.from));
    const changed = new Map(out.disputes.map((x) => [x.id, x]));
    state = state.filter((x) => !gone.has(x.id)).map((x) => changed.get(x.id) ?? x);
    for (const x of out.disputes) if (!state.some((y) => y.id === x.id)) state.push(x);
    merges.push(...out.merges);
  }
  return { state, merges, outcomes };
}

/** The disputes as their content (events, parties with their roles and dates, issues), free of ids and order. */
function content(disputes: DisputeRecord[]) {
  return disputes
    .map((d) => ({
      issue: d.issue,
      issues: d.issues,
      parties: d.parties.map((p) => `${p.name} ${p.role} ${p.roles.map((r) => `${r.role}@${r.since}`).join(',')}`).sort(),
      entries: d.entries.map((x) => `${x.type} ${x.actor} -> ${x.targets.join('+')} ${x.date} [${[...x.refs].sort().join(',')}]`).sort(),
    }))
    .sort((a, b) => (a.entries[0]! < b.entries[0]! ? -1 : 1));
}

/** A fixed shuffle (a small linear congruential generator): the same orders on every run. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('placement: the order of events', () => {
  const once = placeInCalls([all]);

  it("Pellucid's denial naming Corvane's trade-secret claims (tw-02) keeps the accusation in their one case", () => {
    const cases = once.state.filter((d) => d.parties.some((p) => p.name === 'Corvane AI'));
    expect(cases).toHaveLength(1);
    // The suit, the accusation (both reports of it), the denial and the two sides' settlement.
    expect(content(cases).map((d) => d.entries.length)).toEqual([5]);
    expect(once.merges).toEqual([]);
    // Under the other label the accusation joins as a facet of the case: it gives the case no issue of its own.
    expect(cases[0]!.issue).toBe(IP);
  });

  it('the same events in any order of the call give the same disputes', () => {
    const orders = [[...all].reverse(), [...suit, ...[...denial].reverse(), ...curbs, ...settlement], ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => shuffled(all, seed))];
    for (const order of orders) expect(content(placeInCalls([order]).state)).toEqual(content(once.state));
  });

  it('a batch placed apart (a retried fetch batch), or each article alone, gives the same disputes and leaves none empty', () => {
    const shapes = [
      [[...suit, ...denial], [...curbs, ...settlement]],
      [suit, [...denial].reverse(), curbs, settlement],
      [suit, denial, curbs, settlement],
    ];
    for (const calls of shapes) {
      const r = placeInCalls(calls);
      expect(content(r.state)).toEqual(content(once.state));
      // No dispute opened in one call for a later call to merge away (stored, it would stay behind, empty).
      expect(r.merges).toEqual([]);
      for (const out of r.outcomes) for (const d of out) expect(d.entries.length).toBeGreaterThan(0);
    }
  });

  it('a denial naming no counterpart answers the suit its own article reports, listed before it or after it', () => {
    const answer = ev({ article: '9', type: 'DENIAL', actor: 'Marrowby', target: null, date: '2026-05-02', issue: 'copyright', sentence: 'Marrowby denied wrongdoing.' });
    const claim = ev({ article: '9', type: 'LEGAL_ACTION', actor: 'Quillon Labs', target: 'Marrowby', date: '2026-05-02', issue: 'copyright', sentence: 'Quillon Labs sued Marrowby over its model.' });
    for (const order of [[answer, claim], [claim, answer]]) {
      const out = placeEvents([], order, { newDisputeId: () => 'd1', newEntryId: () => `e${++n}` });
      expect(out.unplaced).toEqual([]);
      expect(out.assignments.map((a) => a.disputeId)).toEqual(['d1', 'd1']);
    }
  });
});
