/**
 * An internal error while extracting one article: `brinkwatch extract` prints that article's line with an `error`
 * (never `"events": []`), counts it in the summary, and goes on with the next line. The sentence splitter is made
 * to throw on one marked text, standing in for any bug in a stage.
 */
import { describe, expect, it, vi } from 'vitest';
import { PassThrough, Readable } from 'node:stream';

const MARK = 'zz-stage-fails-here';
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

const { runExtractCli } = await import('../../../extract/cli.ts');
const { extract, extractLine } = await import('../../../extract/index.ts');

const lines = [
  JSON.stringify({ id: 'ok1', published: '2026-05-04', text: 'Quillon sued Marrowby over its patents.' }),
  JSON.stringify({ id: 'bad', published: '2026-05-04', text: `Quillon sued Marrowby. ${MARK}` }),
  JSON.stringify({ id: 'ok2', published: '2026-05-05', text: 'Marrowby accused Quillon of copying its designs.' }),
];

describe('extract: an internal error is the line\'s error', () => {
  it('extractLine gives the error, not an empty event list', () => {
    const rec = extractLine(lines[1]!);
    expect(rec).toEqual({ id: 'bad', error: 'extract: internal error: splitter broke' });
    expect('events' in rec).toBe(false);
  });

  it('the command prints the error line, counts it, and goes on', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const logs: string[] = [];
    const code = await runExtractCli(Readable.from([lines.join('\n') + '\n']), out, { log: (m) => logs.push(m) });
    expect(code).toBe(0);
    const recs = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => r.id)).toEqual(['ok1', 'bad', 'ok2']);
    expect(recs[1]).toEqual({ id: 'bad', error: 'extract: internal error: splitter broke' });
    expect(recs[0].events[0]).toMatchObject({ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby' });
    expect(recs[2].events[0]).toMatchObject({ type: 'ALLEGATION', actor: 'Marrowby', target: 'Quillon' });
    expect(logs.at(-1)).toBe('extract: done articles=3 errors=1');
  });

  it('a failure outside extraction (the page cleaner cannot load) is that line\'s error too', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const logs: string[] = [];
    const input = [JSON.stringify({ id: 'h1', html: '<p>Quillon sued Marrowby.</p>' }), lines[0]].join('\n');
    await runExtractCli(Readable.from([input]), out, { log: (m) => logs.push(m), loadHtmlToText: async () => { throw new Error('no cleaner'); } });
    const recs = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(recs[0]).toEqual({ id: 'h1', error: 'extract: internal error: no cleaner' });
    expect(recs[1].events).toHaveLength(1);
    expect(logs.at(-1)).toBe('extract: done articles=2 errors=1');
  });

  it('the worker\'s extract() still keeps going on the same input (it logs and yields nothing)', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(extract({ text: `Quillon sued Marrowby. ${MARK}` })).toEqual({ entities: [], events: [] });
    expect(String(err.mock.calls[0]?.[0])).toMatch(/internal error: splitter broke/);
    err.mockRestore();
  });
});
