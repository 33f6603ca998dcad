/**
 * `brinkwatch disputes [FILE]` (../shared/eval/CONTRACT.md, "Placing events on disputes"): articles in, with their
 * events given or extracted; one JSON document out. The articles are placed by the pipeline's own code on a fresh
 * in-memory PGlite database that is discarded afterwards: each is stored with its events as extract-article stores
 * them (storeExtraction; absent events extracted by the same code), then placed by the update-disputes stage, one
 * article at a time in order of publication (then input order); the document is read back from that database.
 * Nothing is written anywhere else, and two runs on the same input print the same document.
 */
import { createInterface } from 'node:readline';
import type { Config } from '../config.ts';
import { openDb } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { clampText, MAX_NAME_CHARS } from '../db/limits.ts';
import { getArticle, insertArticleStubs, storeArticleText } from '../db/queries/articles.ts';
import { deleteArticle, listArticleEventKeys, readPlacedDisputes } from '../db/queries/placement.ts';
import { upsertSources } from '../db/queries/sources.ts';
import { dateArticleEvents } from '../extract/dates.ts';
import { BY_NAME } from '../extract/gazetteer.ts';
import { errorMessage, stripHtml, EVENT_TYPES, type EventType } from '../extract/index.ts';
import { createLogger } from '../log.ts';
import type { Ctx } from '../workers/context.ts';
import { extractStoredArticle, storeExtraction, type ExtractionToStore } from '../workers/extract-article.ts';
import { createMemoryHostLimiter } from '../workers/host-limiter.ts';
import { updateDisputes } from '../workers/update-disputes.ts';
import type { EventForPlacement } from './event.ts';
import { isGenericIssue } from './placement.ts';
import { type Ladder, levelOf, loadLadder } from './ladder.ts';

type InputEvent = EventForPlacement & { quote?: string | null; confidence?: number };

export interface Article {
  id: string;
  line: number;
  published: string;
  title?: string | null;
  url?: string | null;
  text: string;
  /** The given events; null when the article is to be extracted. */
  events: InputEvent[] | null;
}

export interface DisputesDocument {
  disputes: unknown[];
  merges: { from: string; into: number | null; rule: string }[];
  unplaced: unknown[];
  errors: { line: number; error: string }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Reads one input line into an article (its events given, or null to extract them), or says what is wrong with it. */
export function readArticleLine(line: string, n: number, htmlToText: (html: string) => string = stripHtml): Article | { error: string } {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { error: 'disputes: line is not valid JSON' };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return { error: 'disputes: line is not a JSON object' };
  const r = rec as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return { error: 'disputes: line has no id' };
  const id = String(r.id);
  const published = typeof r.published === 'string' && DAY.test(r.published) ? r.published.slice(0, 10) : null;
  if (!published) return { error: `disputes: article ${id} has no published date (YYYY-MM-DD)` };
  let text = typeof r.text === 'string' ? r.text : '';
  if (!text && typeof r.html === 'string') {
    try {
      text = htmlToText(r.html);
    } catch (err) {
      return { error: `disputes: article ${id}: cannot read html: ${errorMessage(err)}` };
    }
  }
  const title = typeof r.title === 'string' ? r.title : null;
  const url = typeof r.url === 'string' ? r.url : null;
  if (r.events === undefined || r.events === null) return { id, line: n, published, title, url, text, events: null };
  if (!Array.isArray(r.events)) return { error: `disputes: article ${id}: events is not a list` };
  const events: InputEvent[] = [];
  for (const [i, raw] of r.events.entries()) {
    const e = (raw ?? {}) as Record<string, unknown>;
    if (typeof e.type !== 'string' || !EVENT_TYPES.includes(e.type as EventType)) return { error: `disputes: article ${id}: event ${i} has an unknown type` };
    if (typeof e.actor !== 'string' || !e.actor.trim()) return { error: `disputes: article ${id}: event ${i} has no actor` };
    const sentence = typeof e.sentence === 'string' ? e.sentence : '';
    const date = typeof e.date === 'string' && DAY.test(e.date) ? e.date.slice(0, 10) : null;
    events.push({
      type: e.type,
      actor: e.actor.trim(),
      target: typeof e.target === 'string' && e.target.trim() ? e.target.trim() : null,
      actorKind: typeof e.actorKind === 'string' ? e.actorKind : null,
      targetKind: typeof e.targetKind === 'string' ? e.targetKind : null,
      date,
      sentence,
      issue: typeof e.issue === 'string' ? e.issue : null,
      quote: typeof e.quote === 'string' ? e.quote : null,
      confidence: typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1 ? e.confidence : 1,
    });
  }
  return { id, line: n, published, title, url, text: text || title || '', events };
}

/** One event as the document shows it: its article's input id, its index there, its own type, actor and target. */
interface Source { article: string; event: number; type: string; actor: string; target: string | null }

/** An event's natural key in the events table: one per article, type, actor and target. */
const keyOf = (type: string, actor: string, target: string | null) => `${type}\u0000${actor}\u0000${target ?? ''}`;

/**
 * Given events as extract-article stores the extractor's: dated from their sentence and the rest of the article when
 * they come without a date (dateArticleEvents, as the extractor dates its own), a kind left out read from the
 * gazetteer. The events table keeps one event per article, type, actor and target (its natural key): an act given
 * twice in one article is one stored event, the report with the earliest date; both indexes point to it.
 */
function givenExtraction(a: Article & { events: InputEvent[] }): ExtractionToStore {
  const fromText = a.events.some((e) => !e.date) ? dateArticleEvents({ title: a.title, text: a.text, published: a.published }, a.events) : [];
  const dated = a.events.map((e, i) => {
    if (e.date) {
      const background = e.background ?? e.date < a.published;
      return { date: e.date, background, precision: e.precision === null ? null : (e.precision ?? 'day') };
    }
    const d = fromText[i]!;
    return { date: d.date, background: d.background, precision: d.background && !d.explicit ? null : d.precision };
  });
  const chosen = new Map<string, number>();
  a.events.forEach((e, i) => {
    const k = keyOf(e.type, e.actor, e.target);
    const j = chosen.get(k);
    if (j === undefined || dated[i]!.date < dated[j]!.date) chosen.set(k, i);
  });
  const kind = (name: string | null, given: string | null) => (name ? (given ?? BY_NAME.get(name)?.kind ?? null) : null);
  return {
    entities: [],
    events: [...chosen.values()].sort((x, y) => x - y).map((i) => {
      const e = a.events[i]!;
      const at = e.sentence ? a.text.indexOf(e.sentence) : -1;
      return {
        type: e.type as EventType,
        actor: e.actor,
        target: e.target,
        actorKind: kind(e.actor, e.actorKind) as never,
        targetKind: kind(e.target, e.targetKind) as never,
        date: dated[i]!.date,
        datePrecision: dated[i]!.precision,
        background: dated[i]!.background,
        sentence: e.sentence,
        field: 'text' as const,
        start: Math.max(0, at),
        end: Math.max(0, at) + e.sentence.length,
        quote: e.quote ?? null,
        issue: e.issue ?? null,
        confidence: e.confidence ?? 1,
      };
    }),
  };
}

const SOURCE_ID = 'disputes-input';

/**
 * Places the articles' events (in order of publication, then input order) on a fresh in-memory database with the
 * workers' code, and renders the contract's document from what that database holds. `now` is the newest
 * publication day: status and dormancy are read against the input, never the wall clock.
 */
export async function buildDisputesDocument(articles: Article[], config: Config, ladder: Ladder = loadLadder(config.ladderFile)): Promise<DisputesDocument> {
  const ordered = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.line - b.line));
  const newest = ordered.reduce((m, a) => (a.published > m ? a.published : m), '1970-01-01');
  if (ordered.length === 0) return { disputes: [], merges: [], unplaced: [], errors: [] };
  const handle = await openDb({ url: null, pgliteDir: 'memory://' });
  try {
    await runMigrations(handle);
    const ctx: Ctx = {
      config,
      db: handle.db,
      log: createLogger('silent'),
      now: () => new Date(`${newest}T23:59:59Z`),
      ladder,
      limiter: createMemoryHostLimiter(0),
    };
    await upsertSources(handle.db, [{ id: SOURCE_ID, name: 'brinkwatch disputes input', kind: 'news', url: 'http://127.0.0.1/brinkwatch-disputes-input', format: 'rss', pollIntervalMinutes: 60 }]);
    const errors: { line: number; error: string }[] = [];
    /** Each stored event's sources: the input events it holds. */
    const sourcesOf = new Map<number, Source[]>();
    const rules = new Map<number, string>();
    const reasons = new Map<number, string>();
    for (const a of ordered) {
      const stage = await placeArticle(ctx, a, { sourcesOf, rules, reasons });
      if (stage) errors.push({ line: a.line, error: `disputes: article ${a.id}: ${stage}` });
    }
    return renderDocument(await readPlacedDisputes(handle.db), ladder, { sourcesOf, rules, reasons }, errors);
  } finally {
    await handle.close();
  }
}

interface Placed {
  sourcesOf: Map<number, Source[]>;
  rules: Map<number, string>;
  reasons: Map<number, string>;
}

/** Stores one article with its events and places them; returns what failed, if anything (the article is then removed). */
async function placeArticle(ctx: Ctx, a: Article, placed: Placed): Promise<string | null> {
  const { db } = ctx;
  const url = `http://127.0.0.1/brinkwatch-disputes-input/line-${a.line}`;
  const publishedAt = new Date(`${a.published}T12:00:00Z`);
  const { articleIds: [articleId] } = await insertArticleStubs(db, [{
    canonicalUrl: url, url, sourceId: SOURCE_ID, entryKey: url, title: a.title ?? null, summary: null, feedContent: null, publishedAt,
  }]);
  const id = articleId!;
  const drop = async (what: string, err: unknown) => {
    await deleteArticle(db, id);
    return `${what}: ${errorMessage(err)}`;
  };
  await storeArticleText(db, id, { text: a.text, byline: null, contentHash: String(a.line), fingerprint: null, fetchStatus: 'fetched', fetchError: null, fetchedAt: publishedAt });
  const article = (await getArticle(db, id))! as NonNullable<Awaited<ReturnType<typeof getArticle>>> & { text: string };
  let extraction: ExtractionToStore;
  try {
    extraction = a.events ? givenExtraction(a as Article & { events: InputEvent[] }) : extractStoredArticle(ctx, article);
    await storeExtraction(ctx, article, extraction);
  } catch (err) {
    // A failed extraction is this line's error, never an article with no events.
    return drop('extraction failed', err);
  }
  // Which stored event holds each input event (given twice in one article, an act is one stored event).
  const stored = await listArticleEventKeys(db, id);
  const idOfKey = new Map(stored.map((r) => [keyOf(r.type, r.actor, r.target), r.id]));
  const inputs = a.events ?? extraction.events;
  inputs.forEach((e, index) => {
    const eventId = idOfKey.get(keyOf(e.type, clampText(e.actor, MAX_NAME_CHARS), clampText(e.target, MAX_NAME_CHARS)));
    if (eventId === undefined) return;
    placed.sourcesOf.set(eventId, [...(placed.sourcesOf.get(eventId) ?? []), { article: a.id, event: index, type: e.type, actor: e.actor, target: e.target }]);
  });
  try {
    const out = await updateDisputes(ctx, { articleId: id }, { explain: true });
    for (const r of out.rules ?? []) placed.rules.set(r.eventId, r.rule);
    for (const u of out.unplaced ?? []) placed.reasons.set(u.eventId, u.reason);
  } catch (err) {
    // The stage's transaction rolled back: the disputes are as they were before this article, and the run goes on.
    for (const r of stored) placed.sourcesOf.delete(r.id);
    return drop('placement failed', err);
  }
  return null;
}

/** Steps reported on one day in narrative order: the accusation before the step taken on it, the answer after. */
const SAME_DAY_ORDER = ['ALLEGATION', 'DEMAND', 'THREAT', 'INVESTIGATION', 'LEGAL_ACTION', 'RESTRICTION', 'DENIAL', 'DEESCALATION'];
const sameDayRank = (t: string) => {
  const i = SAME_DAY_ORDER.indexOf(t);
  return i < 0 ? 99 : i;
};

/** The document from the database: live disputes with parties and timelines, events on no timeline, merges. */
function renderDocument(db: Awaited<ReturnType<typeof readPlacedDisputes>>, ladder: Ladder, placed: Placed, errors: { line: number; error: string }[]): DisputesDocument {
  const shownId = new Map(db.disputes.map((d, i) => [d.id, i + 1]));
  const eventsOf = new Map<number, number[]>();
  for (const e of db.events) if (e.entryId !== null) eventsOf.set(e.entryId, [...(eventsOf.get(e.entryId) ?? []), e.id]);
  // In the order the events were stored (articles in order of placement), each event's input events by index.
  const sources = (eventIds: number[]) => eventIds.flatMap((id) => (placed.sourcesOf.get(id) ?? []).map((s) => ({ ...s, rule: placed.rules.get(id) })));
  const disputes = db.disputes.map((d) => {
    const entries = db.entries
      .filter((e) => e.disputeId === d.id)
      .map((e) => ({ ...e, date: e.placement?.date ?? e.eventDate, undated: e.placement?.undated ?? e.undated }))
      .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : sameDayRank(a.type) - sameDayRank(b.type) || a.id - b.id));
    const levelName = d.levelType && levelOf(ladder, d.levelType) === d.level ? d.levelType : Object.entries(ladder.levels).find(([, v]) => v === d.level)?.[0] ?? null;
    return {
      id: shownId.get(d.id)!,
      title: d.title,
      // A dispute with no specific issue is stored as 'general': shown as none, as placement holds it.
      issue: isGenericIssue(d.issue) ? null : d.issue,
      status: d.status,
      level: d.level,
      levelName,
      parties: db.parties
        .filter((p) => p.disputeId === d.id)
        .map((p) => ({ name: p.name, kind: p.kind, role: p.role, counts: p.unit && p.unit !== p.name ? p.unit : undefined, roles: p.roles })),
      timeline: entries.map((e) => ({
        date: e.date,
        type: e.type,
        actor: e.actor,
        target: e.targets[0] ?? null,
        targets: e.targets,
        background: e.undated || undefined,
        sources: sources(eventsOf.get(e.id) ?? []),
      })),
    };
  });
  return {
    disputes,
    // Disputes that turned out to be one story: the database's id of the merged-away one, the output's of the survivor.
    merges: db.merges.map((m) => ({ from: String(m.from), into: shownId.get(finalOf(m.into, db.merges)) ?? null, rule: m.rule })),
    unplaced: db.events
      .filter((e) => e.entryId === null && placed.sourcesOf.has(e.id))
      .flatMap((e) => placed.sourcesOf.get(e.id)!.map((s) => ({ ...s, reason: placed.reasons.get(e.id) ?? 'not placed' }))),
    errors,
  };
}

/** Where a merged dispute's events ended up (merges can chain). */
function finalOf(id: number, merges: { from: number; into: number }[]): number {
  for (let i = 0; i < merges.length; i++) {
    const m = merges.find((x) => x.from === id);
    if (!m) break;
    id = m.into;
  }
  return id;
}

/** Runs the command over a JSON Lines stream; returns the exit code (non-zero only when nothing can be read). */
export async function runDisputesCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, config: Config, htmlToText?: (html: string) => string): Promise<number> {
  let readError: Error | null = null;
  input.on('error', (err: Error) => { readError = err; });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const articles: Article[] = [];
  const errors: { line: number; error: string }[] = [];
  const seen = new Set<string>();
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      let a: ReturnType<typeof readArticleLine>;
      try {
        a = readArticleLine(line, n, htmlToText);
      } catch (err) {
        a = { error: `disputes: internal error: ${errorMessage(err)}` };
      }
      if ('error' in a) errors.push({ line: n, error: a.error });
      else if (seen.has(a.id)) errors.push({ line: n, error: `disputes: article ${a.id} appears twice` });
      else {
        seen.add(a.id);
        articles.push(a);
      }
    }
  } catch (err) {
    readError = err as Error;
  }
  if (readError && n === 0) {
    process.stderr.write(`disputes: cannot read input: ${(readError as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  const built = await buildDisputesDocument(articles, config);
  const doc: DisputesDocument = { ...built, errors: [...errors, ...built.errors].sort((a, b) => a.line - b.line) };
  output.write(`${JSON.stringify(doc)}\n`);
  process.stderr.write(`disputes: done articles=${articles.length} disputes=${doc.disputes.length} unplaced=${doc.unplaced.length} errors=${doc.errors.length} seconds=${((performance.now() - started) / 1000).toFixed(1)}\n`);
  return 0;
}
