/** The response cache's admission: resource pages are kept at once, event searches only when asked for again. */
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../../api/cache.ts';

const entry = (bytes: number) => ({ body: Buffer.alloc(bytes, 120), headers: { 'content-type': 'application/json' }, tags: ['events'], gens: [0] });

describe('ResponseCache admission', () => {
  it('event searches enter on their second request, other pages at once', () => {
    expect(ResponseCache.planFor('/events?actor=A&since=2025-01-01')?.admission).toBe('on-repeat');
    expect(ResponseCache.planFor('/disputes/12/timeline')?.admission).toBe('at-once');
    expect(ResponseCache.planFor('/disputes?sort=escalation')?.admission).toBe('at-once');
    expect(ResponseCache.planFor('/admin/queues')).toBeNull();
  });

  it('keeps an at-once answer immediately and an on-repeat one on its second request', () => {
    const cache = new ResponseCache(8 * 1024 * 1024);
    cache.listening = true;
    expect(cache.set('/disputes\n', entry(30_000), 'at-once')).toBe(true);
    expect(cache.get('/disputes\n')).toBeDefined();

    const key = '/events?actor=A&since=2025-01-01\n';
    expect(cache.set(key, entry(40_000), 'on-repeat')).toBe(false);
    expect(cache.get(key)).toBeUndefined();
    expect(cache.set(key, entry(40_000), 'on-repeat')).toBe(true);
    expect(cache.get(key)?.body.length).toBe(40_000);
    // Another one-off search is not let in by the first one's mark.
    expect(cache.set('/events?actor=B&since=2024-02-02\n', entry(40_000), 'on-repeat')).toBe(false);
  });

  it('forgets marks as the filter fills, so a search asked for long ago is a one-off again', () => {
    const cache = new ResponseCache(8 * 1024 * 1024);
    cache.listening = true;
    expect(cache.set('/events?old\n', entry(4_000), 'on-repeat')).toBe(false);
    // After 2^18 newly marked keys the filter is emptied (a few more keys here, as some collide and mark nothing).
    for (let i = 0; i < (1 << 18) + 20_000; i++) cache.set(`/events?q=${i}\n`, entry(100), 'on-repeat');
    expect(cache.set('/events?old\n', entry(4_000), 'on-repeat')).toBe(false);
    expect(cache.set('/events?old\n', entry(4_000), 'on-repeat')).toBe(true);
  });
});
