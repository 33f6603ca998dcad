/**
 * A real Redis Cluster for tests: three masters (redis-server in cluster mode on free loopback ports, in a temporary
 * directory, no persistence), their slots assigned with `redis-cli --cluster create`. Needs the redis-server and
 * redis-cli binaries of the machine's Redis (7.x here); `clusterAvailable()` says whether they are there, and fails
 * in CI when they are not.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort } from './faults/processes.ts';

const run = promisify(execFile);

export interface RedisCluster {
  ports: number[];
  /** The port of the master serving this slot. */
  ownerOf(slot: number): Promise<number>;
  close(): Promise<void>;
}

export async function clusterAvailable(): Promise<boolean> {
  const ok = await run('redis-server', ['--version']).then(() => run('redis-cli', ['--version'])).then(() => true, () => false);
  if (!ok && process.env.CI) throw new Error('redis-server and redis-cli are needed for the Redis Cluster test (CI requires them)');
  if (!ok) console.warn('skipping: redis-server / redis-cli not found');
  return ok;
}

export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'bw-redis-cluster-'));
  // A cluster node also listens on port + 10000 (the cluster bus): pick ports whose bus port is free too.
  const ports: number[] = [];
  while (ports.length < masters) {
    const p = await freePort();
    if (p + 10_000 < 65_536 && !ports.includes(p)) ports.push(p);
  }
  const procs: ChildProcess[] = ports.map((port) =>
    spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes',
      '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--dir', dir,
      '--save', '', '--appendonly', 'no', '--cluster-node-timeout', '2000', '--loglevel', 'warning',
    ], { stdio: 'ignore' }),
  );
  const close = async () => {
    await Promise.all(procs.map((p) => new Promise<void>((resolve) => {
      if (p.exitCode !== null) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    })));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await waitFor(async () => (await ask(port, 'ping')) === 'PONG', 10_000);
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const port of ports) await waitFor(async () => String(await ask(port, 'cluster', 'info')).includes('cluster_state:ok'), 15_000);
  } catch (err) {
    await close();
    throw err;
  }
  return {
    ports,
    async ownerOf(slot) {
      const slots = (await ask(ports[0]!, 'cluster', 'slots')) as [number, number, [string, number]][];
      const range = slots.find(([from, to]) => slot >= from && slot <= to);
      if (!range) throw new Error(`redis cluster: no node serves slot ${slot}`);
      return Number(range[2][1]);
    },
    close,
  };
}

/** One command on one node, over a fresh connection. */
export async function ask(port: number, command: string, ...args: string[]): Promise<unknown> {
  const r = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {}); // a node not up yet: the rejected connect() says so
  try {
    await r.connect();
    return await r.call(command, ...args);
  } catch {
    return null;
  } finally {
    r.disconnect();
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis cluster: not ready within ${timeoutMs} ms`);
}
