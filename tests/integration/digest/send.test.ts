import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../../db/client.ts';
import { digests } from '../../../db/schema.ts';
import { getDigest } from '../../../db/queries/digests.ts';
import { createMailTransport } from '../../../digest/mail.ts';
import { CLAIM_STALE_MS, dueDigests, runDigestTick, sendDigest } from '../../../digest/send.ts';
import { previewDigest } from '../../../digest/preview.ts';
import { verifyToken } from '../../../digest/tokens.ts';
import { openTestDb, resetDb, seedDisputes, seedSubscription, startSmtpSink, testCtx, type Clock, type Seeded, type SmtpSink } from './helpers.ts';

let handle: DbHandle;
let smtp: SmtpSink;
let seeded: Seeded;
const clock: Clock = { now: new Date('2026-11-21T07:30:00Z') };

beforeAll(async () => {
  smtp = await startSmtpSink();
  handle = await openTestDb();
});
afterAll(async () => {
  await smtp.close();
  await handle.close();
});
beforeEach(async () => {
  await resetDb(handle.db);
  seeded = await seedDisputes(handle.db);
  smtp.messages.length = 0;
  smtp.raw.length = 0;
  clock.now = new Date('2026-11-21T07:30:00Z');
});

const ctxFor = () => testCtx(handle.db, clock, { SMTP_URL: smtp.url });
const transportFor = () => createMailTransport(ctxFor().config);

describe('sendDigest', () => {
  it('sends one multipart/alternative digest (text first, HTML last) with RFC 8058 headers and records it', async () => {
    const sub = await seedSubscription(handle.db, { email: 'analyst@example.org' });
    const outcome = await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, transportFor());
    expect(outcome).toBe('sent');
    expect(smtp.messages).toHaveLength(1);
    const m = smtp.messages[0]!;
    expect(m.subject).toBe('Brinkwatch digest for 2026-11-20: 1 escalated, 2 events');
    expect(m.messageId).toBe(`<digest-${sub.id}-2026-11-20@brinkwatch.example>`);
    const raw = smtp.raw[0]!;
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const lu = /^List-Unsubscribe:\s+<(https:\/\/brinkwatch\.example\/unsubscribe\?token=[^>]+)>/m.exec(raw);
    expect(lu).not.toBeNull();
    const token = new URL(lu![1]!).searchParams.get('token')!;
    expect(verifyToken('test-digest-secret', token, 'unsubscribe', clock.now)).toBe(sub.id);
    // multipart/alternative: text/plain before text/html.
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(raw.search(/Content-Type: text\/plain/i)).toBeLessThan(raw.search(/Content-Type: text\/html/i));
    expect(m.text).toContain('DISPUTES THAT ESCALATED');
    expect(m.text).toContain('rose from accusation to legal action on 20 Nov 2026');
    expect(m.text).toContain('DENIALS');
    expect(m.text).toContain("Alibaba denied Anthropic's accusation of 18 Nov 2026");
    expect(m.text).toContain('https://tech.example/a4');
    expect(m.html).toContain('href="https://wire.example/a3"');
    const row = await getDigest(handle.db, sub.id, '2026-11-20');
    expect(row).toMatchObject({ status: 'sent', messageId: m.messageId });
  });

  it('sends exactly once when the job runs again', async () => {
    const sub = await seedSubscription(handle.db, { email: 'once@example.org' });
    const t = transportFor();
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).toBe('sent');
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).toBe('already-sent');
    expect(smtp.messages).toHaveLength(1);
  });

  it('refuses a day that is not closed in the subscriber time zone', async () => {
    // 2026-11-20 ends at 2026-11-21T08:00Z in Los Angeles (UTC−8).
    const sub = await seedSubscription(handle.db, { email: 'la@example.org', timeZone: 'America/Los_Angeles' });
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, transportFor())).toBe('not-closed');
    expect(smtp.messages).toHaveLength(0);
  });

  it('crash after sending and before recording: the digest is never sent again (at-most-once)', async () => {
    const sub = await seedSubscription(handle.db, { email: 'crash1@example.org' });
    const t = transportFor();
    await expect(
      sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t, {
        afterSend: () => {
          throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    expect(smtp.messages).toHaveLength(1);
    expect((await getDigest(handle.db, sub.id, '2026-11-20'))?.status).toBe('sending');
    // The job retries at once, and again much later: neither sends.
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).toBe('possibly-sent');
    clock.now = new Date(clock.now.getTime() + 2 * CLAIM_STALE_MS);
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).toBe('possibly-sent');
    expect(await dueDigests(handle.db, clock.now)).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
  });

  it('crash after claiming and before sending: a later tick takes the stale claim over and sends once', async () => {
    const sub = await seedSubscription(handle.db, { email: 'crash2@example.org' });
    const t = transportFor();
    await expect(
      sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t, {
        afterClaim: () => {
          throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    expect(smtp.messages).toHaveLength(0);
    // While the claim is fresh, another worker keeps off it.
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).toBe('in-progress');
    expect(await dueDigests(handle.db, clock.now)).toEqual([]);
    clock.now = new Date(clock.now.getTime() + CLAIM_STALE_MS + 60_000);
    expect(await dueDigests(handle.db, clock.now)).toEqual([{ subscriptionId: sub.id, day: '2026-11-20' }]);
    const summary = await runDigestTick(ctxFor(), t, clock.now);
    expect(summary.outcomes).toEqual({ sent: 1 });
    expect(smtp.messages).toHaveLength(1);
    expect(await runDigestTick(ctxFor(), t, clock.now)).toEqual({ due: 0, outcomes: {} });
  });

  it('releases the claim when the SMTP server refuses the message, so a retry sends it', async () => {
    const sub = await seedSubscription(handle.db, { email: 'retry@example.org' });
    const t = transportFor();
    smtp.rejectNext(451);
    await expect(sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).rejects.toThrow('digest: send failed');
    expect(await getDigest(handle.db, sub.id, '2026-11-20')).toBeUndefined();
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-20' }, t)).toBe('sent');
    expect(smtp.messages).toHaveLength(1);
  });

  it('sends nothing for a day with nothing to report unless the subscriber asked for empty digests', async () => {
    const quiet = await seedSubscription(handle.db, { email: 'quiet@example.org' });
    const always = await seedSubscription(handle.db, { email: 'always@example.org', sendEmpty: true });
    const t = transportFor();
    clock.now = new Date('2026-11-23T08:00:00Z');
    expect(await sendDigest(ctxFor(), { subscriptionId: quiet.id, day: '2026-11-22' }, t)).toBe('empty');
    expect(await sendDigest(ctxFor(), { subscriptionId: always.id, day: '2026-11-22' }, t)).toBe('sent');
    expect(smtp.messages.map((m) => m.to && 'text' in m.to ? m.to.text : '')).toEqual(['always@example.org']);
    expect(smtp.messages[0]!.subject).toBe('Brinkwatch digest for 2026-11-22: nothing new');
    expect((await getDigest(handle.db, quiet.id, '2026-11-22'))?.status).toBe('empty');
  });

  it('applies the subscription filters', async () => {
    const sub = await seedSubscription(handle.db, { email: 'exports@example.org', filters: { issues: ['export'] } });
    clock.now = new Date('2026-11-20T07:30:00Z');
    expect(await sendDigest(ctxFor(), { subscriptionId: sub.id, day: '2026-11-19' }, transportFor())).toBe('sent');
    expect(smtp.messages[0]!.text).toContain('The United States restricted exports');
    expect(smtp.messages[0]!.text).not.toContain('Anthropic');
    const filtered = await seedSubscription(handle.db, { email: 'nothing@example.org', filters: { actors: ['Anthropic'] } });
    expect(await sendDigest(ctxFor(), { subscriptionId: filtered.id, day: '2026-11-19' }, transportFor())).toBe('empty');
  });

  it('skips unconfirmed and unsubscribed subscriptions', async () => {
    const pending = await seedSubscription(handle.db, { email: 'pending@example.org', confirmedAt: null });
    const gone = await seedSubscription(handle.db, { email: 'gone@example.org', unsubscribedAt: new Date('2026-11-10T00:00:00Z') });
    for (const s of [pending, gone]) expect(await sendDigest(ctxFor(), { subscriptionId: s.id, day: '2026-11-20' }, transportFor())).toBe('inactive');
    expect(await dueDigests(handle.db, clock.now)).toEqual([]);
  });
});

describe('dueDigests', () => {
  it('returns the previous local day once the local send time has passed, per time zone', async () => {
    const london = await seedSubscription(handle.db, { email: 'london@example.org', timeZone: 'Europe/London', sendAt: '07:00' });
    const tokyo = await seedSubscription(handle.db, { email: 'tokyo@example.org', timeZone: 'Asia/Tokyo', sendAt: '07:00' });
    const ny = await seedSubscription(handle.db, { email: 'ny@example.org', timeZone: 'America/New_York', sendAt: '06:30' });
    // 06:59 in London (UTC+0 in November), 15:59 in Tokyo, 01:59 in New York.
    expect(await dueDigests(handle.db, new Date('2026-11-21T06:59:00Z'))).toEqual([{ subscriptionId: tokyo.id, day: '2026-11-20' }]);
    expect(await dueDigests(handle.db, new Date('2026-11-21T07:00:00Z'))).toEqual([
      { subscriptionId: london.id, day: '2026-11-20' },
      { subscriptionId: tokyo.id, day: '2026-11-20' },
    ]);
    expect(await dueDigests(handle.db, new Date('2026-11-21T11:30:00Z'))).toContainEqual({ subscriptionId: ny.id, day: '2026-11-20' });
  });

  it('runDigestTick sends each due digest once across repeated ticks', async () => {
    await seedSubscription(handle.db, { email: 'a@example.org' });
    await seedSubscription(handle.db, { email: 'b@example.org', filters: { actors: ['Nobody'] } });
    const t = transportFor();
    const first = await runDigestTick(ctxFor(), t, new Date('2026-11-21T07:15:00Z'));
    expect(first).toEqual({ due: 2, outcomes: { sent: 1, empty: 1 } });
    const second = await runDigestTick(ctxFor(), t, new Date('2026-11-21T07:30:00Z'));
    expect(second.due).toBe(0);
    expect(smtp.messages).toHaveLength(1);
    const rows = await handle.db.select().from(digests).orderBy(sql`id`);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'empty']);
  });
});

describe('previewDigest', () => {
  it('renders a day without sending or recording anything', async () => {
    const html = await previewDigest(ctxFor(), { date: '2026-11-20' });
    expect(html).toContain('Disputes that escalated');
    expect(html).toContain('Alibaba – Anthropic: model training data');
    expect(html).toContain('baseless and protectionist');
    expect(smtp.messages).toHaveLength(0);
    expect(await handle.db.select().from(digests)).toHaveLength(0);
    void seeded;
  });
});
