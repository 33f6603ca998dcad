/**
 * The fictional samples (feeds/samples) served on 127.0.0.1 for a test file, and a fresh PGlite database
 * with their sources and a forced poll of each: the start of an in-process ingest.
 */
import { afterAll, beforeAll } from 'vitest';
import { startSampleServer, type SampleServer } from '../../cli/sample-server.ts';
import type { DbHandle } from '../../db/client.ts';
import { upsertSources } from '../../db/queries/sources.ts';
import { loadSourceFile, toSourceRow } from '../../feeds/sources.ts';
import type { NextJob } from '../../workers/queues.ts';
import { freshPglite, testConfig, testCtx } from './env.ts';

/** Serves the samples for the tests of this file; call at the top level of the file. */
export function useSampleServer(): () => SampleServer {
  let samples: SampleServer | undefined;
  beforeAll(async () => {
    samples = await startSampleServer('feeds/samples');
  });
  afterAll(async () => {
    await samples?.close();
  });
  return () => samples!;
}

/** A database with the samples' sources (then `before`, if given) and the polls that start an ingest. */
export async function sampleIngestSetup(samples: SampleServer, env: Record<string, string>, now: Date, before?: (handle: DbHandle) => Promise<void>) {
  const handle = await freshPglite();
  const ctx = testCtx(testConfig(env), handle, () => now);
  const defs = loadSourceFile('feeds/samples/sources.json', samples.base);
  await upsertSources(handle.db, defs.map(toSourceRow));
  await before?.(handle);
  const polls: NextJob[] = defs.map((s) => ({ queue: 'poll-feed', payload: { sourceId: s.id, force: true } }));
  return { handle, ctx, polls };
}
