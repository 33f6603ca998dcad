import { describe, expect, it } from 'vitest';
import { adaptiveIntervalMinutes, entriesPerWeek, hostFreeAt, scheduleNextCheck, type ScheduleInput } from '../../../feeds/policy.ts';
import { mulberry32 } from '../../helpers/faults/corpus.ts';

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

describe('following a feed that has just published, within the host budget', () => {
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const budget = { requestsPerHour: 12 };
  const followUp = { firstMinutes: 1, reserve: 3 };
  const busy = 7 * 48; // entries a week: the adaptive interval is the news lower bound, 5 min

  interface Feed {
    /** Publication times, ms. */
    published: number[];
    perWeek?: number;
    extra?: Partial<ScheduleInput>;
  }

  /**
   * Polls feeds that share one host on a fake clock for `hours`, as workers/poll-feed.ts does: a poll whose host has
   * spent its budget is deferred to hostFreeAt; a poll records its request, then asks the policy for the next check
   * with the host's requests of the trailing hour. Returns every request (time, feed) and each feed's delays.
   */
  function run(feeds: Feed[], hours: number, jitter: () => number = () => 0) {
    const start = now.getTime();
    const end = start + hours * HOUR;
    const requests: { t: number; feed: number }[] = [];
    const state = feeds.map(() => ({ next: start, lastPoll: null as number | null, followUp: null as number | null, delays: [] as number[] }));
    for (;;) {
      let i = 0;
      for (let k = 1; k < feeds.length; k++) if (state[k]!.next < state[i]!.next) i = k;
      const st = state[i]!;
      const t = st.next;
      if (t >= end) break;
      const recentBefore = requests.filter((r) => r.t > t - HOUR).map((r) => new Date(r.t));
      const free = hostFreeAt(recentBefore, new Date(t), budget.requestsPerHour).getTime();
      if (free > t) {
        st.next = free;
        continue;
      }
      requests.push({ t, feed: i });
      const feed = feeds[i]!;
      const newEntries = st.lastPoll != null && feed.published.some((p) => p > st.lastPoll! && p <= t);
      const s = scheduleNextCheck({
        ...base,
        now: new Date(t),
        entriesPerWeek: feed.perWeek ?? busy,
        newEntries,
        followUpMinutes: st.followUp,
        followUp,
        host: { ...budget, recent: requests.filter((r) => r.t > t - HOUR).map((r) => new Date(r.t)) },
        jitter,
        ...feed.extra,
      });
      st.delays.push((s.nextCheckAt.getTime() - t) / MIN);
      st.followUp = s.followUpMinutes;
      st.lastPoll = t;
      st.next = s.nextCheckAt.getTime();
    }
    return { requests, delays: state.map((s) => s.delays) };
  }
  /** The largest number of requests in any trailing hour (the windows that end at a request are the fullest). */
  const maxPerHour = (times: number[]) => Math.max(0, ...times.map((t) => times.filter((u) => u > t - HOUR && u <= t).length));
  const at = (minutes: number) => now.getTime() + minutes * MIN;

  it('a burst gets 1-minute follow-ups, then 2 and 4, then the adaptive interval', () => {
    const delays = run([{ published: [at(7)] }], 1).delays[0]!;
    // 0: first poll (backlog) → 5; 5: nothing new → 5; 10 finds the entry → 1, 2, 4; then 5-minute polls again,
    // stretched while the follow-ups' requests are in the window (what is left of the budget is spread evenly).
    expect(delays.slice(0, 5)).toEqual([5, 5, 1, 2, 4]);
    expect(delays[5]).toBeCloseTo(43 / 7, 3);
  });
  it('each new entry found during the follow-ups starts them again', () => {
    const delays = run([{ published: [at(7), at(11.5), at(12.5)] }], 0.5).delays[0]!;
    // polls at 0, 5, 10 (new) → 11 (nothing) → 13 (new) → 14 (nothing) → 16 → 20, then the 4 requests left of the
    // hour's 12 spread over the 40 minutes until the first leaves the window: every 8 minutes.
    expect(delays).toEqual([5, 5, 1, 2, 1, 2, 4, 8, 8]);
  });
  it('the first poll of a source (its backlog) does not start a burst', () => {
    const s = scheduleNextCheck({ ...base, entriesPerWeek: busy, newEntries: false, followUp, host: { ...budget, recent: [now] } });
    expect(minutesUntil(s.nextCheckAt)).toBe(5);
    expect(s.followUpMinutes).toBeNull();
    // The poll says so (newEntries is false on a source's first successful poll): the same with a backlog of 50.
    expect(run([{ published: Array.from({ length: 50 }, (_, i) => at(-i * 20)) }], 0.25).delays[0]).toEqual([5, 5, 5]);
  });
  it('a quiet feed decays to its adaptive interval', () => {
    const quiet = run([{ published: [at(30)], perWeek: 7 }], 4).delays[0]!;
    // 60-minute polls; the one that finds the entry is followed at 1, 2, 4, 8, 16, 32 minutes, then 60 again.
    expect(quiet).toEqual([60, 1, 2, 4, 8, 16, 32, 60, 60]);
    const busyFeed = run([{ published: [at(7)] }], 3).delays[0]!;
    expect(busyFeed.slice(-6)).toEqual([5, 5, 5, 5, 5, 5]);
  });
  it('never sooner than Retry-After, max-age, TTL or Expires, even right after new entries', () => {
    const follow = (extra: Partial<ScheduleInput>) =>
      minutesUntil(scheduleNextCheck({ ...base, entriesPerWeek: busy, newEntries: true, followUp, host: { ...budget, recent: [now] }, ...extra }).nextCheckAt);
    expect(follow({})).toBe(1);
    expect(follow({ cacheControlMaxAge: 60 })).toBe(1);
    expect(follow({ cacheControlMaxAge: 180 })).toBe(3);
    expect(follow({ retryAfterSeconds: 600 })).toBe(10);
    expect(follow({ ttlMinutes: 15 })).toBe(15);
    expect(follow({ expires: new Date(now.getTime() + 2.5 * MIN) })).toBe(2.5);
    // Over a run, a feed that says max-age=180 is followed every 3 minutes at the soonest.
    const capped = run([{ published: [at(7), at(9), at(12)], extra: { cacheControlMaxAge: 180 } }], 0.5).delays[0]!;
    expect(Math.min(...capped)).toBe(3);
  });
  it('no follow-ups for a pushed source, a fixed interval, or when turned off; errors back off as before', () => {
    const s = (extra: Partial<ScheduleInput>) => scheduleNextCheck({ ...base, entriesPerWeek: busy, newEntries: true, followUp, host: { ...budget, recent: [now] }, ...extra });
    expect(minutesUntil(s({ pushed: true }).nextCheckAt)).toBe(60);
    expect(minutesUntil(s({ intervalMinutes: 30 }).nextCheckAt)).toBe(30);
    expect(minutesUntil(s({ followUp: { firstMinutes: 0, reserve: 3 } }).nextCheckAt)).toBe(5);
    const failed = s({ outcomeKind: 'soft', consecutiveFailures: 1, followUpMinutes: 2 });
    expect(minutesUntil(failed.nextCheckAt)).toBe(60);
    expect(failed.followUpMinutes).toBeNull();
  });
  it('waits until the oldest request leaves the window when the budget is spent, and keeps the reserve', () => {
    // 12 requests in the last hour, the oldest 50 minutes ago: nothing before it leaves the window.
    const full = Array.from({ length: 12 }, (_, i) => new Date(now.getTime() - (50 - i * 4) * MIN));
    expect(minutesUntil(hostFreeAt(full, now, 12))).toBeCloseTo(10, 3);
    const s = scheduleNextCheck({ ...base, entriesPerWeek: busy, newEntries: true, followUp, host: { ...budget, recent: full } });
    expect(s.followUpMinutes).toBeNull();
    expect(minutesUntil(s.nextCheckAt)).toBeCloseTo(10, 3);
    // 9 requests of 12 used: a follow-up would leave 2 (< reserve 3), so the source stays on its interval.
    const nine = full.slice(3);
    expect(scheduleNextCheck({ ...base, entriesPerWeek: busy, newEntries: true, followUp, host: { ...budget, recent: nine } }).followUpMinutes).toBeNull();
    expect(scheduleNextCheck({ ...base, entriesPerWeek: busy, newEntries: true, followUp, host: { ...budget, recent: full.slice(4) } }).followUpMinutes).toBe(1);
  });
  it('over a simulated day of random bursts, no trailing hour holds more than the budget, and no long blind stretch', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const rand = mulberry32(seed);
      // Bursts of 1–6 entries 0.5–4.5 minutes apart, every 12–60 minutes, on two feeds of one host.
      const feeds: Feed[] = [0, 1].map(() => {
        const published: number[] = [];
        let t = now.getTime() + rand() * HOUR;
        while (t < now.getTime() + 24 * HOUR) {
          const n = 1 + Math.floor(rand() * 6);
          for (let k = 0; k < n; k++) published.push(t + k * (0.5 + rand() * 4) * MIN);
          t += (12 + rand() * 48) * MIN;
        }
        return { published };
      });
      // A desk whose adaptive interval is 10 minutes (an entry an hour on average) leaves room for follow-ups.
      const desk: Feed = { ...feeds[0]!, perWeek: 7 * 24 };
      const one = run([desk], 24, rand);
      const times = one.requests.map((r) => r.t);
      expect(maxPerHour(times), `seed ${seed}`).toBeLessThanOrEqual(12);
      // It followed its bursts …
      expect(one.delays[0]!.filter((d) => d < 1.2).length, `seed ${seed}`).toBeGreaterThan(20);
      // … and was never left blind for most of an hour: the reserve is spread over the rest of the window.
      const gaps = times.slice(1).map((t, k) => (t - times[k]!) / MIN);
      expect(Math.max(...gaps), `seed ${seed}`).toBeLessThanOrEqual(20);
      // A desk at the lower bound (5 minutes, 12 an hour) spends the budget on its interval: the cap still holds.
      const busyDesk = run([feeds[0]!], 24, rand).requests.map((r) => r.t);
      expect(maxPerHour(busyDesk), `seed ${seed} (busy)`).toBeLessThanOrEqual(12);
      // Two sources on one host share its budget (the poll defers one whose host has spent it).
      const two = run(feeds.map((f) => ({ ...f, perWeek: 7 * 24 })), 24, rand);
      expect(maxPerHour(two.requests.map((r) => r.t)), `seed ${seed} (two feeds)`).toBeLessThanOrEqual(12);
      expect(new Set(two.requests.map((r) => r.feed)).size).toBe(2);
    }
  });
});
