// Walks ../shared/corpora/feeds (when present) through the `feed parse` CLI logic: every file is
// parsed or rejected with a classified error, none takes over 2 s, and the real-world feeds keep
// the item counts of their expected/ files.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { runFeedParseCli } from '../../../feeds/cli.ts';
import { expectedItemCounts, listFeedFiles } from '../../../bench/feed-corpus.ts';

const corpus = resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/corpora/feeds');
const present = existsSync(corpus);
if (!present) console.warn(`feed corpus test skipped: ${corpus} not found`);

const KINDS = new Set(['not_a_feed', 'malformed_xml', 'malformed_json', 'empty', 'too_large', 'encoding', 'timeout', 'io', 'bad_gzip']);

describe.skipIf(!present)('feed corpus (../shared/corpora/feeds)', () => {
  it('parses or classifies every file within 2 s each, with expected item counts', { timeout: 120_000 }, async () => {
    const files = listFeedFiles(corpus);
    expect(files.length).toBeGreaterThan(100);
    const lines: Record<string, { ok: boolean; items?: number; error?: { kind: string } }> = {};
    let slowest = 0;
    for (const file of files) {
      let out = '';
      const sink = new Writable({
        write(chunk, _enc, cb) {
          out += chunk;
          cb();
        },
      });
      const t0 = performance.now();
      await runFeedParseCli([file], sink);
      slowest = Math.max(slowest, performance.now() - t0);
      const parsed = JSON.parse(out.trim());
      lines[relative(corpus, file)] = parsed;
      if (!parsed.ok) expect(KINDS, `${file}: ${parsed.error.kind}`).toContain(parsed.error.kind);
    }
    expect(slowest).toBeLessThan(2000);
    const expected = expectedItemCounts(corpus);
    expect(expected.size).toBeGreaterThan(0);
    for (const [file, count] of expected) expect({ file, items: lines[file]?.items }).toEqual({ file, items: count });
  });
});
