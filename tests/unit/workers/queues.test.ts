import { describe, expect, it } from 'vitest';
import { QUEUE_SCHEMAS, jobIdFor } from '../../../workers/queues.ts';
import { fetchJobs } from '../../../workers/poll-feed.ts';

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
  it('name a batch by its first and last article and its size', () => {
    expect(jobIdFor({ queue: 'fetch-article', payload: { articleIds: [7, 8, 9] } }, now)).toBe('fetch-7-9-3');
    expect(jobIdFor({ queue: 'update-disputes', payload: { articleIds: [7, 9] } }, now)).toBe('disputes-7-9-2');
    expect(jobIdFor({ queue: 'fetch-article', payload: { articleIds: [7, 8, 9] } }, now)).not.toBe(jobIdFor({ queue: 'fetch-article', payload: { articleIds: [7, 9] } }, now));
  });
  it('poll ids change with the minute window only', () => {
    const a = jobIdFor({ queue: 'poll-feed', payload: { sourceId: 's' } }, now);
    expect(jobIdFor({ queue: 'poll-feed', payload: { sourceId: 's' } }, new Date(now.getTime() + 20_000))).toBe(a);
    expect(jobIdFor({ queue: 'poll-feed', payload: { sourceId: 's' } }, new Date(now.getTime() + 40_000))).not.toBe(a);
  });
  it('a scheduled check is named by its source and time, whoever enqueues it and whenever', () => {
    const due = jobIdFor({ queue: 'poll-feed', payload: { sourceId: 'desk.one', dueAt: 1_796_000_000_000 } }, now);
    expect(due).toBe('poll-desk_one-due-1796000000000');
    expect(jobIdFor({ queue: 'poll-feed', payload: { sourceId: 'desk.one', dueAt: 1_796_000_000_000 } }, new Date(now.getTime() + 3_600_000))).toBe(due);
  });
});

describe('fetch batches of a poll', () => {
  it('cut the pending articles, in id order, into batches of the configured size; one article alone keeps its own payload', () => {
    expect(fetchJobs([5, 3, 4, 1, 2], 2).map((j) => j.payload)).toEqual([{ articleIds: [1, 2] }, { articleIds: [3, 4] }, { articleId: 5 }]);
    expect(fetchJobs([9], 10)).toEqual([{ queue: 'fetch-article', payload: { articleId: 9 } }]);
    expect(fetchJobs([], 10)).toEqual([]);
    // The same articles make the same jobs, whatever order the database listed them in.
    const ids = (list: number[]) => fetchJobs(list, 3).map((j) => jobIdFor(j, new Date()));
    expect(ids([4, 1, 3, 2])).toEqual(ids([1, 2, 3, 4]));
  });
  it('are payloads their queue accepts, and nothing else is', () => {
    for (const job of fetchJobs([1, 2, 3], 2)) expect(QUEUE_SCHEMAS['fetch-article'].safeParse(job.payload).success).toBe(true);
    expect(QUEUE_SCHEMAS['fetch-article'].safeParse({ articleIds: [] }).success).toBe(false);
    expect(QUEUE_SCHEMAS['fetch-article'].safeParse({}).success).toBe(false);
    expect(QUEUE_SCHEMAS['update-disputes'].safeParse({ articleIds: [1, 2] }).success).toBe(true);
    expect(QUEUE_SCHEMAS['update-disputes'].safeParse({ articleIds: [0] }).success).toBe(false);
  });
});
