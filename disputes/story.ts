/**
 * How a dispute reads: its title from its main parties and issue, its level and status from its dated
 * steps (disputes/ladder.ts). Pure functions over a placed dispute.
 */
import { computeDisputeState, type DisputeState, type Ladder } from './ladder.ts';
import { isGenericIssue, unitOf, type DisputeRecord } from './placement.ts';

const ISSUE_WORDS: Record<string, string> = {
  'distillation / ip theft': 'trade secrets and model distillation',
};

/** The issue as a title shows it (null for a generic one: a title never says "general dispute"). */
export function issueTitle(issue: string | null): string | null {
  if (isGenericIssue(issue)) return null;
  return ISSUE_WORDS[issue!.toLowerCase()] ?? issue!;
}

/**
 * "Corvane AI v. Pellucid Systems: trade secrets" — the side that acted most against the side most acted
 * against; a state's restrictions on another country's companies read "United States export controls on China".
 */
export function disputeTitle(d: DisputeRecord): string {
  const acted = new Map<string, number>();
  const actedOn = new Map<string, number>();
  const kindOf = (name: string) => d.parties.find((p) => p.name === name)?.kind ?? null;
  const hostile = d.entries.filter((e) => e.type !== 'DENIAL' && e.type !== 'DEESCALATION');
  for (const e of hostile.length ? hostile : d.entries) {
    const a = unitOf(e.actor, kindOf(e.actor));
    const shown = a.kind === 'person' && a.unit !== a.name ? a.unit : e.actor;
    acted.set(shown, (acted.get(shown) ?? 0) + 1);
    for (const t of e.targets) actedOn.set(t, (actedOn.get(t) ?? 0) + 1);
  }
  const top = (m: Map<string, number>, not?: string) =>
    [...m].filter(([k]) => k !== not).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
  const a = top(acted);
  const b = top(actedOn, a ?? undefined);
  const issue = issueTitle(d.issue);
  const restrictions = d.entries.filter((e) => e.type === 'RESTRICTION');
  const byState = restrictions.filter((e) => unitOf(e.actor, kindOf(e.actor)).kind === 'government');
  const restrictingStates = new Set(byState.map((e) => unitOf(e.actor, kindOf(e.actor)).unit));
  const restrictedCountries = new Set(byState.flatMap((e) => e.targets.map((t) => unitOf(t, kindOf(t)).country ?? t)));
  // One state's restrictions on another country or its companies; several states acting on one company read "A v. B".
  if (byState.length > 0 && byState.length * 2 >= restrictions.length && restrictingStates.size === 1 && restrictedCountries.size === 1) {
    // A state's restrictions: "United States export controls on China" (many targets of one country: that country).
    // The state that restricted first: the other's restrictions are its answer.
    const state = unitOf([...byState].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))[0]!.actor, null).unit;
    const targets = byState.filter((e) => unitOf(e.actor, kindOf(e.actor)).unit === state).flatMap((e) => e.targets);
    const countries = new Set(targets.map((t) => unitOf(t, kindOf(t)).country ?? t));
    const on = countries.size === 1 ? [...countries][0]! : (top(new Map(targets.map((t) => [t, targets.filter((x) => x === t).length]))) ?? 'others');
    return `${state} ${issue ?? 'restrictions'} on ${on}`;
  }
  const head = b ? `${a} v. ${b}` : `${a}`;
  return issue ? `${head}: ${issue}` : head;
}

/** Level, status and change records of a placed dispute, against the newest article's day. */
export function disputeStateOf(ladder: Ladder, d: DisputeRecord, today: string): DisputeState {
  return computeDisputeState(
    ladder,
    d.entries.map((e, i) => ({
      id: i + 1, type: e.type, eventDate: e.date, corroboration: e.articles.length, background: e.undated,
      key: `${e.type}|${e.actorUnit}|${[...e.targetUnits].sort().join(',')}`, actor: e.actorUnit, targets: e.targetUnits,
    })),
    today,
  );
}
