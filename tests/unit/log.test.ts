/** throttled(): a repeated error is logged at once, then at most once per interval with the count left out meanwhile. */
import { describe, expect, it } from 'vitest';
import { throttled } from '../../log.ts';

describe('throttled log', () => {
  it('logs the first at once, then one per interval with how many were suppressed', () => {
    let t = 1_000;
    const lines: Record<string, unknown>[] = [];
    const log = throttled((f) => lines.push(f), 10_000, () => t);
    log({ n: 1 });
    for (let i = 2; i <= 50; i++) {
      t += 100; // 49 more within 4.9 s
      log({ n: i });
    }
    expect(lines).toEqual([{ n: 1 }]);
    t = 11_000; // 10 s after the first
    log({ n: 51 });
    expect(lines).toEqual([{ n: 1 }, { n: 51, suppressed: 49 }]);
    t += 30_000; // a quiet spell: the next one comes at once, with nothing suppressed
    log({ n: 52 });
    expect(lines.at(-1)).toEqual({ n: 52 });
  });
});
