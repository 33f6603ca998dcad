/** The `brinkwatch` command as a user runs it: separate processes, real files, real stdout. */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = 'bin/brinkwatch.mjs';

function env(extra: Record<string, string> = {}) {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR)$/.test(k)) base[k] = v;
  return { ...base, LOG_LEVEL: 'warn', ...extra };
}

async function brinkwatch(args: string[], extra: Record<string, string> = {}) {
  try {
    const r = await run('node', [BIN, ...args], { env: env(extra), maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('brinkwatch CLI', () => {
  it('api and worker refuse an unmigrated database with a one-line reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-cli-'));
    for (const args of [['api'], ['worker']]) {
      const r = await brinkwatch(args, { PGLITE_DIR: join(dir, 'db'), PORT: '0', ...(args[0] === 'worker' ? { REDIS_URL: 'redis://127.0.0.1:6379/0' } : {}) });
      expect(r.code, args[0]).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/0 of \d+ migrations applied; run `brinkwatch migrate` first/);
    }
  }, 120_000);

  it('a bad configuration stops with one line per variable', async () => {
    const r = await brinkwatch(['migrate'], { PORT: 'x', LOG_LEVEL: 'chatty' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/PORT: /);
    expect(r.stderr).toMatch(/LOG_LEVEL: /);
  });

  it('migrate, sources sync/export/import round-trip through OPML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-cli-'));
    const e = { PGLITE_DIR: join(dir, 'db') };
    expect((await brinkwatch(['migrate'], e)).code).toBe(0);
    expect((await brinkwatch(['sources', 'sync'], e)).code).toBe(0);
    const exported = await brinkwatch(['sources', 'export'], e);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^<\?xml/);
    expect(exported.stdout).toContain('brinkwatchKind="court"');
    const opml = join(dir, 'extra.opml');
    writeFileSync(opml, '<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="Example Desk" type="rss" xmlUrl="https://example.org/feed.xml"/></body></opml>');
    expect((await brinkwatch(['sources', 'import', opml], e)).code).toBe(0);
    const list = await brinkwatch(['sources', 'list'], e);
    expect(list.stdout).toMatch(/^example-desk\tnews\tnew\t0/m);
    expect(list.stdout.split('\n')[0]).toBe('id\tkind\tstate\tfailures\tnext_check_at\turl');
    expect(list.stdout.trim().split('\n').length).toBe(JSON.parse(readFileSync('feeds/sources.json', 'utf8')).sources.length + 2);
    expect((await brinkwatch(['sources', 'resume', 'nope'], e)).code).not.toBe(0);
  }, 120_000);

  it('demo --once --json prints the disputes, the seed case among them, as JSON only', async () => {
    const r = await brinkwatch(['demo', '--once', '--json'], { DEMO_PGLITE_DIR: join(mkdtempSync(join(tmpdir(), 'bw-cli-')), 'demo') });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { disputes: { parties: string[]; timeline: { type: string; actor: string; target: string }[] }[] };
    const seed = out.disputes.find((d) => d.parties.includes('Anthropic') && d.parties.includes('Alibaba'));
    expect(seed).toBeTruthy();
    const types = seed!.timeline.map((e) => `${e.type} ${e.actor}>${e.target}`);
    expect(types).toContain('ALLEGATION Anthropic>Alibaba');
    expect(types).toContain('DENIAL Alibaba>Anthropic');
    expect(out.disputes.length).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('extract writes JSON Lines only to stdout, one per input line', async () => {
    const child = spawn('node', [BIN, 'extract'], { env: env() });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stdin.end(
      [
        JSON.stringify({ id: 'a', published: '2026-11-20', text: 'Anthropic accused Alibaba of stealing its data on Tuesday. Alibaba denied the claims.' }),
        'not json',
        JSON.stringify({ id: 'c', text: '' }),
      ].join('\n') + '\n',
    );
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[0].events.some((e: { type: string }) => e.type === 'ALLEGATION')).toBe(true);
    expect(lines[1].error).toBeTruthy();
    expect(lines[2].error).toBeTruthy();
  }, 60_000);
});
