/**
 * `brinkwatch seed --events N --disputes N [--actors N]`: fills the database with synthetic disputes at
 * benchmark scale, shaped like real data so the API's queries behave as they would in production.
 *
 * What it writes: actors (a few are parties to many disputes, most to few), outlets, extracted articles
 * carrying about four events each, disputes between unique pairs of actors with one issue each, timeline
 * entries in date order (first an ALLEGATION or a DEMAND, then replies, escalations and settlements), and
 * for every entry 1–8 events (its corroboration) reported by different articles. Each dispute's level,
 * status, escalation index and change records come from the real ladder (disputes/ladder.ts), so list
 * ordering and filters see realistic values. The generator is deterministic for a given `--seed`; every run
 * adds new rows (actor names carry a run tag), so seeding twice doubles the data.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../../config.ts';
import { openCommandDb } from '../runtime.ts';
import { assertMigrated } from '../../db/migrate.ts';
import {
  analyzeSeedTables,
  insertSeedArticles,
  insertSeedDisputeChanges,
  insertSeedDisputes,
  insertSeedEntities,
  insertSeedEvents,
  insertSeedSources,
  insertSeedTimelineEntries,
  reserveSeedIds,
  type SeedChange,
  type SeedDispute,
  type SeedEntry,
} from '../../db/queries/seed.ts';
import { changeRecord, computeDisputeState, loadLadder, type Ladder } from '../../disputes/ladder.ts';

export interface SeedOptions {
  events: number;
  disputes: number;
  actors: number;
  sources: number;
  /** Days of history before today. */
  days: number;
  seed: number;
}

export interface SeedSummary {
  run: string;
  actors: number;
  articles: number;
  disputes: number;
  timelineEntries: number;
  events: number;
  seconds: number;
  /** Seconds per phase. */
  phases: Record<string, number>;
}

const ISSUES = [
  'model distillation', 'export controls', 'chip smuggling', 'data protection', 'copyright', 'trade secrets',
  'antitrust', 'election interference', 'cyber intrusion', 'safety testing', 'talent poaching', 'cloud access',
];
/** Types after a dispute's first entry, with their weights. */
const FOLLOW_UPS: [string, number][] = [
  ['ALLEGATION', 25], ['DENIAL', 20], ['DEMAND', 10], ['THREAT', 10], ['INVESTIGATION', 12],
  ['LEGAL_ACTION', 10], ['RESTRICTION', 8], ['DEESCALATION', 5],
];
const EVENTS_PER_ENTRY = 3;
const EVENTS_PER_ARTICLE = 4;
const CHUNK_DISPUTES = 2_000;
const ARTICLE_BATCH = 50_000;

/** Parses the command line and seeds the configured database. */
export async function runSeed(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string', default: '1000000' },
      disputes: { type: 'string', default: '20000' },
      actors: { type: 'string', default: '2000' },
      sources: { type: 'string', default: '40' },
      days: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
    },
  });
  const opts: SeedOptions = {
    events: positiveInt('--events', values.events!),
    disputes: positiveInt('--disputes', values.disputes!),
    actors: positiveInt('--actors', values.actors!),
    sources: positiveInt('--sources', values.sources!),
    days: positiveInt('--days', values.days!),
    seed: positiveInt('--seed', values.seed!),
  };
  if (opts.actors < 2) throw new Error('seed: --actors must be at least 2');
  if (opts.disputes > (opts.actors * (opts.actors - 1)) / 2) throw new Error('seed: more disputes than pairs of actors; raise --actors');
  if (opts.events < opts.disputes) throw new Error('seed: --events must be at least --disputes (every dispute has an event)');
  const summary = await seedDatabase(config, opts, (line) => process.stderr.write(`seed: ${line}\n`));
  process.stdout.write(
    `seed: ${summary.events} events, ${summary.timelineEntries} timeline entries, ${summary.disputes} disputes, ` +
      `${summary.articles} articles, ${summary.actors} actors in ${summary.seconds.toFixed(1)} s (run ${summary.run})\n`,
  );
  return 0;
}

/** Seeds the database named by the configuration; reports progress through `progress`. */
export async function seedDatabase(config: Config, opts: SeedOptions, progress: (line: string) => void = () => {}): Promise<SeedSummary> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark) / 1000;
    mark = now;
    progress(`${name} done (${phases[name]!.toFixed(1)} s)`);
  };
  const ladder = loadLadder(config.ladderFile);
  const run = `s${opts.seed}${Date.now().toString(36).slice(-5)}`;
  const today = new Date().toISOString().slice(0, 10);
  const plan = planDisputes(opts, ladder, today);
  const articleCount = Math.max(Math.ceil(opts.events / EVENTS_PER_ARTICLE), Math.min(opts.events, 10_000));
  const sourceIds = Array.from({ length: opts.sources }, (_, i) => `seed-outlet-${String(i + 1).padStart(3, '0')}`);
  phase('plan');

  const handle = await openCommandDb(config, { poolSize: 2 });
  try {
    await assertMigrated(handle);
    await handle.db.transaction(async (tx) => {
      const entityBase = await reserveSeedIds(tx, 'entities', opts.actors);
      const articleBase = await reserveSeedIds(tx, 'articles', articleCount);
      const disputeBase = await reserveSeedIds(tx, 'disputes', opts.disputes);
      const entryBase = await reserveSeedIds(tx, 'timeline_entries', plan.entries.length);

      await insertSeedEntities(tx, { base: entityBase, count: opts.actors, run });
      await insertSeedSources(tx, sourceIds);
      phase('actors and outlets');
      for (let from = 0; from < articleCount; from += ARTICLE_BATCH) {
        const to = Math.min(articleCount, from + ARTICLE_BATCH);
        await insertSeedArticles(tx, { base: articleBase, from, to, run, sourceIds, until: today, days: opts.days });
        progress(`articles ${to}/${articleCount}`);
      }
      phase('articles');

      let events = 0;
      let entryCursor = 0;
      for (let d0 = 0; d0 < plan.disputes.length; d0 += CHUNK_DISPUTES) {
        const chunk = plan.disputes.slice(d0, d0 + CHUNK_DISPUTES);
        await insertSeedDisputes(
          tx,
          chunk.map((d, i) => ({
            ...d.row,
            id: disputeBase + 1 + d0 + i,
            key: `${d.row.partyIds.map((p) => p + entityBase).join('-')}|${d.row.issue}|${run}`,
            partyIds: d.row.partyIds.map((p) => p + entityBase),
            title: disputeTitle(seedActorName(d.row.partyIds[0]!, run), seedActorName(d.row.partyIds[1]!, run), d.row.issue),
          })),
        );
        const firstEntry = entryCursor;
        const lastEntry = chunk.reduce((n, d) => n + d.entryCount, firstEntry);
        const entries: SeedEntry[] = plan.entries.slice(firstEntry, lastEntry).map((e) => ({
          ...e,
          id: entryBase + 1 + e.id,
          disputeId: disputeBase + 1 + e.disputeId,
          actorId: entityBase + e.actorId,
          targetId: entityBase + e.targetId,
          answersEntryId: e.answersEntryId === null ? null : entryBase + 1 + e.answersEntryId,
        }));
        for (let i = 0; i < entries.length; i += 20_000) await insertSeedTimelineEntries(tx, entries.slice(i, i + 20_000));
        const changes: SeedChange[] = chunk.flatMap((d, i) =>
          d.changes.map((c) => ({ ...c, disputeId: disputeBase + 1 + d0 + i, timelineEntryId: entryBase + 1 + c.timelineEntryId })),
        );
        await insertSeedDisputeChanges(tx, changes);
        events += await insertSeedEvents(tx, {
          loEntry: entryBase + 1 + firstEntry,
          hiEntry: entryBase + lastEntry,
          offset: plan.eventOffsets[firstEntry]!,
          articleBase,
          articleCount,
        });
        entryCursor = lastEntry;
        progress(`disputes ${Math.min(d0 + CHUNK_DISPUTES, plan.disputes.length)}/${plan.disputes.length}, events ${events}/${opts.events}`);
      }
      phase('disputes, timeline entries and events');
      if (events !== opts.events) throw new Error(`seed: wrote ${events} events, planned ${opts.events}`);
    });
    await analyzeSeedTables(handle.db);
    phase('analyze');
  } finally {
    await handle.close();
  }
  return {
    run,
    actors: opts.actors,
    articles: articleCount,
    disputes: opts.disputes,
    timelineEntries: plan.entries.length,
    events: opts.events,
    seconds: (performance.now() - started) / 1000,
    phases,
  };
}

interface Plan {
  /** Ids are relative: entities 1-based, disputes and entries 0-based; the writer adds the reserved bases. */
  disputes: { row: Omit<SeedDispute, 'id' | 'key'>; entryCount: number; changes: SeedChange[] }[];
  entries: SeedEntry[];
  /** Number of the first event of each entry (and the total at the end). */
  eventOffsets: number[];
}

/** Plans every dispute and timeline entry in memory, so that the events add up to exactly `opts.events`. */
function planDisputes(opts: SeedOptions, ladder: Ladder, today: string): Plan {
  const rnd = mulberry32(opts.seed);
  const pairs = new Set<string>();
  const entries: SeedEntry[] = [];
  const disputes: Plan['disputes'] = [];
  const meanEntries = Math.max(1, opts.events / EVENTS_PER_ENTRY / opts.disputes);
  const todayDay = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  const totalWeight = FOLLOW_UPS.reduce((n, [, w]) => n + w, 0);
  const pickType = () => {
    let r = rnd() * totalWeight;
    for (const [type, w] of FOLLOW_UPS) if ((r -= w) < 0) return type;
    return 'ALLEGATION';
  };
  // Skewed sizes: most disputes are short, a few run long (exponential, capped at 10× the mean).
  const sizes = Array.from({ length: opts.disputes }, () => Math.max(1, Math.min(Math.round(meanEntries * -Math.log(1 - rnd())), Math.ceil(meanEntries * 10))));
  let planned = sizes.reduce((a, b) => a + b, 0);
  // Every entry needs at least one event: shrink the largest disputes when there are too few events.
  for (let i = 0; planned > opts.events; i = (i + 1) % sizes.length) if (sizes[i]! > 1) (sizes[i]!--, planned--);

  for (let d = 0; d < opts.disputes; d++) {
    let a = 0;
    let b = 0;
    do {
      // A few actors are parties to many disputes (a squared uniform favours low numbers).
      a = 1 + Math.floor(opts.actors * rnd() * rnd());
      b = 1 + Math.floor(opts.actors * rnd());
    } while (a === b || pairs.has(`${Math.min(a, b)}-${Math.max(a, b)}`));
    pairs.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
    const partyIds = [Math.min(a, b), Math.max(a, b)];
    const issue = ISSUES[Math.floor(rnd() * ISSUES.length)]!;
    let day = todayDay - Math.floor(rnd() * opts.days);
    const mine: SeedEntry[] = [];
    const lastAllegationBy = new Map<number, number>();
    for (let j = 0; j < sizes[d]!; j++) {
      const type = j === 0 ? (rnd() < 0.6 ? 'ALLEGATION' : 'DEMAND') : pickType();
      const actor = rnd() < 0.5 ? a : b;
      const target = actor === a ? b : a;
      const id = entries.length + mine.length;
      mine.push({
        id,
        disputeId: d,
        type,
        actorId: actor,
        targetId: target,
        eventDate: isoDay(Math.min(day, todayDay)),
        issue,
        corroboration: 1,
        answersEntryId: type === 'DENIAL' ? (lastAllegationBy.get(target) ?? null) : null,
      });
      if (type === 'ALLEGATION') lastAllegationBy.set(actor, id);
      day += Math.floor(rnd() * rnd() * 30);
    }
    entries.push(...mine);
    disputes.push({ row: placeholderDispute(partyIds, issue), entryCount: mine.length, changes: [] });
  }

  // Corroboration 1..5 at random, then nudged until the events add up exactly.
  let total = 0;
  for (const e of entries) total += e.corroboration = 1 + Math.floor(rnd() * 5);
  while (total < opts.events) {
    const e = entries[Math.floor(rnd() * entries.length)]!;
    if (e.corroboration < 8) (e.corroboration++, total++);
  }
  while (total > opts.events) {
    const e = entries[Math.floor(rnd() * entries.length)]!;
    if (e.corroboration > 1) (e.corroboration--, total--);
  }
  const eventOffsets = new Array<number>(entries.length + 1);
  eventOffsets[0] = 0;
  for (let i = 0; i < entries.length; i++) eventOffsets[i + 1] = eventOffsets[i]! + entries[i]!.corroboration;

  // Dispute state from the real ladder, as update-disputes would compute it.
  let cursor = 0;
  for (const d of disputes) {
    const mine = entries.slice(cursor, cursor + d.entryCount);
    cursor += d.entryCount;
    const state = computeDisputeState(ladder, mine, today);
    d.row = {
      ...d.row,
      status: state.status,
      level: state.level,
      levelType: state.levelType,
      escalationIndex: state.escalationIndex,
      eventCount: mine.length,
      firstEventAt: state.firstEventAt,
      lastEventAt: state.lastEventAt,
      lastActivityAt: `${state.lastEventAt ?? today}T10:00:00Z`,
    };
    d.changes = state.changes.map((c) => changeRecord(0, c));
  }
  return { disputes, entries, eventOffsets };
}

function placeholderDispute(partyIds: number[], issue: string): Omit<SeedDispute, 'id' | 'key'> {
  return {
    title: '',
    partyIds,
    issue,
    status: 'active',
    level: 0,
    levelType: null,
    escalationIndex: 0,
    eventCount: 0,
    firstEventAt: null,
    lastEventAt: null,
    lastActivityAt: '',
  };
}

/** The name insertSeedEntities gives actor number `n` (1-based) of a run. */
function seedActorName(n: number, run: string): string {
  const label = n % 10 < 3 ? 'Republic' : n % 10 < 8 ? 'Labs' : n % 10 === 8 ? 'Authority' : 'Court';
  return `${label} ${run}-${String(n).padStart(5, '0')}`;
}

/** As update-disputes titles a dispute: the parties in alphabetical order, then the issue. */
function disputeTitle(a: string, b: string, issue: string): string {
  return `${[a, b].sort().join(' – ')}: ${issue}`;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function positiveInt(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`seed: ${flag} must be a positive integer, got ${v}`);
  return n;
}

/** A small deterministic PRNG (mulberry32), so a seed gives the same data every time. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
