// Feed corpus run: our parseFeed (through the `feed parse` CLI logic) against rss-parser with
// `{defaultRSS: 2}` on every file of ../shared/corpora/feeds; prints parsed / rejected by kind /
// slowest file for both, and item-count agreement with the real-world `expected/` files.
//   npx tsx bench/feed-corpus.ts [CORPUS_DIR]
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { FeedParseError, parseFeed } from '../feeds/parse.ts';
import { readDocument } from '../feeds/cli.ts';

export const DEFAULT_FEED_CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpora/feeds');

export interface RunStats {
  parsed: number;
  rejected: Record<string, number>;
  slowest: { file: string; ms: number };
  items: Map<string, number>;
}

/** Lists the feed documents of the corpus (everything but expected/, LICENSES/ and the top-level docs). */
export function listFeedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'expected' && name !== 'LICENSES') walk(p);
      } else if (d !== dir) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

/** Expected item counts for the real-world feeds: relative feed path → count. */
export function expectedItemCounts(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of ['real-world/rss-parser', 'real-world/sample-feeds']) {
    const g = join(dir, group);
    if (!existsSync(join(g, 'expected'))) continue;
    for (const feedFile of readdirSync(g)) {
      if (feedFile === 'expected') continue;
      const stem = feedFile.replace(/\.[^.]+$/, '');
      const exp = join(g, 'expected', `${stem}.json`);
      if (!existsSync(exp)) continue;
      const doc = JSON.parse(readFileSync(exp, 'latin1'));
      counts.set(`${group}/${feedFile}`, doc.feed.items.length);
    }
  }
  return counts;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T | Error, number]> {
  const t0 = performance.now();
  try {
    const v = await fn();
    return [v, performance.now() - t0];
  } catch (err) {
    return [err as Error, performance.now() - t0];
  }
}

/** Runs ours and rss-parser over the corpus. */
export async function runFeedCorpus(dir: string): Promise<{ ours: RunStats; rssParser: RunStats; files: string[] }> {
  const files = listFeedFiles(dir);
  const fresh = (): RunStats => ({ parsed: 0, rejected: {}, slowest: { file: '', ms: 0 }, items: new Map() });
  const ours = fresh();
  const theirs = fresh();
  for (const file of files) {
    const rel = relative(dir, file);
    const bytes = await readDocument(file);
    const [r1, ms1] = await timed(() => parseFeed(bytes, { timeoutMs: 2000 }));
    record(ours, rel, r1 instanceof Error ? (r1 instanceof FeedParseError ? r1.kind : 'internal') : r1.items.length, ms1);
    const [r2, ms2] = await timed(() =>
      Promise.race([
        new Parser({ defaultRSS: 2 } as ConstructorParameters<typeof Parser>[0]).parseString(Buffer.from(bytes).toString('utf8')),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]),
    );
    record(theirs, rel, r2 instanceof Error ? (r2.message === 'timeout' ? 'timeout' : r2.name) : (r2.items ?? []).length, ms2);
  }
  return { ours, rssParser: theirs, files };
}

function record(s: RunStats, file: string, result: number | string, ms: number): void {
  if (typeof result === 'number') {
    s.parsed++;
    s.items.set(file, result);
  } else {
    s.rejected[result] = (s.rejected[result] ?? 0) + 1;
  }
  if (ms > s.slowest.ms) s.slowest = { file, ms };
}

function agreement(stats: RunStats, expected: Map<string, number>): string {
  let same = 0;
  const diff: string[] = [];
  for (const [f, n] of expected) {
    const got = stats.items.get(f);
    if (got === n) same++;
    else diff.push(`${f} ${got ?? 'rejected'}≠${n}`);
  }
  return `${same}/${expected.size}${diff.length ? ` (${diff.join('; ')})` : ''}`;
}

if (/(feed-corpus\.ts|run-ts\.mjs)$/.test(process.argv[1] ?? '')) {
  const dir = resolve(process.argv[2] ?? DEFAULT_FEED_CORPUS);
  if (!existsSync(dir)) {
    process.stderr.write(`feed-corpus: ${dir} not found\n`);
    process.exit(1);
  }
  const { ours, rssParser, files } = await runFeedCorpus(dir);
  const expected = expectedItemCounts(dir);
  const line = (name: string, s: RunStats) =>
    `${name.padEnd(22)} parsed ${s.parsed}/${files.length}  rejected ${JSON.stringify(s.rejected)}  slowest ${s.slowest.ms.toFixed(1)} ms ${s.slowest.file}\n` +
    `${''.padEnd(22)} item counts equal to expected/: ${agreement(s, expected)}`;
  process.stdout.write(`${line('brinkwatch parseFeed', ours)}\n${line('rss-parser defaultRSS:2', rssParser)}\n`);
}
