/** `brinkwatch digest preview`: the digest of a day rendered to HTML without sending or recording anything. */
import type { AlertFilters } from '../db/schema.ts';
import type { Ctx } from '../workers/context.ts';
import { loadDigestContent } from './send.ts';
import { ladderWords } from '../api/render/words.ts';
import { renderDigest, type RenderedDigest } from './render.ts';

export interface PreviewOptions {
  /** The local day to cover, YYYY-MM-DD. */
  date: string;
  filters?: AlertFilters;
  timeZone?: string;
}

/** Renders the digest of a day (all subscribers' view when no filters are given) and returns all three parts. */
export async function renderDigestPreview(ctx: Ctx, opts: PreviewOptions): Promise<RenderedDigest> {
  const timeZone = opts.timeZone ?? 'UTC';
  const content = await loadDigestContent(ctx.db, { day: opts.date, timeZone, filters: opts.filters ?? {} });
  return renderDigest({
    ...content,
    subscriber: 'preview',
    day: opts.date,
    timeZone,
    baseUrl: ctx.config.api.publicBaseUrl,
    unsubscribeUrl: `${ctx.config.api.publicBaseUrl}/unsubscribe?token=preview`,
    ladder: ladderWords(ctx.ladder),
  });
}

/** Renders the digest of a day as HTML. */
export async function previewDigest(ctx: Ctx, opts: PreviewOptions): Promise<string> {
  return (await renderDigestPreview(ctx, opts)).html;
}
