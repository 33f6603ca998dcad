/** `brinkwatch reextract [--since DATE]`: re-run the extractor over stored articles after an upgrade. */
import type { Config } from '../../config.ts';
import { listArticleIdsForReextract } from '../../db/queries/articles.ts';
import { extractArticle } from '../../workers/extract-article.ts';
import { updateDisputes } from '../../workers/update-disputes.ts';
import { createRuntime } from '../runtime.ts';

export async function runReextract(config: Config, since: string | undefined): Promise<number> {
  let sinceDate: Date | null = null;
  if (since !== undefined) {
    sinceDate = new Date(since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(sinceDate.getTime())) throw new Error(`reextract: --since must be a date (YYYY-MM-DD), got ${since}`);
  }
  const rt = await createRuntime(config, { migrate: 'require', inProcess: true });
  try {
    const ids = await listArticleIdsForReextract(rt.ctx.db, sinceDate);
    const started = Date.now();
    let events = 0;
    for (const [i, articleId] of ids.entries()) {
      const r = await extractArticle(rt.ctx, { articleId, force: true });
      events += r.events;
      await updateDisputes(rt.ctx, { articleId });
      progress(i + 1, ids.length, started);
    }
    process.stderr.write(`\nreextract: ${ids.length} article(s), ${events} event(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    await rt.close();
  }
}

/** A one-line progress bar on standard error. */
function progress(done: number, total: number, started: number) {
  if (!process.stderr.isTTY && done !== total && done % 100 !== 0) return;
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(1)}/s`);
}
