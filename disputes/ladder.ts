/**
 * The escalation ladder and the dispute arithmetic built on it, as pure functions.
 *
 * Why our own ladder: the Goldstein scale gives an accusation, a lawsuit and an investigation the same
 * -2.0 and cannot tell the steps of a dispute apart. We use an ordinal ladder read from configuration
 * (config/ladder.json): DEMAND 1 < ALLEGATION 2 < DENIAL 3 < THREAT 4 < INVESTIGATION 5 < LEGAL_ACTION 6
 * < RESTRICTION 7; a DEESCALATION lowers the current level by `deescalation.step`.
 *
 * Current level: start at the highest rung of the undated background acts (they happened before the dated
 * steps); walk the dated timeline in date order; each event raises the level to its own rung if that is higher;
 * a de-escalation lowers it (never below 0). A settlement, withdrawal or lifting (DEESCALATION) that ends the
 * highest step — by its actor, or between its two sides — makes a dispute `resolved` until a new hostile event
 * reopens it.
 *
 * Escalation index at time t:  I(t) = Σ_e level(e) · (1 + w · ln(corroboration(e))) · 0.5^((t − date(e)) / h)
 * over hostile events e up to t, minus the same sum over de-escalations, floored at 0; h is the half-life in
 * days and w the corroboration weight. It rises with more, higher and better-corroborated steps and decays
 * when the dispute goes quiet.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const LadderSchema = z.object({
  levels: z.record(z.string(), z.number().int().min(0)),
  deescalation: z.object({ type: z.string(), step: z.number().int().min(0) }),
  index: z.object({ halfLifeDays: z.number().positive(), corroborationWeight: z.number().min(0) }),
  status: z.object({
    dormantAfterDays: z.number().positive(),
    coolingAfterDays: z.number().positive(),
    escalatingWindowDays: z.number().positive(),
  }),
});
export type Ladder = z.infer<typeof LadderSchema>;

/** Reads and validates a ladder file. */
export function loadLadder(path: string): Ladder {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`ladder: cannot read ${path}`, { cause: err });
  }
  const parsed = LadderSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`ladder: ${path} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export interface LadderEntry {
  id: number;
  type: string;
  eventDate: string; // YYYY-MM-DD
  corroboration: number;
  /**
   * Undated background (an act the text only refers to: "called on the regulator to withdraw its ban"): shown on the
   * timeline and counted for the level (the act happened, before the dated steps), never for dates, status,
   * change records or the index.
   */
  background?: boolean;
  /** Who did what to whom (type, actor, target): a later entry with an earlier entry's key reports that step again. */
  key?: string;
  /** The step's sides as units (what tells a settlement of the case from another party's concession). */
  actor?: string;
  targets?: string[];
}

export interface LevelChange {
  entryId: number;
  fromType: string | null;
  toType: string | null;
  fromLevel: number;
  toLevel: number;
  direction: 'started' | 'escalated' | 'deescalated';
  changedOn: string;
}

/** A level change as the dispute_changes table stores it. */
export function changeRecord(disputeId: number, c: LevelChange) {
  return {
    disputeId,
    timelineEntryId: c.entryId,
    fromType: c.fromType,
    toType: c.toType,
    fromLevel: c.fromLevel,
    toLevel: c.toLevel,
    direction: c.direction as string,
    changedOn: c.changedOn,
  };
}

export type DisputeStatus = 'active' | 'escalating' | 'cooling' | 'dormant' | 'resolved';

export interface DisputeState {
  level: number;
  levelType: string | null;
  escalationIndex: number;
  status: DisputeStatus;
  changes: LevelChange[];
  firstEventAt: string | null;
  lastEventAt: string | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS);

/** The ladder rung of an event type (0 for an unknown type). */
export function levelOf(ladder: Ladder, type: string): number {
  return ladder.levels[type] ?? 0;
}

/** Computes level, change records, escalation index and status of a dispute from its timeline. */
export function computeDisputeState(ladder: Ladder, entries: LadderEntry[], today: string): DisputeState {
  // On one day, hostile steps before a de-escalation: the settlement is the day's last word only if nothing
  // hostile is dated after it (see `resolved` below for a hostile step on the same day).
  const deesc = ladder.deescalation.type;
  const sorted = entries
    .filter((e) => !e.background)
    .sort((a, b) => (a.eventDate !== b.eventDate ? (a.eventDate < b.eventDate ? -1 : 1) : Number(a.type === deesc) - Number(b.type === deesc) || a.id - b.id));
  // An undated act the text refers to happened before the steps it dates: the level starts at its rung (an undated
  // de-escalation is not counted: whether it came before or after the rest is unknown).
  let level = 0;
  let levelType: string | null = null;
  for (const e of entries) {
    if (e.background && e.type !== deesc && levelOf(ladder, e.type) > level) {
      level = levelOf(ladder, e.type);
      levelType = e.type;
    }
  }
  const changes: LevelChange[] = [];
  for (const e of sorted) {
    const before = level;
    const beforeType = levelType;
    if (e.type === deesc) {
      level = Math.max(0, level - ladder.deescalation.step);
      levelType = e.type;
    } else {
      const rung = levelOf(ladder, e.type);
      if (rung > level) {
        level = rung;
        levelType = e.type;
      }
    }
    if (level !== before) {
      changes.push({
        entryId: e.id,
        fromType: beforeType,
        toType: levelType,
        fromLevel: before,
        toLevel: level,
        direction: before === 0 && changes.length === 0 && beforeType === null ? 'started' : level > before ? 'escalated' : 'deescalated',
        changedOn: e.eventDate,
      });
    }
  }
  // Resolved only when a settlement, withdrawal or lifting is the last step by date and nothing hostile
  // (a denial aside) shares its day: a ministry's demand on the day of a lifting leaves the dispute open.
  // The de-escalation must end the dispute's highest step (background included): taken by its actor (a lifting,
  // a withdrawal) or between its two sides (a settlement); another party easing a measure of its own (a
  // complaining state's exemption) leaves the order it complains of standing. A hostile step on that day that
  // repeats an earlier one between the settling sides (the suit mentioned again in the settlement's report) is no
  // new step; a repeated demand by someone else still stands.
  const lastDay = sorted[sorted.length - 1]?.eventDate;
  const lastSteps = sorted.filter((e) => e.eventDate === lastDay);
  const earlierKeys = new Set(sorted.filter((e) => e.eventDate !== lastDay && e.key).map((e) => e.key));
  const hostile = entries.filter((e) => e.type !== deesc && e.type !== 'DENIAL' && !lastSteps.includes(e));
  const topRung = Math.max(0, ...hostile.map((e) => levelOf(ladder, e.type)));
  const top = hostile.filter((e) => levelOf(ladder, e.type) === topRung);
  const sidesKnown = (e: LadderEntry) => e.actor !== undefined && e.targets !== undefined;
  const ends = (d: LadderEntry, h: LadderEntry) =>
    !sidesKnown(d) || !sidesKnown(h) || d.actor === h.actor || (h.targets!.includes(d.actor!) && (d.targets!.length === 0 || d.targets!.includes(h.actor!)));
  const settling = lastSteps.filter((e) => e.type === deesc && (top.length === 0 || top.some((h) => ends(e, h))));
  const sameSides = (e: LadderEntry) =>
    settling.some((d) => !sidesKnown(d) || !sidesKnown(e) || [e.actor!, ...e.targets!].every((u) => u === d.actor || d.targets!.includes(u)));
  const resolved =
    settling.length > 0 &&
    lastSteps.every((e) => e.type === deesc || e.type === 'DENIAL' || (e.key !== undefined && earlierKeys.has(e.key) && sameSides(e)));
  const escalationIndex = computeEscalationIndex(ladder, sorted, today);
  const first = sorted[0]?.eventDate ?? null;
  const last = sorted[sorted.length - 1]?.eventDate ?? null;
  let status: DisputeStatus = 'active';
  const quietDays = last ? dayNumber(today) - dayNumber(last) : Infinity;
  if (resolved) status = 'resolved';
  else if (quietDays > ladder.status.dormantAfterDays) status = 'dormant';
  else if (
    changes.some(
      (c) => c.direction === 'escalated' && dayNumber(today) - dayNumber(c.changedOn) <= ladder.status.escalatingWindowDays,
    )
  )
    status = 'escalating';
  else if (quietDays > ladder.status.coolingAfterDays) status = 'cooling';
  return { level, levelType, escalationIndex, status, changes, firstEventAt: first, lastEventAt: last };
}

/** The escalation index at `today` (formula in the file header). */
export function computeEscalationIndex(ladder: Ladder, entries: LadderEntry[], today: string): number {
  const t = dayNumber(today);
  let sum = 0;
  for (const e of entries) {
    const age = t - dayNumber(e.eventDate);
    if (age < 0) continue;
    const weight = 1 + ladder.index.corroborationWeight * Math.log(Math.max(1, e.corroboration));
    const decay = Math.pow(0.5, age / ladder.index.halfLifeDays);
    if (e.type === ladder.deescalation.type) sum -= ladder.deescalation.step * weight * decay;
    else sum += levelOf(ladder, e.type) * weight * decay;
  }
  return Math.max(0, Math.round(sum * 1000) / 1000);
}

/** How a level reads in a sentence. */
const STEP_WORDS: Record<string, string> = {
  DEMAND: 'demand',
  ALLEGATION: 'accusation',
  DENIAL: 'denial',
  THREAT: 'threat',
  INVESTIGATION: 'investigation',
  LEGAL_ACTION: 'lawsuit',
  RESTRICTION: 'restriction',
  DEESCALATION: 'settlement',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const stepWord = (t: string | null) => (t ? (STEP_WORDS[t] ?? t.toLowerCase().replace(/_/g, ' ')) : 'nothing');
/** "10 Nov 2026" for 2026-11-10. */
export const dayInWords = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/** A change record in words: "rose from accusation to lawsuit on 10 Nov 2026". */
export function describeChange(c: Pick<LevelChange, 'direction' | 'fromType' | 'toType' | 'changedOn'>): string {
  const on = dayInWords(String(c.changedOn).slice(0, 10));
  if (c.direction === 'started') {
    const w = stepWord(c.toType);
    return `started with ${/^[aeiou]/.test(w) ? 'an' : 'a'} ${w} on ${on}`;
  }
  if (c.direction === 'escalated') return `rose from ${stepWord(c.fromType)} to ${stepWord(c.toType)} on ${on}`;
  return `fell from ${stepWord(c.fromType)} after a ${stepWord(c.toType)} on ${on}`;
}
