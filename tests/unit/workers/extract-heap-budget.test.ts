/**
 * The heap budget of the processes that extract (cli/heap.ts): `brinkwatch extract` has it per line, and the worker's
 * extraction path (extractStoredArticle: extract-article, fetch-article inline, reextract, `brinkwatch disputes`) per article.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heapBudget } from '../../../cli/heap.ts';
import type { Article } from '../../../db/queries/articles.ts';
import type { Ctx } from '../../../workers/context.ts';

const ctx = { now: () => new Date('2026-05-04T12:00:00Z'), config: { workers: { extractFilter: false } } } as unknown as Ctx;
const stored = (id: number, text: string) =>
  ({ id, title: 'Quarterly notes', url: `https://news.example/${id}`, text, publishedAt: new Date('2026-05-01T08:00:00Z'), fetchedAt: null, createdAt: new Date('2026-05-01T09:00:00Z') }) as unknown as Article & { text: string };

/** Forced full collections (global.gc, as the budget calls it) seen while `fn` runs. */
async function forcedCollections(fn: () => void): Promise<number> {
  let forced = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (((e as unknown as { detail?: { flags?: number } }).detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced++;
  });
  obs.observe({ entryTypes: ['gc'] });
  fn();
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  return forced;
}

describe('heapBudget', () => {
  it('collects once the heap in use has grown past the budget, and not before', async () => {
    const tick = heapBudget(8, 10);
    const keep: number[][] = [];
    // Under the budget: ten calls, no collection.
    expect(await forcedCollections(() => { for (let i = 0; i < 10; i++) tick(); })).toBe(0);
    // ~24 MB more in use (kept while the calls run, so that no collection of V8's own can take it back first): the
    // tenth call after it collects, once; the next ten, from the new base, do not.
    const grown = await forcedCollections(() => {
      for (let i = 0; i < 3; i++) keep.push(new Array(1_000_000).fill(i + 0.5));
      for (let i = 0; i < 20; i++) tick();
    });
    expect(keep).toHaveLength(3);
    expect(grown).toBe(1);
  });
});

describe('extractStoredArticle and the heap budget', () => {
  afterEach(() => {
    vi.doUnmock('../../../cli/heap.ts');
    vi.resetModules();
  });

  it('reports every article it extracts to one budget for the process, made at the first extraction', async () => {
    vi.resetModules();
    const tick = vi.fn();
    const made = vi.fn(() => tick);
    vi.doMock('../../../cli/heap.ts', () => ({ heapBudget: made }));
    const { extractStoredArticle, EXTRACT_HEAP_BUDGET_MB } = await import('../../../workers/extract-article.ts');
    expect(made).not.toHaveBeenCalled();
    const text = 'Veldra Systems accused Quimby Robotics of copying its warehouse software, and Quimby Robotics denied the claim.';
    const first = extractStoredArticle(ctx, stored(1, text));
    extractStoredArticle(ctx, stored(2, text));
    extractStoredArticle(ctx, stored(3, 'Markets were calm on Tuesday.'));
    expect(made).toHaveBeenCalledTimes(1);
    expect(made).toHaveBeenCalledWith(EXTRACT_HEAP_BUDGET_MB);
    expect(tick).toHaveBeenCalledTimes(3);
    expect(first.events.length).toBeGreaterThan(0);
  });
});
