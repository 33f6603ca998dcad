/**
 * `brinkwatch demo`: serves feeds/samples/ (fictional, written by us) from 127.0.0.1, runs the whole
 * pipeline into a fresh embedded database, prints the disputes found, then keeps serving the API
 * (or, with --once, exits; --json prints the disputes with their timelines as JSON on stdout).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../../config.ts';
import { listSources } from '../../db/queries/sources.ts';
import { runInProcess } from '../../workers/in-process.ts';
import { startSampleServer } from '../sample-server.ts';
import { createRuntime } from '../runtime.ts';
import { collectDisputes, formatDisputes } from '../summary.ts';
import { ladderWords } from '../../api/render/words.ts';
import { syncSources } from './services.ts';

export interface DemoOptions {
  once: boolean;
  json: boolean;
  port?: number;
}

const MARKER = '.brinkwatch-demo';

/**
 * Where the demo's fresh database goes: the configured PGLITE_DIR when it is empty or holds an earlier
 * demo (so `brinkwatch digest preview` and `brinkwatch api` see the demo's data with no settings), else a
 * `demo` folder beside it — the demo never wipes a database it did not create.
 */
function demoDatabaseDir(configured: string): string {
  const usable = (d: string) => !existsSync(d) || readdirSync(d).length === 0 || existsSync(join(d, MARKER));
  const dir = !configured.startsWith('memory://') && usable(configured) ? configured : join(dirname(configured), 'demo');
  if (!usable(dir)) throw new Error(`demo: ${dir} holds a database the demo did not create; set PGLITE_DIR to an empty folder`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), 'created by `brinkwatch demo`; the next demo run replaces this database\n');
  return dir;
}

export async function runDemo(base: Config, opts: DemoOptions): Promise<number> {
  const samples = await startSampleServer('feeds/samples');
  const dir = demoDatabaseDir(base.database.pgliteDir);
  const config: Config = {
    ...base,
    database: { ...base.database, url: null, pgliteDir: dir },
    redis: { ...base.redis, url: null },
    api: { ...base.api, port: opts.port ?? base.api.port },
    fetch: { ...base.fetch, allowPrivateHosts: ['127.0.0.1'], hostMinGapMs: 0 },
  };
  const rt = await createRuntime(config, { migrate: 'apply', inProcess: true });
  try {
    await syncSources(rt, 'feeds/samples/sources.json', samples.base);
    const sources = await listSources(rt.ctx.db);
    process.stderr.write(`demo: serving ${sources.length} fictional sample feeds from ${samples.base}; database in ${dir}\n`);
    const summary = await runInProcess(
      rt.ctx,
      sources.map((s) => ({ queue: 'poll-feed' as const, payload: { sourceId: s.id, force: true } })),
    );
    process.stderr.write(`demo: pipeline ran ${summary.jobs} job(s) ${JSON.stringify(summary.byQueue)}, ${summary.failed} failed\n`);
    const disputes = await collectDisputes(rt.ctx.db, ladderWords(rt.ctx.ladder));
    if (opts.json) process.stdout.write(`${JSON.stringify({ disputes }, null, 2)}\n`);
    else process.stdout.write(`${formatDisputes(disputes)}\n`);
    if (opts.once) return summary.failed ? 1 : 0;

    const { buildApp } = await import('../../api/app.ts');
    const app = await buildApp({ ctx: rt.ctx });
    await app.listen({ host: '127.0.0.1', port: config.api.port });
    const url = `http://127.0.0.1:${config.api.port}`;
    process.stderr.write(`demo: API on ${url} — try ${url}/disputes?sort=escalation (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await app.close();
    return 0;
  } finally {
    await rt.close();
    await samples.close();
  }
}
