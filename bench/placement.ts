/**
 * Placement benchmark (`npm run bench -- --only=placement`): the pure disputes/placement.ts placeEvents over the
 * events of 10,000 generated articles (bench/lib/stories.ts: 400 stories over two years, an accuser, an accused of
 * one of eight states, the regulator and court it comes before and the accused's government; four in five articles
 * report a story's steps so far). Two shapes, each run twice, CPU time of this process:
 *   worker  as update-disputes calls it: articles in publication order, batches of DISPUTES_BATCH_SIZE (100), each
 *           given only the disputes that share a unit with the batch's events and have a step within CASE_DAYS of
 *           them (what loadDisputesForUnits reads). The selection here stands in for the database's; it is timed apart.
 *   cli     as `brinkwatch disputes` calls it: article by article, every dispute open.
 */
import { CASE_DAYS, placeEvents, unitsOfEvent, type DisputeRecord, type PlacementEvent } from '../disputes/placement.ts';
import { placementEventOf } from '../disputes/event.ts';
import { makeStories, storyEventsOf } from './lib/stories.ts';

export interface PlacementRun {
  shape: 'worker' | 'cli';
  /** CPU seconds inside placeEvents. */
  placeSeconds: number;
  /** CPU seconds choosing each batch's open disputes (the worker's database read; worker shape only). */
  selectSeconds: number;
  calls: number;
  /** Mean open disputes handed to one call. */
  meanOpen: number;
  disputes: number;
  placed: number;
  unplaced: number;
  merges: number;
}

export interface PlacementBenchResult {
  articles: number;
  events: number;
  stories: number;
  batchSize: number;
  runs: PlacementRun[];
}

const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
const shiftDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The articles' events as the worker hands them to placeEvents, articles in publication order. */
export function makePlacementInput(articles: number, storyCount = 400): { article: string; published: string; events: PlacementEvent[] }[] {
  const stories = makeStories(storyCount);
  const out: { article: string; published: string; events: PlacementEvent[] }[] = [];
  for (let i = 0; i < articles; i++) {
    const { published, events } = storyEventsOf(stories, i);
    const article = String(i + 1);
    out.push({
      article,
      published,
      // Built as the worker builds them (disputes/event.ts); the bench's articles are their events' sentences.
      events: events.map((e, k) =>
        placementEventOf(`${article}#${k}`, { id: article, published, text: events.map((x) => x.sentence).join(' ') }, {
          type: e.type,
          actor: e.actor.name,
          actorKind: e.actor.kind,
          target: e.target.name,
          targetKind: e.target.kind,
          date: e.date,
          precision: 'day',
          background: e.date < published,
          sentence: e.sentence,
          issue: e.issue,
        }),
      ),
    });
  }
  return out.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : Number(a.article) - Number(b.article)));
}

/** Applies one call's outcome to the running set of disputes (as the worker's writes and the CLI's state do). */
function applyOutcome(state: Map<string, DisputeRecord>, out: ReturnType<typeof placeEvents>): void {
  for (const m of out.merges) state.delete(m.from);
  for (const d of out.disputes) state.set(d.id, d);
}

/** Runs placeEvents over the input in one shape and counts its time and outcome. */
export function runPlacement(input: ReturnType<typeof makePlacementInput>, shape: 'worker' | 'cli', batchSize = 100): PlacementRun {
  let k = 0;
  const ids = { newDisputeId: () => `d${++k}`, newEntryId: () => `e${++k}` };
  const state = new Map<string, DisputeRecord>();
  let place = 0;
  let select = 0;
  let calls = 0;
  let openSum = 0;
  let placed = 0;
  let unplaced = 0;
  let merges = 0;
  const step = shape === 'worker' ? batchSize : 1;
  for (let i = 0; i < input.length; i += step) {
    const events = input.slice(i, i + step).flatMap((a) => a.events);
    if (events.length === 0) continue;
    let open: DisputeRecord[];
    if (shape === 'worker') {
      const s0 = process.cpuUsage();
      const units = new Set(events.flatMap((e) => unitsOfEvent(e)));
      const days = events.map((e) => e.date).sort();
      const from = shiftDays(days[0]!, -CASE_DAYS);
      const to = shiftDays(days[days.length - 1]!, CASE_DAYS);
      open = [...state.values()].filter((d) => {
        const dates = d.entries.map((e) => e.date).sort();
        const inWindow = dates.length === 0 || (dates[dates.length - 1]! >= from && dates[0]! <= to);
        return inWindow && d.parties.some((p) => units.has(p.unit));
      });
      select += cpuSeconds(process.cpuUsage(s0));
    } else {
      open = [...state.values()];
    }
    const c0 = process.cpuUsage();
    const out = placeEvents(open, events, ids);
    place += cpuSeconds(process.cpuUsage(c0));
    calls++;
    openSum += open.length;
    placed += out.assignments.length;
    unplaced += out.unplaced.length;
    merges += out.merges.length;
    applyOutcome(state, out);
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { shape, placeSeconds: r3(place), selectSeconds: r3(select), calls, meanOpen: Math.round(openSum / Math.max(1, calls)), disputes: state.size, placed, unplaced, merges };
}

/** The placement benchmark: both shapes, `repeat` times each, over the events of `articles` articles. */
export function runPlacementBench(opts: { articles: number; repeat: number; batchSize?: number; progress?: (line: string) => void }): PlacementBenchResult {
  const progress = opts.progress ?? (() => {});
  const batchSize = opts.batchSize ?? 100;
  const input = makePlacementInput(opts.articles);
  const events = input.reduce((s, a) => s + a.events.length, 0);
  // A short warm-up, so the first measured run does not carry the compiler's first pass alone.
  runPlacement(input.slice(0, 500), 'worker', batchSize);
  const runs: PlacementRun[] = [];
  for (let k = 0; k < opts.repeat; k++) {
    for (const shape of ['worker', 'cli'] as const) {
      const r = runPlacement(input, shape, batchSize);
      runs.push(r);
      progress(`placement: ${shape} run ${k + 1}: placeEvents ${r.placeSeconds} s CPU over ${events} events (${r.calls} calls, ${r.meanOpen} open disputes per call), ${r.disputes} disputes`);
    }
  }
  return { articles: opts.articles, events, stories: 400, batchSize, runs };
}
