import { describe, expect, it } from 'vitest';
import { scheduleNextCheck, type ScheduleInput } from '../../../feeds/policy.ts';

const now = new Date('2026-06-01T00:00:00Z');
const minutesUntil = (d: Date) => (d.getTime() - now.getTime()) / 60_000;
const base: ScheduleInput = { now, kind: 'news', consecutiveFailures: 0, outcomeKind: 'ok', jitter: () => 0 };

describe('scheduleNextCheck', () => {
  it('uses 60 min for news and 6 h for official sources by default', () => {
    expect(minutesUntil(scheduleNextCheck(base).nextCheckAt)).toBe(60);
    expect(minutesUntil(scheduleNextCheck({ ...base, kind: 'regulator' }).nextCheckAt)).toBe(360);
  });
  it('takes the largest of interval, TTL, max-age, Expires and Retry-After', () => {
    expect(minutesUntil(scheduleNextCheck({ ...base, ttlMinutes: 120 }).nextCheckAt)).toBe(120);
    expect(minutesUntil(scheduleNextCheck({ ...base, cacheControlMaxAge: 3 * 3600 }).nextCheckAt)).toBe(180);
    expect(minutesUntil(scheduleNextCheck({ ...base, expires: new Date(now.getTime() + 5 * 3600_000) }).nextCheckAt)).toBe(300);
    expect(minutesUntil(scheduleNextCheck({ ...base, retryAfterSeconds: 7200, outcomeKind: 'not-modified' }).nextCheckAt)).toBe(120);
  });
  it('bounds the delay to [15 min, 24 h]', () => {
    expect(minutesUntil(scheduleNextCheck({ ...base, intervalMinutes: 1 }).nextCheckAt)).toBe(15);
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
