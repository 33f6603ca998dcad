import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { alertDeliveries } from '../../../db/schema.ts';
import { createAlertRule, listDeliveriesOfRule } from '../../../db/queries/alerts.ts';
import { deliverAlerts, planMessages, SENDING_STALE_MS } from '../../../alerts/deliver.ts';
import { queueAlerts } from '../../../alerts/queue.ts';
import { checkWebhookUrl, createWebhookPoster } from '../../../alerts/webhook.ts';
import { isBlockedAddress } from '../../../feeds/ssrf.ts';
import { createMailTransport } from '../../../digest/mail.ts';
import { openTestDb, resetDb, seedDisputes, startSmtpSink, testCtx, type Clock, type Seeded, type SmtpSink } from '../digest/helpers.ts';
import { insertTimelineEntry } from '../../../db/queries/disputes.ts';

interface Hook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  verified: boolean;
  json: { id: string; batched: boolean; alerts: { timelineEntryId: number; event: { type: string } }[] };
}

let handle: DbHandle;
let smtp: SmtpSink;
let server: Server;
let hookUrl: string;
const received: Hook[] = [];
/** Status codes the webhook server answers with, in turn; 200 when empty. */
const answers: number[] = [];
let seeded: Seeded;
const clock: Clock = { now: new Date('2026-11-21T12:00:00Z') };
const noSleep = async () => {};

beforeAll(async () => {
  handle = await openTestDb();
  smtp = await startSmtpSink();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const expected = Buffer.from(`sha256=${createHmac('sha256', 'test-webhook-secret').update(body).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-brinkwatch-signature'] ?? ''));
      const verified = expected.length === given.length && timingSafeEqual(expected, given);
      const status = answers.shift() ?? 200;
      if (status === 200) received.push({ headers: req.headers, body, verified, json: JSON.parse(body) });
      res.writeHead(verified ? status : 401).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await smtp.close();
  await handle.close();
});
beforeEach(async () => {
  await resetDb(handle.db);
  seeded = await seedDisputes(handle.db);
  received.length = 0;
  answers.length = 0;
  smtp.messages.length = 0;
  clock.now = new Date('2026-11-21T12:00:00Z');
});

const ctxFor = () => testCtx(handle.db, clock, { SMTP_URL: smtp.url });

/** Adds `n` more events to the Anthropic–Alibaba dispute (distinct real-world events). */
async function addEntries(n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = await insertTimelineEntry(handle.db, {
      disputeId: seeded.disputeId,
      type: 'THREAT',
      actorId: seeded.anthropic,
      targetId: seeded.alibaba,
      eventDate: `2026-11-${String(21 + (i % 5)).padStart(2, '0')}`,
      firstReportedAt: new Date('2026-11-21T11:00:00Z'),
      sentence: `Threat number ${i + 1}.`,
      confidence: 0.8,
    });
    ids.push(e.id);
  }
  return ids;
}

describe('queueAlerts', () => {
  it('queues one delivery per matching rule and timeline event, never one per article', async () => {
    const onAlibaba = await createAlertRule(handle.db, { name: 'Alibaba', filters: { actors: ['alibaba cloud'] }, webhookUrl: hookUrl });
    const denials = await createAlertRule(handle.db, { name: 'Denials', filters: { types: ['DENIAL'] }, webhookUrl: hookUrl });
    const highLevel = await createAlertRule(handle.db, { name: 'Level 7', filters: { minLevel: 7 }, webhookUrl: hookUrl });
    expect(await queueAlerts(handle.db, seeded.denial)).toEqual([onAlibaba.id, denials.id]);
    // Twelve more articles about the same denial: the entry is the same, nothing more is queued.
    for (let i = 0; i < 12; i++) expect(await queueAlerts(handle.db, seeded.denial)).toEqual([]);
    expect(await queueAlerts(handle.db, seeded.restriction)).toEqual([highLevel.id]);
    const rows = await handle.db.select().from(alertDeliveries);
    expect(rows).toHaveLength(3);
  });
});

describe('deliverAlerts by webhook', () => {
  it('posts a signed JSON body with the Idempotency-Key alert-<ruleId>-<entryId>', async () => {
    const rule = await createAlertRule(handle.db, { name: 'All', filters: {}, webhookUrl: hookUrl });
    await queueAlerts(handle.db, seeded.complaint);
    const r = await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep });
    expect(r).toMatchObject({ messages: 1, delivered: 1, throttled: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const hook = received[0]!;
    expect(hook.verified).toBe(true);
    expect(hook.headers['idempotency-key']).toBe(`alert-${rule.id}-${seeded.complaint}`);
    expect(hook.headers['content-type']).toBe('application/json');
    expect(hook.json.alerts[0]).toMatchObject({ timelineEntryId: seeded.complaint, event: { type: 'LEGAL_ACTION' } });
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ messages: 0 });
    expect(received).toHaveLength(1);
  });

  it('retries a failing webhook with backoff and keeps the same idempotency key', async () => {
    const rule = await createAlertRule(handle.db, { name: 'All', filters: {}, webhookUrl: hookUrl });
    await queueAlerts(handle.db, seeded.complaint);
    const waits: number[] = [];
    answers.push(503, 503, 503); // all three tries of the first run fail
    const first = await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: async (ms) => void waits.push(ms) });
    expect(first).toMatchObject({ messages: 0, retrying: 1 });
    expect(first.retryAt).not.toBeNull();
    expect(waits).toEqual([1000, 4000]);
    answers.push(500); // second run: one failure, then success
    const second = await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep });
    expect(second).toMatchObject({ messages: 1, delivered: 1 });
    expect(received.map((h) => h.headers['idempotency-key'])).toEqual([`alert-${rule.id}-${seeded.complaint}`]);
  });

  it('marks a delivery failed for good on a 4xx answer', async () => {
    const rule = await createAlertRule(handle.db, { name: 'All', filters: {}, webhookUrl: hookUrl });
    await queueAlerts(handle.db, seeded.complaint);
    answers.push(410);
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ failed: 1, retrying: 0 });
    expect((await listDeliveriesOfRule(handle.db, rule.id, 10))[0]).toMatchObject({ status: 'failed', lastError: 'alerts: webhook answered 410' });
  });

  it('throttles to maxPerHour messages; above the cap the overflow goes out as one batch within minutes, not an hour', async () => {
    const rule = await createAlertRule(handle.db, { name: 'Busy', filters: {}, webhookUrl: hookUrl, maxPerHour: 6 });
    const ids = await addEntries(10);
    for (const id of ids) await queueAlerts(handle.db, id);
    const r1 = await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep });
    // 6 messages: 5 single events and one batch with the other 5.
    expect(r1).toMatchObject({ messages: 6, delivered: 10, throttled: 0 });
    expect(received.map((h) => h.json.alerts.length)).toEqual([1, 1, 1, 1, 1, 5]);
    expect(received[5]!.json.batched).toBe(true);
    // Three more events two minutes later, the hour's budget spent: held until the last message is 3 minutes old.
    const more = await addEntries(3);
    for (const id of more) await queueAlerts(handle.db, id);
    clock.now = new Date('2026-11-21T12:02:00Z');
    const r2 = await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep });
    expect(r2).toMatchObject({ messages: 0, throttled: 3 });
    expect(r2.retryAt?.toISOString()).toBe('2026-11-21T12:03:00.000Z');
    expect(received).toHaveLength(6);
    // At that time the three go out together, in one batched message (still within the first hour).
    clock.now = new Date('2026-11-21T12:03:00Z');
    const r3 = await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep });
    expect(r3).toMatchObject({ messages: 1, delivered: 3, throttled: 0 });
    expect(received[6]!.json).toMatchObject({ batched: true });
    expect(received[6]!.json.alerts).toHaveLength(3);
    // One more a minute later waits for the next overflow slot, three minutes after that batch.
    const last = await addEntries(1);
    await queueAlerts(handle.db, last[0]!);
    clock.now = new Date('2026-11-21T12:04:00Z');
    expect((await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).retryAt?.toISOString()).toBe('2026-11-21T12:06:00.000Z');
    clock.now = new Date('2026-11-21T12:06:00Z');
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ messages: 1, delivered: 1 });
    const keys = received.map((h) => h.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(keys.length);
    // Every event exactly once.
    expect(received.flatMap((h) => h.json.alerts.map((a) => a.timelineEntryId)).sort()).toEqual([...ids, ...more, ...last].sort());
  });

  it('crash after sending and before recording: resent later with the same key (at-least-once, receiver dedups)', async () => {
    const rule = await createAlertRule(handle.db, { name: 'All', filters: {}, webhookUrl: hookUrl });
    await queueAlerts(handle.db, seeded.complaint);
    await expect(
      deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep, hooks: { afterSend: () => { throw new Error('worker killed'); } } }),
    ).rejects.toThrow('worker killed');
    expect(received).toHaveLength(1);
    // A retry right away leaves the in-flight row alone.
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ messages: 0 });
    clock.now = new Date(clock.now.getTime() + SENDING_STALE_MS + 1000);
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ messages: 1 });
    expect(received.map((h) => h.headers['idempotency-key'])).toEqual([`alert-${rule.id}-${seeded.complaint}`, `alert-${rule.id}-${seeded.complaint}`]);
    expect((await listDeliveriesOfRule(handle.db, rule.id, 10))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('crash after claiming and before sending: nothing is lost', async () => {
    const rule = await createAlertRule(handle.db, { name: 'All', filters: {}, webhookUrl: hookUrl });
    await queueAlerts(handle.db, seeded.complaint);
    await expect(
      deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep, hooks: { afterClaim: () => { throw new Error('worker killed'); } } }),
    ).rejects.toThrow('worker killed');
    expect(received).toHaveLength(0);
    clock.now = new Date(clock.now.getTime() + SENDING_STALE_MS + 1000);
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ messages: 1 });
    expect(received).toHaveLength(1);
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ messages: 0 });
    expect(received).toHaveLength(1);
  });

  it('refuses private destinations unless allowed, with the feeds\' guard (feeds/ssrf.ts)', async () => {
    expect(isBlockedAddress('127.0.0.1')).toBe(true);
    expect(isBlockedAddress('10.1.2.3')).toBe(true);
    expect(isBlockedAddress('169.254.169.254')).toBe(true);
    expect(isBlockedAddress('::ffff:192.168.1.1')).toBe(true);
    expect(isBlockedAddress('fd00::1')).toBe(true);
    expect(isBlockedAddress('93.184.216.34')).toBe(false);
    expect(() => checkWebhookUrl('http://169.254.169.254/latest', [])).toThrow('private address');
    expect(() => checkWebhookUrl('file:///etc/passwd', [])).toThrow('only http');
    // Forms the webhooks' own list had let through: loopback and metadata inside 6to4 and hex NAT64, documentation ranges.
    for (const url of ['http://[2002:7f00:1::]/x', 'http://[64:ff9b::a9fe:a9fe]/x', 'http://[::127.0.0.1]/x', 'http://[2001:db8::1]/x', 'http://192.88.99.1/x']) {
      expect(() => checkWebhookUrl(url, []), url).toThrow('private address');
    }
    // ALLOW_PRIVATE_HOSTS as for feeds: an address, or a CIDR holding it.
    expect(checkWebhookUrl('http://127.0.0.1:9/x', ['127.0.0.0/8']).hostname).toBe('127.0.0.1');
    const strict = createWebhookPoster({ allowPrivate: [], timeoutMs: 2000, userAgent: 't' });
    await expect(strict(hookUrl, { headers: {}, body: '{}' })).rejects.toThrow('private address');
    // A name that resolves to loopback is refused at connect time, in the lookup.
    await expect(strict(hookUrl.replace('127.0.0.1', 'localhost'), { headers: {}, body: '{}' })).rejects.toThrow(/localhost/);
    const byCidr = createWebhookPoster({ allowPrivate: ['127.0.0.0/8'], timeoutMs: 2000, userAgent: 't' });
    expect((await byCidr(hookUrl, { headers: {}, body: '{}' })).status).toBeLessThan(500);
    const rule = await createAlertRule(handle.db, { name: 'Metadata', filters: {}, webhookUrl: 'http://169.254.169.254/x' });
    await queueAlerts(handle.db, seeded.complaint);
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { sleep: noSleep })).toMatchObject({ failed: 1 });
  });
});

describe('deliverAlerts by e-mail', () => {
  it('mails one alert per event with a deterministic Message-ID', async () => {
    const rule = await createAlertRule(handle.db, { name: 'Mail', filters: { actors: ['Anthropic'] }, email: 'desk@example.org' });
    await queueAlerts(handle.db, seeded.allegation);
    await queueAlerts(handle.db, seeded.denial);
    const transport = createMailTransport(ctxFor().config);
    expect(await deliverAlerts(ctxFor(), { ruleId: rule.id }, { transport })).toMatchObject({ messages: 2 });
    expect(smtp.messages.map((m) => m.messageId)).toEqual([
      `<alert-${rule.id}-${seeded.allegation}@brinkwatch.example>`,
      `<alert-${rule.id}-${seeded.denial}@brinkwatch.example>`,
    ]);
    expect(smtp.messages[1]!.subject).toBe('Brinkwatch alert: 2026-11-20 DENIAL: Alibaba → Anthropic (Alibaba – Anthropic: model training data)');
    expect(smtp.messages[1]!.text).toContain('https://tech.example/a4');
  });
});

describe('planMessages', () => {
  const row = (id: number, batchKey: string | null = null) =>
    ({ id, ruleId: 1, timelineEntryId: id, status: 'pending', batchKey, attempts: 0, lastError: null, createdAt: new Date(), sentAt: null }) as const;
  it('sends singles within budget and batches the overflow into the last message', () => {
    expect(planMessages([row(1), row(2)], 6).messages.map((m) => m.length)).toEqual([1, 1]);
    expect(planMessages([row(1), row(2), row(3), row(4)], 2).messages.map((m) => m.map((r) => r.id))).toEqual([[1], [2, 3, 4]]);
    expect(planMessages([row(1), row(2)], 0)).toMatchObject({ messages: [], held: [{ id: 1 }, { id: 2 }] });
    expect(planMessages([row(1, 'k'), row(2, 'k'), row(3)], 1).messages.map((m) => m.map((r) => r.id))).toEqual([[1, 2]]);
  });
});

describe('runAlertSweep', () => {
  it('delivers every rule with waiting alerts', async () => {
    const { runAlertSweep } = await import('../../../alerts/deliver.ts');
    await createAlertRule(handle.db, { name: 'A', filters: {}, webhookUrl: hookUrl });
    await createAlertRule(handle.db, { name: 'B', filters: { types: ['DENIAL'] }, webhookUrl: hookUrl });
    await queueAlerts(handle.db, seeded.denial);
    expect(await runAlertSweep(ctxFor(), { sleep: noSleep })).toMatchObject({ rules: 2, messages: 2, failedRules: 0 });
    expect(await runAlertSweep(ctxFor(), { sleep: noSleep })).toMatchObject({ rules: 0, messages: 0 });
  });
});
