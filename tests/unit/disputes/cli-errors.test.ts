/**
 * `brinkwatch disputes`: an article whose extraction or placement throws is listed under `errors` with its line,
 * its events appear nowhere else, and the other articles are placed as usual. The sentence splitter throws on one
 * marked text and placement on one marked article, standing in for any bug in those stages.
 */
import { describe, expect, it, vi } from 'vitest';
import { PassThrough, Readable } from 'node:stream';

const MARK = 'zz-stage-fails-here';
const PLACE_MARK = 'zz-placement-fails-here';
vi.mock('../../../extract/text.ts', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../extract/text.ts')>();
  return {
    ...mod,
    splitSentences: (text: string) => {
      if (text.includes(MARK)) throw new Error('splitter broke');
      return mod.splitSentences(text);
    },
  };
});
vi.mock('../../../disputes/placement.ts', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../disputes/placement.ts')>();
  return {
    ...mod,
    placeEvents: (...args: Parameters<typeof mod.placeEvents>) => {
      if (args[1].some((e) => e.sentence.includes(PLACE_MARK))) throw new Error('placement broke');
      return mod.placeEvents(...args);
    },
  };
});

const { runDisputesCli } = await import('../../../disputes/cli.ts');
const { testConfig } = await import('../../helpers/env.ts');

describe('disputes: an internal error is the line\'s error', () => {
  it('lists the failed extraction and the failed placement under errors and places the rest', async () => {
    const input = [
      JSON.stringify({ id: 'a1', published: '2026-05-04', text: 'Quillon sued Marrowby over its patents.' }),
      JSON.stringify({ id: 'a2', published: '2026-05-05', text: `Quillon sued Marrowby again. ${MARK}` }),
      JSON.stringify({ id: 'place-fails', published: '2026-05-06', events: [{ type: 'ALLEGATION', actor: 'Tarvel', target: 'Dalmore', date: '2026-05-06', sentence: `Tarvel accused Dalmore of copying. ${PLACE_MARK}` }] }),
      JSON.stringify({ id: 'a4', published: '2026-05-07', text: 'Marrowby accused Quillon of copying its designs.' }),
    ].join('\n') + '\n';
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runDisputesCli(Readable.from([input]), out, testConfig());
    const summary = String(err.mock.calls.at(-1)?.[0]);
    err.mockRestore();
    expect(code).toBe(0);
    const doc = JSON.parse(chunks.join(''));
    expect(doc.errors).toEqual([
      { line: 2, error: 'disputes: article a2: extraction failed: splitter broke' },
      { line: 3, error: 'disputes: article place-fails: placement failed: placement broke' },
    ]);
    const placed = doc.disputes.flatMap((d: any) => d.timeline.flatMap((e: any) => e.sources.map((s: any) => s.article)));
    expect(placed.sort()).toEqual(['a1', 'a4']);
    expect(doc.unplaced).toEqual([]);
    expect(summary).toMatch(/errors=2/);
  });
});
