/**
 * `brinkwatch reextract [--since DATE] [--all]`: moves stored articles to the current extractor. By default only
 * articles another extractor version wrote (extractorVersion in workers/extract-article.ts: EXTRACTOR_VERSION, marked when EXTRACT_FILTER is on) are re-extracted, so an
 * interrupted run resumes where it stopped and a second run does nothing; `--all` re-extracts every stored article.
 * Each article's events are replaced (new dates and precision included) and its disputes re-placed.
 */
import type { Config } from '../../config.ts';
import { listArticleIdsForReextract } from '../../db/queries/articles.ts';
import { extractArticle, extractorVersion } from '../../workers/extract-article.ts';
import { updateDisputes } from '../../workers/update-disputes.ts';
import type { Ctx } from '../../workers/context.ts';
import { createRuntime } from '../runtime.ts';

export interface ReextractOptions {
  since?: string;
  all?: boolean;
}

export async function runReextract(config: Config, opts: ReextractOptions = {}): Promise<number> {
  const since = parseSince(opts.since);
  const rt = await createRuntime(config, { migrate: 'require', inProcess: true });
  try {
    const started = Date.now();
    const r = await reextractStored(rt.ctx, { since, all: opts.all }, (done, total) => progress(done, total, started));
    process.stderr.write(`\nreextract: ${r.articles} article(s) to extractor ${extractorVersion(rt.ctx.config)}, ${r.events} event(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    await rt.close();
  }
}

/** Re-extracts the stored articles the options select and re-places their disputes; returns the counts. */
export async function reextractStored(
  ctx: Ctx,
  opts: { since?: Date | null; all?: boolean } = {},
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ articles: number; events: number }> {
  const ids = await listArticleIdsForReextract(ctx.db, opts.since ?? null, opts.all ? null : extractorVersion(ctx.config));
  let events = 0;
  for (const [i, articleId] of ids.entries()) {
    const r = await extractArticle(ctx, { articleId, force: true });
    events += r.events;
    await updateDisputes(ctx, { articleId });
    onProgress(i + 1, ids.length);
  }
  return { articles: ids.length, events };
}

/** `--since` as a date, or a clear error. */
export function parseSince(since: string | undefined): Date | null {
  if (since === undefined) return null;
  const d = new Date(since);
  if (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(d.getTime())) throw new Error(`reextract: --since must be a date (YYYY-MM-DD), got ${since}`);
  return d;
}

/** A one-line progress bar on standard error. */
function progress(done: number, total: number, started: number) {
  if (!process.stderr.isTTY && done !== total && done % 100 !== 0) return;
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(1)}/s`);
}
