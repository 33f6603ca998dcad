import { describe, expect, it } from 'vitest';
import { adaptiveIntervalMinutes, entriesPerWeek, scheduleNextCheck, type ScheduleInput } from '../../../feeds/policy.ts';

const now = new Date('2026-06-01T00:00:00Z');
const minutesUntil = (d: Date) => (d.getTime() - now.getTime()) / 60_000;
const base: ScheduleInput = { now, kind: 'news', consecutiveFailures: 0, outcomeKind: 'ok', jitter: () => 0 };

describe('scheduleNextCheck', () => {
  it('uses 60 min for news and 6 h for official sources before anything is known', () => {
    expect(minutesUntil(scheduleNextCheck(base).nextCheckAt)).toBe(60);
    expect(minutesUntil(scheduleNextCheck({ ...base, kind: 'regulator' }).nextCheckAt)).toBe(360);
  });
  it('takes the largest of interval, TTL, max-age, Expires and Retry-After', () => {
    expect(minutesUntil(scheduleNextCheck({ ...base, ttlMinutes: 120 }).nextCheckAt)).toBe(120);
    expect(minutesUntil(scheduleNextCheck({ ...base, cacheControlMaxAge: 3 * 3600 }).nextCheckAt)).toBe(180);
    expect(minutesUntil(scheduleNextCheck({ ...base, expires: new Date(now.getTime() + 5 * 3600_000) }).nextCheckAt)).toBe(300);
    expect(minutesUntil(scheduleNextCheck({ ...base, retryAfterSeconds: 7200, outcomeKind: 'not-modified' }).nextCheckAt)).toBe(120);
  });
  it('bounds the delay to [POLL_MIN_MINUTES, 24 h]', () => {
    expect(minutesUntil(scheduleNextCheck({ ...base, intervalMinutes: 1 }).nextCheckAt)).toBe(5);
    expect(minutesUntil(scheduleNextCheck({ ...base, intervalMinutes: 1, minMinutes: 1 }).nextCheckAt)).toBe(1);
    expect(minutesUntil(scheduleNextCheck({ ...base, ttlMinutes: 10_000 }).nextCheckAt)).toBe(1440);
  });
  it('adds jitter of at most 10 % and never beyond the maximum', () => {
    expect(minutesUntil(scheduleNextCheck({ ...base, jitter: () => 0.5 }).nextCheckAt)).toBe(63);
    expect(minutesUntil(scheduleNextCheck({ ...base, ttlMinutes: 1440, jitter: () => 0.99 }).nextCheckAt)).toBe(1440);
  });
  it('backs off linearly on failures, honours Retry-After, caps at 24 h', () => {
    const fail = (n: number, extra: Partial<ScheduleInput> = {}) => scheduleNextCheck({ ...base, outcomeKind: 'soft', consecutiveFailures: n, ...extra });
    expect(minutesUntil(fail(1).nextCheckAt)).toBe(60);
    expect(minutesUntil(fail(3).nextCheckAt)).toBe(180);
    expect(minutesUntil(fail(100).nextCheckAt)).toBe(1440);
    expect(minutesUntil(fail(1, { outcomeKind: 'rate-limited', retryAfterSeconds: 4 * 3600 }).nextCheckAt)).toBe(240);
  });
  it('pauses after 30 consecutive failures, not before, and never on success', () => {
    expect(scheduleNextCheck({ ...base, outcomeKind: 'hard', consecutiveFailures: 29 }).paused).toBe(false);
    expect(scheduleNextCheck({ ...base, outcomeKind: 'hard', consecutiveFailures: 30 }).paused).toBe(true);
    expect(scheduleNextCheck({ ...base, outcomeKind: 'ok', consecutiveFailures: 0 }).paused).toBe(false);
  });
});

describe('entriesPerWeek', () => {
  const ago = (h: number) => new Date(now.getTime() - h * 3_600_000);
  it('counts the last week when the feed reaches further back (Miniflux)', () => {
    expect(entriesPerWeek([ago(1), ago(30), ago(100), ago(200), ago(400)], now)).toBe(3);
  });
  it('scales a truncated busy feed from the span it covers to a week', () => {
    const halfHourly = Array.from({ length: 48 }, (_, i) => ago(0.5 * (i + 1)));
    expect(entriesPerWeek(halfHourly, now)).toBeCloseTo(48 * 7, 0);
  });
  it('reads a busy last day as such even when the feed also holds old entries', () => {
    const halfHourly = Array.from({ length: 48 }, (_, i) => ago(0.5 * i + 0.25));
    expect(entriesPerWeek([...halfHourly, ago(300), ago(400)], now)).toBe(48 * 7);
    // One entry today in a quiet feed is no burst.
    expect(entriesPerWeek([ago(2), ago(100), ago(400)], now)).toBe(2);
  });
  it('ignores undated entries and dates in the future; one or none stays a plain count', () => {
    expect(entriesPerWeek([null, undefined, new Date(now.getTime() + 86_400_000)], now)).toBe(0);
    expect(entriesPerWeek([ago(2), null], now)).toBe(1);
  });
});

describe('adaptive schedule on a fake clock', () => {
  const news = { minMinutes: 5, maxMinutes: 60 };
  /**
   * Runs a poller against a feed that publishes every `gapMinutes` (a document holding its last 50 entries), for
   * `hours`, answering each poll with the feed's own cache headers; returns the intervals it chose.
   */
  function simulate(kind: string, gapMinutes: number, hours: number, headers: Partial<ScheduleInput> = {}) {
    let t = now.getTime();
    const end = t + hours * 3_600_000;
    const intervals: number[] = [];
    while (t < end) {
      const clock = new Date(t);
      const published = Array.from({ length: 50 }, (_, i) => new Date(t - (t % (gapMinutes * 60_000)) - i * gapMinutes * 60_000));
      const s = scheduleNextCheck({ ...base, kind, now: clock, entriesPerWeek: entriesPerWeek(published, clock), ...headers });
      intervals.push((s.nextCheckAt.getTime() - t) / 60_000);
      t = s.nextCheckAt.getTime();
    }
    return intervals;
  }
  it('a busy news feed (an entry every 20 min) converges to the lower bound', () => {
    const iv = simulate('news', 20, 6);
    expect(iv.slice(-5)).toEqual([5, 5, 5, 5, 5]);
    expect(iv.length).toBeGreaterThanOrEqual(70);
  });
  it('a quiet official source (one notice every two days) converges to its upper bound', () => {
    expect(simulate('regulator', 48 * 60, 48).slice(-3)).toEqual([360, 360, 360]);
    expect(simulate('news', 48 * 60, 24).slice(-3)).toEqual([60, 60, 60]);
  });
  it('a feed that starts publishing often is polled more often, within its bounds', () => {
    expect(adaptiveIntervalMinutes(7, news)).toBe(60);
    expect(adaptiveIntervalMinutes(7 * 24, news)).toBe(10);
    expect(adaptiveIntervalMinutes(7 * 48, news)).toBe(5);
    expect(adaptiveIntervalMinutes(7 * 1000, news)).toBe(5);
  });
  it('honours Retry-After and Cache-Control over the adaptive interval', () => {
    expect(simulate('news', 20, 2, { retryAfterSeconds: 1800, outcomeKind: 'not-modified' })).toEqual([30, 30, 30, 30]);
    expect(simulate('news', 20, 1, { cacheControlMaxAge: 60 }).slice(-1)).toEqual([5]);
    expect(simulate('news', 20, 1, { cacheControlMaxAge: 900 })).toEqual([15, 15, 15, 15]);
  });
  it('a source with a WebSub subscription is polled at its upper bound only; a fixed interval stays fixed', () => {
    expect(simulate('news', 20, 3, { pushed: true })).toEqual([60, 60, 60]);
    expect(simulate('news', 20, 1, { intervalMinutes: 30 })).toEqual([30, 30]);
  });
  it('backs off from the kind\'s upper bound on failure, as before', () => {
    const fail = scheduleNextCheck({ ...base, entriesPerWeek: 7 * 48, outcomeKind: 'soft', consecutiveFailures: 2 });
    expect(minutesUntil(fail.nextCheckAt)).toBe(120);
  });
});
