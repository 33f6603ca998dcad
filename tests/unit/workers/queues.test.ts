import { describe, expect, it } from 'vitest';
import { jobIdFor } from '../../../workers/queues.ts';
import { pollOffsetMs } from '../../../workers/bullmq.ts';

describe('job ids', () => {
  const now = new Date('2026-11-26T10:00:30Z');
  it('are deterministic, contain no colon and are never all digits', () => {
    const ids = [
      jobIdFor({ queue: 'poll-feed', payload: { sourceId: 'bbc:world' } }, now),
      jobIdFor({ queue: 'fetch-article', payload: { articleId: 12 } }, now),
      jobIdFor({ queue: 'extract-article', payload: { articleId: 12 } }, now),
      jobIdFor({ queue: 'update-disputes', payload: { articleId: 12 } }, now),
    ];
    for (const id of ids) {
      expect(id).not.toContain(':');
      expect(id).not.toMatch(/^\d+$/);
    }
    expect(jobIdFor({ queue: 'fetch-article', payload: { articleId: 12 } }, new Date())).toBe('fetch-12');
  });
  it('poll ids change with the minute window only', () => {
    const a = jobIdFor({ queue: 'poll-feed', payload: { sourceId: 's' } }, now);
    expect(jobIdFor({ queue: 'poll-feed', payload: { sourceId: 's' } }, new Date(now.getTime() + 20_000))).toBe(a);
    expect(jobIdFor({ queue: 'poll-feed', payload: { sourceId: 's' } }, new Date(now.getTime() + 40_000))).not.toBe(a);
  });
  it('spreads sources over their interval by a stable hash', () => {
    const every = 3_600_000;
    expect(pollOffsetMs('bbc-world', every)).toBe(pollOffsetMs('bbc-world', every));
    expect(pollOffsetMs('bbc-world', every)).not.toBe(pollOffsetMs('bbc-technology', every));
    expect(pollOffsetMs('x', every)).toBeLessThan(every);
  });
});
