/**
 * `brinkwatch demo`: serves feeds/samples/ (fictional, written by us) from 127.0.0.1, runs the whole
 * pipeline into a fresh embedded database, prints the disputes found, then keeps serving the API
 * (or, with --once, exits; --json prints the disputes with their timelines as JSON on stdout).
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE } from '../../db/pglite-lock.ts';
import type { Config } from '../../config.ts';
import { listSources } from '../../db/queries/sources.ts';
import { runInProcess } from '../../workers/in-process.ts';
import { pipelineProgress } from '../progress.ts';
import { startSampleServer } from '../sample-server.ts';
import { assertPortFree, createRuntime, DEMO_MARKER, portError } from '../runtime.ts';
import { collectDisputes, formatDisputes } from '../summary.ts';
import { syncSources } from './services.ts';

export interface DemoOptions {
  once: boolean;
  json: boolean;
  port?: number;
}

/**
 * Empties the demo's directory for a fresh database, under its lock: only when it is empty or holds an
 * earlier demo (marked by DEMO_MARKER), saying so in that case; a folder the demo did not create is
 * never touched.
 */
function replaceDemoDatabase(dir: string) {
  const entries = readdirSync(dir).filter((e) => e !== LOCK_FILE);
  if (entries.length && !existsSync(join(dir, DEMO_MARKER))) {
    throw new Error(`demo: ${dir} holds a database the demo did not create; set DEMO_PGLITE_DIR to an empty or new folder`);
  }
  if (entries.length) process.stderr.write(`demo: replacing the previous demo's database in ${dir}\n`);
  for (const e of entries) rmSync(join(dir, e), { recursive: true, force: true });
  writeFileSync(join(dir, DEMO_MARKER), 'created by `brinkwatch demo` (fictional data); the next demo run replaces this database\n');
}

export async function runDemo(base: Config, opts: DemoOptions): Promise<number> {
  const dir = base.database.demoDir;
  if (dir.startsWith('memory://')) throw new Error('demo: DEMO_PGLITE_DIR must be a folder');
  const port = opts.port ?? base.api.port;
  // Links in the demo's feeds and digests point at the demo's own port unless PUBLIC_BASE_URL says otherwise.
  const publicBaseUrl = base.api.publicBaseUrlSet ? base.api.publicBaseUrl : `http://127.0.0.1:${port}`;
  const config: Config = {
    ...base,
    database: { ...base.database, url: null, pgliteDir: dir },
    redis: { ...base.redis, url: null },
    api: { ...base.api, port, publicBaseUrl },
    fetch: { ...base.fetch, allowPrivateHosts: ['127.0.0.1'], hostMinGapMs: 0 },
  };
  if (!opts.once) await assertPortFree('127.0.0.1', port);
  process.stderr.write(`demo: creating a fresh database in ${dir} (about 10-20 s)\n`);
  // Serving from the start: `keys create` and friends in another terminal reach the demo's database through it.
  const rt = await createRuntime(config, { migrate: 'apply', inProcess: true, serve: !opts.once, beforeOpen: replaceDemoDatabase });
  const samples = await startSampleServer('feeds/samples').catch(async (err) => {
    await rt.close();
    throw err;
  });
  try {
    await syncSources(rt, 'feeds/samples/sources.json', samples.base);
    const sources = await listSources(rt.ctx.db);
    process.stderr.write(`demo: serving ${sources.length} fictional sample feeds from ${samples.base}; database in ${dir}\n`);
    const summary = await runInProcess(
      rt.ctx,
      sources.map((s) => ({ queue: 'poll-feed' as const, payload: { sourceId: s.id, force: true } })),
      pipelineProgress('demo'),
    );
    process.stderr.write(`demo: pipeline ran ${summary.jobs} job(s) ${JSON.stringify(summary.byQueue)}, ${summary.failed} failed\n`);
    const disputes = await collectDisputes(rt.ctx.db);
    if (opts.json) process.stdout.write(`${JSON.stringify({ disputes }, null, 2)}\n`);
    else process.stdout.write(`${formatDisputes(disputes)}\n`);
    if (opts.once) return summary.failed ? 1 : 0;

    const { buildApp } = await import('../../api/app.ts');
    const app = await buildApp({ ctx: rt.ctx });
    await app.listen({ host: '127.0.0.1', port: config.api.port }).catch((err: NodeJS.ErrnoException) => {
      throw portError(err, '127.0.0.1', config.api.port);
    });
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
