import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runExtractCli } from '../../../extract/cli.ts';
import { extractLine } from '../../../extract/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const input = [
  JSON.stringify({ id: 'a1', title: 'Anthropic accuses Alibaba of IP theft', published: '2026-11-20', text: 'Alibaba has denied the claims, calling them "baseless".' }),
  '{not json',
  JSON.stringify({ id: 'a3', published: '2026-11-20', html: '<html><body><article><p>OpenAI sued DeepSeek on Monday.</p></article></body></html>' }),
  JSON.stringify({ id: 'a4', title: 'no text' }),
].join('\n') + '\n';

describe('brinkwatch extract', () => {
  it('writes one JSON line per input line, in order, and nothing else to stdout', () => {
    const r = spawnSync(process.execPath, ['bin/brinkwatch.mjs', 'extract'], { cwd: root, input, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    const recs = lines.map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual(['a1', null, 'a3', 'a4']);
    expect(recs[0].events.map((e: { type: string }) => e.type).sort()).toEqual(['ALLEGATION', 'DENIAL']);
    expect(recs[1].error).toMatch(/JSON/);
    expect(recs[2].events[0]).toMatchObject({ type: 'LEGAL_ACTION', actor: 'OpenAI', target: 'DeepSeek' });
    expect(recs[3].error).toMatch(/no text/);
  });

  it('exits non-zero only when the input cannot be read', () => {
    const r = spawnSync(process.execPath, ['bin/brinkwatch.mjs', 'extract', '/nonexistent/brinkwatch.jsonl'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('runExtractCli', () => {
  it('streams records to the output and logs only through the logger', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const logs: string[] = [];
    const code = await runExtractCli(Readable.from([input]), out, { log: (m) => logs.push(m) });
    expect(code).toBe(0);
    expect(chunks.join('').trim().split('\n')).toHaveLength(4);
    expect(logs.at(-1)).toMatch(/articles=4 errors=2/);
  });

  it('uses an injected page cleaner for html input', () => {
    const rec = extractLine(JSON.stringify({ id: 'h', html: '<p>ignored</p>' }), { htmlToText: () => 'Nimbus AI sued Orion Labs.' });
    expect('events' in rec && rec.events[0]).toMatchObject({ type: 'LEGAL_ACTION', actor: 'Nimbus AI', target: 'Orion Labs' });
  });
});

describe('extract --explain', () => {
  it('adds the pattern and how each role was filled, and nothing without the option', async () => {
    const { extractLine } = await import('../../../extract/index.ts');
    const line = JSON.stringify({ id: 'x', published: '2026-03-12', text: 'Quillon sued Marrowby over its patents. Marrowby denied the claims.' });
    const plain = extractLine(line) as { events: { explain?: unknown }[] };
    expect(plain.events.every((e) => e.explain === undefined)).toBe(true);
    const out = extractLine(line, { explain: true }) as { events: { type: string; explain?: { pattern: string; actor: string; target: string } }[] };
    expect(out.events.find((e) => e.type === 'LEGAL_ACTION')?.explain).toEqual({ pattern: 'legal-action.sue', actor: 'subject', target: 'object' });
    expect(out.events.find((e) => e.type === 'DENIAL')?.explain).toMatchObject({ pattern: 'denial.deny', target: 'author of the act the sentence names by a noun ("the complaint", "the findings")' });
  });
});
