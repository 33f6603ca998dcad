// Source health and scheduling policy: the one place that decides when a source is polled next and when
// it is paused (Miniflux `model/feed.go › ScheduleNextCheck`, its entry-frequency scheduler; Media Cloud
// `fetcher/tasks.py › update_feed`, "so all policy can be centralized here"). Pure: the caller passes
// `now` and a jitter source.
//
// - Interval (success): how often the feed publishes, as Miniflux's entry-frequency scheduler computes it —
//   a week in minutes / (entries a week × factor) — bounded per kind (default 5–60 min for news, 15 min–6 h
//   for official sources). No dated entry in the last week: the kind's upper bound. A source with a fixed
//   interval in the source list keeps it; one with an active WebSub subscription is polled at the kind's
//   upper bound only (the safety poll behind the push).
// - Never sooner than the feed asks: the largest of that interval, the feed's TTL, Cache-Control max-age,
//   Expires and Retry-After; all within [minMinutes, maxMinutes] (default 5 min .. 24 h).
// - Failure: linear backoff, the kind's upper bound (or the fixed interval) × consecutive failures, never
//   sooner than Retry-After, capped at maxMinutes. Rate-limited and bot-wall outcomes back off the same way.
// - Follow-up: after a poll that found new entries (not the first poll of the source), the next check comes after
//   `followUp.firstMinutes` (default 1), then 2, 4 … minutes while polls find nothing new, back to the interval once
//   the step reaches it. Adaptive sources only (not a fixed interval, not a pushed source), and only while the host
//   keeps `followUp.reserve` requests of its hourly budget after the follow-up.
// - Host budget: at most `host.requestsPerHour` feed requests to the host in any trailing 60 minutes. A check never
//   comes while the window is full (it waits until the window's oldest request leaves it), and a regular check
//   spreads what is left of the budget until then: the wait is at least (oldest request + 1 h − now) / (requests
//   left + 1), so a burst of follow-ups leaves the rest of the hour evenly covered, never a long blind stretch.
//   With the budget unspent this is 60 / budget minutes (5 for the default 12), so it changes nothing then.
// - Jitter: up to +10 % of the delay (never above the maximum) so sources on the same schedule spread out.
// - Paused: after 30 consecutive failures the source is paused until resumed by hand
//   (`brinkwatch sources resume ID`); `nextCheckAt` is still filled for display.

export type SourceKind = 'news' | 'regulator' | 'government' | 'court' | 'legislature' | 'official' | (string & {});
export type OutcomeKind = 'ok' | 'not-modified' | 'hard' | 'soft' | 'rate-limited' | 'bot-wall';

/** The adaptive interval's bounds for one kind of source, minutes. */
export interface IntervalBounds {
  minMinutes: number;
  maxMinutes: number;
}

export interface ScheduleInput {
  now: Date;
  kind: SourceKind;
  /** The operator's fixed interval (source list); null or absent: adaptive. */
  intervalMinutes?: number | null;
  /** How often the feed publishes (entriesPerWeek()); null: not known yet. */
  entriesPerWeek?: number | null;
  /** An active WebSub subscription delivers the feed: poll only as a safety net. */
  pushed?: boolean;
  /** Per-kind bounds of the adaptive interval; defaults: news 5–60 min, official sources 15–360 min. */
  bounds?: { news: IntervalBounds; official: IntervalBounds };
  /** Checks per expected entry (Miniflux's SCHEDULER_ENTRY_FREQUENCY_FACTOR); default 6. */
  entryFrequencyFactor?: number;
  ttlMinutes?: number | null;
  cacheControlMaxAge?: number | null;
  expires?: Date | null;
  retryAfterSeconds?: number | null;
  /** Consecutive failures including this outcome (0 after a success). */
  consecutiveFailures: number;
  outcomeKind: OutcomeKind;
  minMinutes?: number;
  maxMinutes?: number;
  /** Returns a number in [0, 1); pass () => 0 in tests. */
  jitter: () => number;
  /** This poll stored entries not seen before, and it was not the source's first (backfill) poll. */
  newEntries?: boolean;
  /** The follow-up step of the previous check (Schedule.followUpMinutes); null: the source was on its interval. */
  followUpMinutes?: number | null;
  /** Following a feed that has just published; absent or firstMinutes 0: off. */
  followUp?: { firstMinutes: number; reserve: number } | null;
  /** The host's feed requests of the trailing hour, this poll's included, and its hourly budget; absent: no budget. */
  host?: { requestsPerHour: number; recent: readonly Date[] } | null;
}

export interface Schedule {
  nextCheckAt: Date;
  paused: boolean;
  /** The polling interval this outcome chose (before the feed's own cache headers), minutes. */
  intervalMinutes: number;
  /** The follow-up step this check was scheduled with (store it for the next outcome); null: on the interval. */
  followUpMinutes: number | null;
}

export const PAUSE_AFTER_FAILURES = 30;
export const NEWS_BOUNDS: IntervalBounds = { minMinutes: 5, maxMinutes: 60 };
export const OFFICIAL_BOUNDS: IntervalBounds = { minMinutes: 15, maxMinutes: 360 };
export const ENTRY_FREQUENCY_FACTOR = 6;
const JITTER_SHARE = 0.1;
const WEEK_MINUTES = 7 * 24 * 60;
const WEEK_MS = WEEK_MINUTES * 60_000;
const DAY_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

/** The adaptive bounds of a kind of source: news desks, or the slower official sources. */
export function boundsFor(kind: SourceKind, bounds: ScheduleInput['bounds']): IntervalBounds {
  if (kind === 'news') return bounds?.news ?? NEWS_BOUNDS;
  return bounds?.official ?? OFFICIAL_BOUNDS;
}

/** Default polling interval for a kind of source before anything is known: its upper bound (60 min news, 6 h official). */
export function defaultIntervalMinutes(kind: SourceKind): number {
  return boundsFor(kind, undefined).maxMinutes;
}

/** True for outcomes that count as a failure of the source. */
export function isFailure(kind: OutcomeKind): boolean {
  return kind !== 'ok' && kind !== 'not-modified';
}

/**
 * Entries a week, from the publication dates a feed carries: the largest of three readings, so that a feed that
 * starts publishing often is polled more often at once. (1) Dated entries of the last week (Miniflux's weekly
 * count). (2) The last day's entries (two or more) times seven: a desk's busy day, which a week's average hides.
 * (3) When the document holds nothing older than the week, it is a busy feed truncated to its latest items: their
 * count scaled from the span they cover to a week (fifty items over the last day are ~350 a week, not fifty).
 * Undated entries and dates in the future are ignored.
 */
export function entriesPerWeek(published: readonly (Date | null | undefined)[], now: Date): number {
  const nowMs = now.getTime();
  const dated = published.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()) && d.getTime() <= nowMs + 3_600_000);
  const recent = dated.filter((d) => d.getTime() > nowMs - WEEK_MS);
  if (recent.length < 2) return recent.length;
  const lastDay = recent.filter((d) => d.getTime() > nowMs - DAY_MS).length;
  const daily = lastDay >= 2 ? lastDay * 7 : 0;
  const oldest = Math.min(...dated.map((d) => d.getTime()));
  const truncated = oldest > nowMs - WEEK_MS ? (recent.length * WEEK_MS) / Math.max(nowMs - oldest, 3_600_000) : 0;
  return Math.max(recent.length, daily, truncated);
}

/** The adaptive interval: a week / (entries a week × factor), within the bounds; the upper bound when nothing was published. */
export function adaptiveIntervalMinutes(perWeek: number | null | undefined, bounds: IntervalBounds, factor = ENTRY_FREQUENCY_FACTOR): number {
  if (!perWeek || perWeek <= 0) return bounds.maxMinutes;
  const minutes = Math.round(WEEK_MINUTES / (perWeek * Math.max(factor, 0.01)));
  return Math.min(Math.max(minutes, bounds.minMinutes), bounds.maxMinutes);
}

/** The requests of `recent` inside the trailing hour that ends at `at` (ms). */
function inWindow(recent: readonly Date[], atMs: number): number[] {
  return recent.map((d) => d.getTime()).filter((t) => t > atMs - HOUR_MS && t <= atMs).sort((a, b) => a - b);
}

/**
 * The earliest moment at or after `at` when one more request keeps the host within `perHour` requests in any trailing
 * hour: `at` itself while the window has room, else the moment enough of its oldest requests have left it.
 */
export function hostFreeAt(recent: readonly Date[], at: Date, perHour: number): Date {
  const atMs = at.getTime();
  const budget = Math.max(1, Math.floor(perHour));
  // Requests made after `at` (none in practice: the poll passes the past) count against any later moment too.
  const past = recent.map((d) => d.getTime()).filter((t) => t > atMs - HOUR_MS).sort((a, b) => a - b);
  if (past.length < budget) return at;
  // The window ending at T holds the requests in (T − 1 h, T]: leave budget − 1 of them, the newest.
  return new Date(Math.max(atMs, past[past.length - budget]! + HOUR_MS + 1));
}

/** Returns when the source should be polled next, the interval chosen and whether it is now paused. */
export function scheduleNextCheck(input: ScheduleInput): Schedule {
  const minMinutes = input.minMinutes ?? 5;
  const maxMinutes = input.maxMinutes ?? 1440;
  const nowMs = input.now.getTime();
  const bounds = boundsFor(input.kind, input.bounds);
  const fixed = input.intervalMinutes && input.intervalMinutes > 0 ? input.intervalMinutes : null;
  const interval = fixed ?? (input.pushed ? bounds.maxMinutes : adaptiveIntervalMinutes(input.entriesPerWeek, bounds, input.entryFrequencyFactor));
  const retryAfterMinutes = input.retryAfterSeconds != null && input.retryAfterSeconds > 0 ? input.retryAfterSeconds / 60 : 0;
  const failed = isFailure(input.outcomeKind);
  const budget = input.host && input.host.requestsPerHour > 0 ? Math.floor(input.host.requestsPerHour) : null;

  let minutes: number;
  let followUp: number | null = null;
  if (!failed) {
    followUp = followUpStep(input, fixed == null && !input.pushed ? Math.min(Math.max(interval, minMinutes), maxMinutes) : 0, budget);
    const expiresMinutes = input.expires ? (input.expires.getTime() - nowMs) / 60_000 : 0;
    minutes = Math.max(
      followUp ?? interval,
      input.ttlMinutes ?? 0,
      input.cacheControlMaxAge != null ? input.cacheControlMaxAge / 60 : 0,
      Number.isFinite(expiresMinutes) ? expiresMinutes : 0,
      retryAfterMinutes,
    );
  } else {
    const failures = Math.max(1, input.consecutiveFailures);
    minutes = Math.max((fixed ?? bounds.maxMinutes) * failures, retryAfterMinutes);
  }
  // A follow-up may come sooner than the global floor (that is its point); nothing else may.
  minutes = Math.min(Math.max(minutes, followUp != null ? Math.min(minMinutes, followUp) : minMinutes), maxMinutes);
  const j = Math.min(Math.max(input.jitter(), 0), 1);
  minutes = Math.min(minutes + minutes * JITTER_SHARE * j, maxMinutes);
  let nextMs = nowMs + Math.round(minutes * 60_000);

  if (budget != null && input.host) {
    if (followUp == null && !failed) {
      // Spread what is left of the budget until the window's oldest request leaves it.
      const window = inWindow(input.host.recent, nowMs);
      if (window.length > 0) {
        const left = Math.max(0, budget - window.length);
        nextMs = Math.max(nextMs, nowMs + Math.round((window[0]! + HOUR_MS - nowMs) / (left + 1)));
      }
    }
    nextMs = Math.max(nextMs, hostFreeAt(input.host.recent, new Date(nextMs), budget).getTime());
  }
  return {
    nextCheckAt: new Date(nextMs),
    paused: failed && input.consecutiveFailures >= PAUSE_AFTER_FAILURES,
    intervalMinutes: Math.min(Math.max(interval, minMinutes), maxMinutes),
    followUpMinutes: followUp,
  };
}

/**
 * The follow-up step for this check, or null for the regular interval: the first step after new entries, double the
 * previous one while polls find nothing new, null once it reaches `interval` (0: no follow-ups for this source) or
 * when the follow-up would leave the host fewer than `reserve` requests of its budget.
 */
function followUpStep(input: ScheduleInput, interval: number, budget: number | null): number | null {
  const first = input.followUp?.firstMinutes ?? 0;
  if (!(first > 0) || !(interval > 0)) return null;
  const step = input.newEntries ? first : input.followUpMinutes != null && input.followUpMinutes > 0 ? input.followUpMinutes * 2 : null;
  if (step == null || step >= interval) return null;
  if (budget != null && input.host) {
    const atMs = input.now.getTime() + step * 60_000;
    const afterIt = inWindow(input.host.recent, atMs).length + 1;
    if (budget - afterIt < Math.max(0, input.followUp?.reserve ?? 0)) return null;
  }
  return step;
}
