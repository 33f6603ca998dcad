/**
 * extract-article: run the pure extractor over an article's stored text, upsert the entities it names,
 * replace the article's mentions and events (so running it again, or after an extractor upgrade, leaves
 * one copy), mark the article extracted, then hand over to update-disputes.
 */
import { extractOrThrow } from '../extract/index.ts';
import { BY_NAME } from '../extract/gazetteer.ts';
import { partyOf } from '../disputes/parties.ts';
import { getArticle, markArticleExtracted, type Article, type ArticleText } from '../db/queries/articles.ts';
import { forgetEntities, replaceMentions, upsertEntities } from '../db/queries/entities.ts';
import { replaceArticleEvents, storeFirstExtraction, storeTextAndFirstExtraction } from '../db/queries/events.ts';
import { tidyEntries } from '../db/queries/disputes.ts';
import { recomputeDispute } from './update-disputes.ts';
import { trustedDate } from './feed-entries.ts';
import { clampText, MAX_NAME_CHARS } from '../db/limits.ts';
import { eventsTotal, extractionSeconds } from '../metrics.ts';
import { heapBudget } from '../cli/heap.ts';
import type { Ctx } from './context.ts';
import type { ArticleJob, NextJob } from './queues.ts';
import { EXTRACTOR_MAJOR, extractorDigest } from './extractor-version.ts';

/**
 * The extractor's version: its major number and a digest of its sources (workers/extractor-version.ts), so that any
 * change of rules or language data lets `brinkwatch reextract` tell old output from new.
 */
export const EXTRACTOR_VERSION = `${EXTRACTOR_MAJOR}.${extractorDigest()}`;

/**
 * The version stored with each extraction: EXTRACTOR_VERSION, marked when the learned event filter is on
 * (EXTRACT_FILTER), so that turning it on or off makes `brinkwatch reextract` move the stored articles.
 */
export function extractorVersion(config: Ctx['config']): string {
  return config.workers.extractFilter ? `${EXTRACTOR_VERSION}+filter` : EXTRACTOR_VERSION;
}

export interface ExtractResult {
  status: 'extracted' | 'already-extracted' | 'no-text' | 'missing' | 'duplicate';
  events: number;
  entities: number;
  next: NextJob[];
}

/** Extracts one article's entities and events into the database. */
export async function extractArticle(ctx: Ctx, job: ArticleJob & { force?: boolean }): Promise<ExtractResult> {
  const { db } = ctx;
  const article = await getArticle(db, job.articleId);
  if (!article) return { status: 'missing', events: 0, entities: 0, next: [] };
  if (article.storyId) return { status: 'duplicate', events: 0, entities: 0, next: [] };
  if (!article.text) return { status: 'no-text', events: 0, entities: 0, next: [] };
  // A repeated job (a retry, or a job handed over after its worker died) must not replace events that
  // update-disputes already placed: only `brinkwatch reextract` (force) or a new extractor version does.
  if (article.extractedAt && article.extractorVersion === extractorVersion(ctx.config) && !job.force) {
    return { status: 'already-extracted', events: 0, entities: 0, next: [{ queue: 'update-disputes', payload: { articleId: article.id } }] };
  }
  return extractLoaded(ctx, article as Article & { text: string });
}

/**
 * Extracts an article already read (with its text): the extract-article job after its checks, and
 * fetch-article itself when extraction runs inline (EXTRACT_INLINE). fetch-article passes the text it
 * fetched as `storeText`: a never-extracted article's text is then stored with its extraction, in the
 * same statement, and only if the article is still pending ('already-extracted' when it is not).
 */
export async function extractLoaded(ctx: Ctx, article: Article & { text: string }, opts: { storeText?: ArticleText } = {}): Promise<ExtractResult> {
  const started = performance.now();
  // An internal error of the extractor fails the job (retried, then kept among failed jobs with its reason) and leaves
  // the article unextracted for `brinkwatch reextract`: never an article silently stored with no events.
  const result = extractStoredArticle(ctx, article);
  extractionSeconds.observe((performance.now() - started) / 1000);
  for (const ev of result.events) eventsTotal.inc({ type: ev.type });
  return storeExtraction(ctx, article, result, { ...opts, started });
}

/**
 * Heap growth (MB) past the last full collection that a process extracting articles allows before the next
 * (cli/heap.ts), as `brinkwatch extract` does: left to its own pace, V8 let the heap of a process that extracts one
 * article after another grow 20–60 MB further by machine load (bench/README.md, "Extraction in the processes that run it").
 */
export const EXTRACT_HEAP_BUDGET_MB = 48;
/** The process's heap budget, made at the first extraction (so that a process that never extracts never collects). */
let afterExtraction: (() => void) | undefined;

/** The extractor run over a stored article (its title, text, and publication date unless that is past now). */
export function extractStoredArticle(ctx: Ctx, article: Article & { text: string }): ReturnType<typeof extractOrThrow> {
  // A date past now is not trusted (see workers/feed-entries.ts): one stored before that rule, too.
  const published = (trustedDate(article.publishedAt, ctx.now()) ?? article.fetchedAt ?? article.createdAt).toISOString();
  const result = extractOrThrow({ id: String(article.id), title: article.title, published, url: article.url, text: article.text }, { now: ctx.now(), filter: ctx.config.workers.extractFilter });
  (afterExtraction ??= heapBudget(EXTRACT_HEAP_BUDGET_MB))();
  return result;
}

/** Events as stored: the extractor's, or given ones (`brinkwatch disputes`), whose issue may be left to placement. */
export type ExtractionToStore = Omit<ReturnType<typeof extractOrThrow>, 'events'> & {
  events: (Omit<ReturnType<typeof extractOrThrow>['events'][number], 'issue'> & { issue: string | null })[];
};

/**
 * Stores an article's extraction: upserts the entities it names (each with the party it counts as), replaces the
 * article's mentions and events, and marks the article extracted. The extract-article job stores the extractor's
 * output with it; `brinkwatch disputes` stores given events with it, so both reach update-disputes alike.
 */
export async function storeExtraction(
  ctx: Ctx,
  article: Article,
  result: ExtractionToStore,
  opts: { storeText?: ArticleText; started?: number } = {},
): Promise<ExtractResult> {
  const { db } = ctx;
  const started = opts.started ?? performance.now();
  result = limitNames(result);

  type Row = { name: string; kind: string; aliases: string[]; organisation?: string | null; partyName?: string | null; mentions: number };
  const allEntities = new Map<string, Row>();
  for (const e of result.entities) allEntities.set(e.name, { ...e, aliases: e.aliases ?? [] });
  for (const ev of result.events) {
    for (const [name, kind] of [[ev.actor, ev.actorKind], [ev.target, ev.targetKind]] as const) {
      if (name && !allEntities.has(name)) allEntities.set(name, { name, kind: kind ?? 'other_org', aliases: [], mentions: 1 });
    }
  }
  // Each entity records the party it counts as in disputes; that party must exist as an entity too.
  for (const e of [...allEntities.values()]) {
    const party = partyOf(e);
    if (party !== e.name) {
      e.partyName = party;
      if (!allEntities.has(party)) allEntities.set(party, { name: party, kind: BY_NAME.get(party)?.kind ?? 'government', aliases: [], mentions: 0 });
    }
  }

  // Outside the transaction: the upsert is idempotent, and inside it the locks on widely named
  // entities (countries, big labs) were held until commit, serialising every concurrent extraction.
  const ids = await upsertEntities(db, [...allEntities.values()]);
  const mentionRows = [...allEntities.values()].filter((e) => e.mentions > 0).map((e) => ({ entityId: ids.get(e.name)!, count: e.mentions }));
  const eventRows = result.events.map((ev) => ({
    type: ev.type,
    actorId: ids.get(ev.actor)!,
    targetId: ev.target ? ids.get(ev.target)! : null,
    eventDate: ev.date,
    sentence: ev.sentence,
    quote: ev.quote,
    field: ev.field ?? 'text',
    startOffset: ev.start,
    endOffset: ev.end,
    confidence: ev.confidence,
    issue: ev.issue,
    answers: ev.answers ?? null,
    datePrecision: ev.datePrecision,
    background: ev.background,
  }));
  // An entity id this process remembered may name no row any more (removed behind Brinkwatch's back): on a
  // foreign-key violation forget them all, so that the job's retry reads (or recreates) the entities.
  const forgetIfStale = (err: unknown): never => {
    if (sqlState(err) === '23503') forgetEntities(db);
    throw err;
  };
  let counts: { events: number; entities: number };
  if (article.extractedAt === null) {
    // Never extracted, so nothing to replace: events, mentions and the mark go in one statement.
    const extraction = { events: eventRows, mentions: mentionRows, version: extractorVersion(ctx.config), at: ctx.now() };
    const events = opts.storeText
      ? await storeTextAndFirstExtraction(db, article.id, opts.storeText, extraction).catch(forgetIfStale)
      : await storeFirstExtraction(db, article.id, extraction).catch(forgetIfStale);
    if (events === null) {
      return { status: 'already-extracted', events: 0, entities: 0, next: [{ queue: 'update-disputes', payload: { articleId: article.id } }] };
    }
    counts = { events, entities: ids.size };
  } else {
    if (opts.storeText) throw new Error(`article ${article.id}: text to store with an extraction that replaces another`);
    counts = await db.transaction(async (tx) => {
      await replaceMentions(tx, article.id, mentionRows);
      const stored = await replaceArticleEvents(tx, article.id, eventRows);
      // A re-extraction takes evidence away from entries the old events supported: tidy them and their disputes.
      for (const disputeId of await tidyEntries(tx, stored.oldEntryIds)) await recomputeDispute(tx, ctx, disputeId);
      await markArticleExtracted(tx, article.id, extractorVersion(ctx.config), ctx.now());
      return { events: stored.ids.length, entities: ids.size };
    }).catch(forgetIfStale);
  }
  ctx.log.debug({ article_id: article.id, events: counts.events, duration_ms: Math.round(performance.now() - started) }, 'article extracted');
  return {
    status: 'extracted',
    ...counts,
    next: [{ queue: 'update-disputes', payload: { articleId: article.id } }],
  };
}

/**
 * The extraction with every entity name cut to MAX_NAME_CHARS (db/limits.ts), the same way wherever it appears
 * (entities, their aliases and organisations, events' actors and targets): a name too long for the unique key on
 * entities.name failed its article on every attempt.
 */
function limitNames<T extends ExtractionToStore>(result: T): T {
  const n = <T extends string | null | undefined>(s: T): T => clampText(s, MAX_NAME_CHARS);
  return {
    ...result,
    entities: result.entities.map((e) => ({ ...e, name: n(e.name), aliases: e.aliases?.map(n), organisation: n(e.organisation) })),
    events: result.events.map((ev) => ({ ...ev, actor: n(ev.actor), target: n(ev.target) })),
  };
}

/** SQLSTATE of a database error, or of the error it wraps (drizzle keeps the driver's error as `cause`). */
function sqlState(err: unknown): string | undefined {
  for (let e = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
