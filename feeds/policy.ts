// Source health policy: the one place that decides when a source is polled next and when it is
// paused (Miniflux `model/feed.go › ScheduleNextCheck`; Media Cloud `fetcher/tasks.py › update_feed`,
// "so all policy can be centralized here"). Pure: the caller passes `now` and a jitter source.
//
// - Success (ok / not-modified): next poll = the largest of the configured interval (default
//   60 min for news, 6 h for official sources), the feed's TTL, Cache-Control max-age, Expires
//   and Retry-After; bounded to [minMinutes, maxMinutes] (default 15 min .. 24 h).
// - Failure: linear backoff, interval × consecutive failures, never sooner than Retry-After, capped
//   at maxMinutes (24 h). Rate-limited and bot-wall outcomes back off the same way.
// - Jitter: up to +10 % of the delay (never below the minimum, never above the maximum) so sources
//   on the same schedule spread out.
// - Paused: after 30 consecutive failures the source is paused until resumed by hand
//   (`brinkwatch sources resume ID`); `nextCheckAt` is still filled for display.

export type SourceKind = 'news' | 'regulator' | 'government' | 'court' | 'legislature' | 'official' | (string & {});
export type OutcomeKind = 'ok' | 'not-modified' | 'hard' | 'soft' | 'rate-limited' | 'bot-wall';

export interface ScheduleInput {
  now: Date;
  kind: SourceKind;
  intervalMinutes?: number | null;
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
}

export interface Schedule {
  nextCheckAt: Date;
  paused: boolean;
}

export const PAUSE_AFTER_FAILURES = 30;
export const NEWS_INTERVAL_MINUTES = 60;
export const OFFICIAL_INTERVAL_MINUTES = 6 * 60;
const JITTER_SHARE = 0.1;

/** Default polling interval for a kind of source: 60 min for news, 6 h for official sources. */
export function defaultIntervalMinutes(kind: SourceKind): number {
  return kind === 'news' ? NEWS_INTERVAL_MINUTES : OFFICIAL_INTERVAL_MINUTES;
}

/** True for outcomes that count as a failure of the source. */
export function isFailure(kind: OutcomeKind): boolean {
  return kind !== 'ok' && kind !== 'not-modified';
}

/** Returns when the source should be polled next and whether it is now paused. */
export function scheduleNextCheck(input: ScheduleInput): Schedule {
  const minMinutes = input.minMinutes ?? 15;
  const maxMinutes = input.maxMinutes ?? 1440;
  const nowMs = input.now.getTime();
  const interval = input.intervalMinutes && input.intervalMinutes > 0 ? input.intervalMinutes : defaultIntervalMinutes(input.kind);
  const retryAfterMinutes = input.retryAfterSeconds != null && input.retryAfterSeconds > 0 ? input.retryAfterSeconds / 60 : 0;

  let minutes: number;
  if (!isFailure(input.outcomeKind)) {
    const expiresMinutes = input.expires ? (input.expires.getTime() - nowMs) / 60_000 : 0;
    minutes = Math.max(
      interval,
      input.ttlMinutes ?? 0,
      input.cacheControlMaxAge != null ? input.cacheControlMaxAge / 60 : 0,
      Number.isFinite(expiresMinutes) ? expiresMinutes : 0,
      retryAfterMinutes,
    );
  } else {
    const failures = Math.max(1, input.consecutiveFailures);
    minutes = Math.max(interval * failures, retryAfterMinutes);
  }
  minutes = Math.min(Math.max(minutes, minMinutes), maxMinutes);
  const j = Math.min(Math.max(input.jitter(), 0), 1);
  minutes = Math.min(minutes + minutes * JITTER_SHARE * j, maxMinutes);
  return {
    nextCheckAt: new Date(nowMs + Math.round(minutes * 60_000)),
    paused: isFailure(input.outcomeKind) && input.consecutiveFailures >= PAUSE_AFTER_FAILURES,
  };
}
