/**
 * `brinkwatch sources import` against hostile OPML (issue 19, red-team finding 12), as a user runs it: only http
 * and https feeds are taken, a stored source is never taken over by an outline carrying its id, and 20,000
 * outlines of one title get distinct ids in linear time.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseOpml, planImport } from '../../../feeds/sources.ts';

const run = promisify(execFile);

async function brinkwatch(args: string[], extra: Record<string, string>) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR)$/.test(k)) env[k] = v;
  try {
    const r = await run('node', ['bin/brinkwatch.mjs', ...args], { env: { ...env, LOG_LEVEL: 'warn', ...extra }, timeout: 180_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const opml = (outlines: string) => `<?xml version="1.0"?><opml version="2.0"><head/><body>${outlines}</body></opml>`;

describe('OPML import', () => {
  it('takes only http and https feeds, and never takes over a stored source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-opml-'));
    const e = { PGLITE_DIR: join(dir, 'db') };
    expect((await brinkwatch(['sources', 'sync'], e)).code).toBe(0);
    const first = (JSON.parse(readFileSync('feeds/sources.json', 'utf8')) as { sources: { id: string; url: string }[] }).sources[0]!;
    const file = join(dir, 'hostile.opml');
    writeFileSync(file, opml([
      `<outline text="Hijack" type="rss" xmlUrl="https://attacker.example/feed" brinkwatchId="${first.id}"/>`,
      '<outline text="Local file" type="rss" xmlUrl="file:///etc/passwd"/>',
      '<outline text="Script" type="rss" xmlUrl="javascript:alert(1)"/>',
      '<outline text="Gopher" type="rss" xmlUrl="gopher://example.org/1"/>',
      '<outline text="Fine Desk" type="rss" xmlUrl="https://example.org/fine.xml"/>',
      `<outline text="Same again" type="rss" xmlUrl="${first.url}" brinkwatchId="${first.id}"/>`,
    ].join('')));
    const r = await brinkwatch(['sources', 'import', file], e);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${first.id} is taken by another URL; imported as ${first.id}-2`);
    expect(r.stderr).toMatch(/skipped "Local file" \(not an http or https URL\)/);
    expect(r.stderr).toMatch(/2 source\(s\) imported from .*, 1 already present, 3 skipped/);
    const list = (await brinkwatch(['sources', 'list'], e)).stdout;
    expect(list).toMatch(new RegExp(`^${first.id}\\t.*\\t${first.url.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}$`, 'm'));
    expect(list).toMatch(new RegExp(`^${first.id}-2\\t.*\\thttps://attacker\\.example/feed$`, 'm'));
    expect(list).not.toMatch(/file:|javascript:|gopher:/);
  }, 180_000);

  it('gives 20,000 outlines of one title distinct ids in well under a second', () => {
    const xml = opml('<outline text="Same Title" type="rss" xmlUrl="https://example.org/f"/>'.repeat(20_000));
    const t = performance.now();
    const defs = parseOpml(xml);
    const ms = performance.now() - t;
    expect(new Set(defs.map((d) => d.id)).size).toBe(20_000);
    expect(defs[1]!.id).toBe('same-title-2');
    expect(ms).toBeLessThan(3_000);
    // Planned against 20,000 stored ones of the same ids: linear too.
    const t2 = performance.now();
    const plan = planImport(defs.map((d) => ({ ...d, url: `${d.url}?other` })), defs.map((d) => ({ id: d.id, url: d.url })));
    expect(plan.add).toHaveLength(20_000);
    expect(new Set(plan.add.map((d) => d.id)).size).toBe(20_000);
    expect(performance.now() - t2).toBeLessThan(1_000);
  });
});
