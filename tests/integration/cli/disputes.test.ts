/**
 * `brinkwatch disputes` as the contract describes it (../shared/eval/CONTRACT.md, "Placing events on disputes"):
 * given events placed as given, absent events extracted, every event in exactly one place, bad lines listed,
 * the same document twice, placed on the command's own throw-away database. Runs the real command; no database or
 * Redis of ours.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = 'bin/brinkwatch.mjs';
const env = () => {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR)$/.test(k)) e[k] = v;
  return e;
};

const event = (type: string, actor: string, target: string | null, sentence: string, kinds: [string, string | null] = ['company', 'company']) => ({
  type, actor, target, actorKind: kinds[0], targetKind: kinds[1], date: null, sentence, quote: null, confidence: 1,
});

const lines = [
  {
    id: 'n2', title: 'Pellucid denies', published: '2026-11-12', url: 'https://example.test/n2', source: 'example.test',
    text: 'Pellucid Systems denied the claims on Wednesday.',
    events: [event('DENIAL', 'Pellucid Systems', null, 'Pellucid Systems denied the claims on Wednesday.')],
  },
  {
    id: 'n1', title: 'Corvane sues', published: '2026-11-10', url: 'https://example.test/n1', source: 'example.test',
    text: 'Corvane AI sued Pellucid Systems on 3 November 2026 over stolen trade secrets. The Pellucid board met.',
    events: [
      event('LEGAL_ACTION', 'Corvane AI', 'Pellucid Systems', 'Corvane AI sued Pellucid Systems on 3 November 2026 over stolen trade secrets.'),
      event('ALLEGATION', 'Corvane AI', null, 'The Pellucid board met.'),
    ],
  },
  { id: 'n3', title: 'Nothing', published: '2026-11-13', url: 'https://example.test/n3', text: 'A quiet day.', events: [] },
  'not json',
  {
    id: 'n4', title: 'Ofcom opens inquiry', published: '2026-11-14', url: 'https://example.test/n4',
    text: 'Ofcom opened an investigation into Pellucid Systems on Friday over trade secrets taken from Corvane AI.',
  },
];

describe('brinkwatch disputes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-disputes-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');

  it('places every given event exactly once, dates it from its sentence, lists bad lines, and prints the same document twice', async () => {
    const first = await run('node', [BIN, 'disputes', file], { env: env() });
    const second = await run('node', [BIN, 'disputes', file], { env: env() });
    expect(second.stdout).toBe(first.stdout);
    const doc = JSON.parse(first.stdout);
    expect(doc.errors).toEqual([{ line: 4, error: 'disputes: line is not valid JSON' }]);
    const seen = new Map<string, string>();
    for (const d of doc.disputes) for (const t of d.timeline) for (const s of t.sources) seen.set(`${s.article}#${s.event}`, `dispute ${d.id}`);
    for (const u of doc.unplaced) {
      expect(seen.has(`${u.article}#${u.event}`)).toBe(false);
      expect(u.reason).toBeTruthy();
      seen.set(`${u.article}#${u.event}`, 'unplaced');
    }
    // The given events: the suit and the denial on one dispute, the targetless allegation unplaced.
    expect(seen.get('n1#0')).toBe(seen.get('n2#0'));
    expect(seen.get('n1#1')).toBe('unplaced');
    const d = doc.disputes.find((x: { timeline: { sources: { article: string }[] }[] }) => x.timeline.some((t) => t.sources.some((s) => s.article === 'n1')));
    expect(d.title).toBe('Corvane AI v. Pellucid Systems: trade secrets and model distillation');
    expect(d.timeline[0]).toMatchObject({ date: '2026-11-03', type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems' });
    expect(d.parties).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Corvane AI', role: 'accuser' }),
      expect.objectContaining({ name: 'Pellucid Systems', role: 'accused' }),
    ]));
    // n4 had no events: it was extracted, and what was extracted is accounted for too.
    expect([...seen.keys()].some((k) => k.startsWith('n4#'))).toBe(true);
  });

  it('places on its own embedded database: the configured database is never opened, nothing is written', async () => {
    // One act given twice in one article (the events table keeps one per article, type, actor and target): both
    // reports are sources of one entry, dated by the earlier; a later article answers it.
    const twice = join(dir, 'twice.jsonl');
    const suit = (sentence: string) => event('LEGAL_ACTION', 'Corvane AI', 'Pellucid Systems', sentence);
    writeFileSync(twice, [
      { id: 't1', title: 'Corvane sues', published: '2026-09-14', text: 'Corvane AI sued Pellucid Systems on Friday over trade secrets. The suit, filed on 2 September 2026, names two engineers.',
        events: [suit('Corvane AI sued Pellucid Systems on Friday over trade secrets.'), suit('The suit, filed on 2 September 2026, names two engineers.')] },
      { id: 't2', title: 'Pellucid answers', published: '2026-09-16', text: 'Pellucid Systems denied the trade secrets claims by Corvane AI on Wednesday.',
        events: [event('DENIAL', 'Pellucid Systems', 'Corvane AI', 'Pellucid Systems denied the trade secrets claims by Corvane AI on Wednesday.')] },
    ].map((l) => JSON.stringify(l)).join('\n') + '\n');
    const pgliteDir = join(dir, 'never-created');
    const { stdout } = await run('node', [BIN, 'disputes', twice], {
      env: { ...env(), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PGLITE_DIR: pgliteDir },
    });
    expect(existsSync(pgliteDir)).toBe(false);
    const doc = JSON.parse(stdout);
    expect(doc.errors).toEqual([]);
    expect(doc.disputes).toHaveLength(1);
    const [d] = doc.disputes;
    expect(d.timeline.map((t: { date: string; type: string }) => `${t.date} ${t.type}`)).toEqual(['2026-09-02 LEGAL_ACTION', '2026-09-16 DENIAL']);
    expect(d.timeline[0].sources.map((s: { article: string; event: number }) => `${s.article}#${s.event}`)).toEqual(['t1#0', 't1#1']);
    // Status is read against the newest article, not the wall clock.
    expect(d.status).not.toBe('dormant');
  });

  it('exits non-zero only when the input cannot be read', async () => {
    await expect(run('node', [BIN, 'disputes', join(dir, 'missing.jsonl')], { env: env() })).rejects.toMatchObject({ code: 2 });
  });
});
