/**
 * A poll's entries, from parsed items to stored article stubs. Policy for hostile or broken feeds:
 * - PostgreSQL text cannot hold NUL: it is removed from every field, so the item is kept.
 * - A date more than FUTURE_DATE_MARGIN_MS past the poll's time is not trusted (a `pubDate` in 2199 would pin
 *   a dispute first and keep it "escalating"): the item keeps no date of its own.
 * - Titles and links are cut to the limits of db/limits.ts.
 * - Should the feed's rows still be refused as data (an SQLSTATE of class 22, or 54000), they are stored one by one: the
 *   good ones are kept, the others counted, and the poll records how many were rejected on the source.
 */
import { insertArticleStubs, type ArticleStub } from '../db/queries/articles.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Db } from '../db/client.ts';
import { clampText, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../db/limits.ts';

/** How far past now a feed's or a page's date is still believed (clocks and time zones disagree by hours). */
export const FUTURE_DATE_MARGIN_MS = 24 * 3_600_000;

/** `date` when it is no later than now plus the margin, else null. */
export function trustedDate(date: Date | null | undefined, now: Date): Date | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return date.getTime() > now.getTime() + FUTURE_DATE_MARGIN_MS ? null : date;
}

/** The string without NUL characters (null stays null). */
export function withoutNul<T extends string | null>(s: T): T {
  return (s && s.includes('\u0000') ? s.replace(/\u0000/g, '') : s) as T;
}

/** A stub as PostgreSQL will take it: no NUL in its text, no untrusted future date, no title or link past its limit. */
export function sanitizeStub(stub: ArticleStub, now: Date): ArticleStub {
  // A link too long to be a key: the item keeps an identity of its own (as an item without a link does).
  const longLink = stub.canonicalUrl.length > MAX_URL_CHARS;
  const own = `urn:brinkwatch:${stub.sourceId}:${withoutNul(stub.entryKey)}`;
  return {
    ...stub,
    canonicalUrl: longLink ? clampText(own, MAX_URL_CHARS) : withoutNul(stub.canonicalUrl),
    url: longLink || stub.url.length > MAX_URL_CHARS ? clampText(own, MAX_URL_CHARS) : withoutNul(stub.url),
    entryKey: withoutNul(stub.entryKey),
    title: clampText(withoutNul(stub.title), MAX_TITLE_CHARS),
    summary: withoutNul(stub.summary),
    feedContent: withoutNul(stub.feedContent),
    publishedAt: trustedDate(stub.publishedAt, now),
  };
}

/** Stubs per insert: a feed of 100,000 items is stored in bounded statements, all in one transaction. */
export const STUB_CHUNK = 5_000;

export interface StoredEntries {
  articleIds: number[];
  newArticles: number;
  /** Items PostgreSQL refused, and the SQLSTATE of the first refusal. */
  rejected: number;
  rejectedCode: string | null;
}

/** Stores a poll's stubs (see the module comment); errors other than a data exception are thrown. */
export async function storeFeedEntries(db: Db, stubs: ArticleStub[]): Promise<StoredEntries> {
  try {
    const r = await db.transaction(async (tx) => insertInChunks(tx, stubs));
    return { ...r, rejected: 0, rejectedCode: null };
  } catch (err) {
    if (!refusedAsData(err)) throw err;
  }
  const out: StoredEntries = { articleIds: [], newArticles: 0, rejected: 0, rejectedCode: null };
  for (const stub of stubs) {
    try {
      const r = await db.transaction(async (tx) => insertArticleStubs(tx, [stub]));
      out.articleIds.push(...r.articleIds);
      out.newArticles += r.newArticles;
    } catch (err) {
      const code = sqlState(err);
      if (!refusedAsData(err)) throw err;
      out.rejected++;
      out.rejectedCode ??= code ?? null;
    }
  }
  return out;
}

async function insertInChunks(tx: DbOrTx, stubs: ArticleStub[]): Promise<{ articleIds: number[]; newArticles: number }> {
  const out = { articleIds: [] as number[], newArticles: 0 };
  for (let i = 0; i < stubs.length; i += STUB_CHUNK) {
    const r = await insertArticleStubs(tx, stubs.slice(i, i + STUB_CHUNK));
    out.articleIds.push(...r.articleIds);
    out.newArticles += r.newArticles;
  }
  return out;
}

/** A data exception (class 22) or a value past a limit (54000, e.g. an index row too large): the row's fault. */
function refusedAsData(err: unknown): boolean {
  const code = sqlState(err);
  return !!code && (code.startsWith('22') || code === '54000');
}

/** SQLSTATE of a database error, or of the error it wraps (drizzle keeps the driver's error as `cause`). */
export function sqlState(err: unknown): string | undefined {
  for (let e = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
