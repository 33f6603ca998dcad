import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { getSubscriptionByEmail } from '../../../db/queries/digests.ts';
import { openTestDb, resetDb, startSmtpSink, testCtx, type Clock, type SmtpSink } from './helpers.ts';

let handle: DbHandle;
let smtp: SmtpSink;
let app: FastifyInstance;
const clock: Clock = { now: new Date('2026-11-21T12:00:00Z') };

beforeAll(async () => {
  handle = await openTestDb();
  smtp = await startSmtpSink();
  // Self-service sign-up (DIGEST_PUBLIC_SIGNUP); the default, a write key, is tested below.
  app = await buildApp({ ctx: testCtx(handle.db, clock, { SMTP_URL: smtp.url, DIGEST_PUBLIC_SIGNUP: 'true' }) });
});
afterAll(async () => {
  await app.close();
  await smtp.close();
  await handle.close();
});
beforeEach(async () => {
  await resetDb(handle.db);
  smtp.messages.length = 0;
  clock.now = new Date('2026-11-21T12:00:00Z');
});

/** The confirmation e-mail goes after the answer (finding 6 of issue 19): wait until `n` have arrived. */
async function mailsArrive(n: number): Promise<void> {
  for (let i = 0; i < 200 && smtp.messages.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(smtp.messages).toHaveLength(n);
}

const linkIn = (text: string, path: string) => {
  const m = new RegExp(`https://brinkwatch\\.example${path.replace('?', '\\?')}\\?token=[A-Za-z0-9._-]+`).exec(text);
  if (!m) throw new Error(`no ${path} link in: ${text}`);
  return new URL(m[0]);
};

describe('double opt-in', () => {
  it('POST /subscriptions mails a confirmation; the signed link confirms; nothing before that', async () => {
    const res = await app.inject({ method: 'POST', url: '/subscriptions', payload: { email: 'Reporter@Example.org', timeZone: 'Europe/London', sendAt: '06:45' } });
    expect(res.statusCode).toBe(202);
    await mailsArrive(1);
    expect(smtp.messages[0]!.subject).toBe('Confirm your Brinkwatch digest subscription');
    const pending = await getSubscriptionByEmail(handle.db, 'reporter@example.org');
    expect(pending).toMatchObject({ confirmedAt: null, timeZone: 'Europe/London', sendAt: '06:45' });

    const confirm = linkIn(smtp.messages[0]!.text!, '/subscriptions/confirm');
    const tampered = await app.inject({ method: 'GET', url: `${confirm.pathname}?token=${confirm.searchParams.get('token')!.slice(0, -2)}xx` });
    expect(tampered.statusCode).toBe(400);
    // A mail scanner's GET of the link shows a page with a button and confirms nothing; the button's POST confirms.
    const page = await app.inject({ method: 'GET', url: `${confirm.pathname}${confirm.search}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(`<form method="post" action="/subscriptions/confirm?token=${confirm.searchParams.get('token')}">`);
    expect(page.body).toContain('<button type="submit">Confirm subscription</button>');
    expect((await getSubscriptionByEmail(handle.db, 'reporter@example.org'))?.confirmedAt).toBeNull();
    const ok = await app.inject({ method: 'POST', url: `${confirm.pathname}${confirm.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/html');
    expect(ok.body).toContain('Subscription confirmed');
    // The link opened again after confirming says so, without a button.
    expect((await app.inject({ method: 'GET', url: `${confirm.pathname}${confirm.search}` })).body).toContain('already receives');
    expect((await getSubscriptionByEmail(handle.db, 'reporter@example.org'))?.confirmedAt).toEqual(clock.now);

    // Asking again for a confirmed address changes nothing and sends nothing.
    const again = await app.inject({ method: 'POST', url: '/subscriptions', payload: { email: 'reporter@example.org', sendAt: '09:00' } });
    expect(again.statusCode).toBe(202);
    expect(smtp.messages).toHaveLength(1);
    expect((await getSubscriptionByEmail(handle.db, 'reporter@example.org'))?.sendAt).toBe('06:45');
  });

  it('an expired confirmation link is refused', async () => {
    await app.inject({ method: 'POST', url: '/subscriptions', payload: { email: 'late@example.org' } });
    await mailsArrive(1);
    const confirm = linkIn(smtp.messages[0]!.text!, '/subscriptions/confirm');
    clock.now = new Date(clock.now.getTime() + 8 * 24 * 3600 * 1000);
    expect((await app.inject({ method: 'GET', url: `${confirm.pathname}${confirm.search}` })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `${confirm.pathname}${confirm.search}` })).statusCode).toBe(400);
  });

  it('refuses bad input with 400 and the reason', async () => {
    const cases = [{ email: 'not-an-address' }, { email: 'a@example.org', timeZone: 'Mars/Olympus' }, { email: 'a@example.org', sendAt: '25:00' }, { email: 'a@example.org', filters: { colour: 'red' } }];
    for (const payload of cases) {
      const res = await app.inject({ method: 'POST', url: '/subscriptions', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(smtp.messages).toHaveLength(0);
  });
});

describe('unsubscribe (RFC 8058)', () => {
  async function confirmedToken(): Promise<string> {
    await app.inject({ method: 'POST', url: '/subscriptions', payload: { email: 'leaver@example.org' } });
    await mailsArrive(1);
    const confirm = linkIn(smtp.messages[0]!.text!, '/subscriptions/confirm');
    await app.inject({ method: 'POST', url: `${confirm.pathname}${confirm.search}` });
    const { unsubscribeUrl } = await import('../../../digest/subscriptions.ts');
    const sub = await getSubscriptionByEmail(handle.db, 'leaver@example.org');
    return new URL(unsubscribeUrl(app.deps.ctx.config, sub!.id)).searchParams.get('token')!;
  }

  it('GET shows a confirmation page with a POST form and does not unsubscribe', async () => {
    const token = await confirmedToken();
    const res = await app.inject({ method: 'GET', url: `/unsubscribe?token=${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form method="post" action="/unsubscribe?token=');
    expect(res.body).toContain('name="List-Unsubscribe" value="One-Click"');
    expect((await getSubscriptionByEmail(handle.db, 'leaver@example.org'))?.unsubscribedAt).toBeNull();
  });

  it('a one-click POST with List-Unsubscribe=One-Click unsubscribes, without an API key', async () => {
    const token = await confirmedToken();
    const res = await app.inject({
      method: 'POST',
      url: `/unsubscribe?token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode).toBe(200);
    expect((await getSubscriptionByEmail(handle.db, 'leaver@example.org'))?.unsubscribedAt).toEqual(clock.now);
    // Idempotent, and a forged token does nothing.
    expect((await app.inject({ method: 'POST', url: `/unsubscribe?token=${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/unsubscribe?token=v1.u.1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' })).statusCode).toBe(400);
  });

  it('a confirmation token cannot unsubscribe and vice versa', async () => {
    await app.inject({ method: 'POST', url: '/subscriptions', payload: { email: 'mixed@example.org' } });
    await mailsArrive(1);
    const confirm = linkIn(smtp.messages[0]!.text!, '/subscriptions/confirm');
    const res = await app.inject({ method: 'POST', url: `/unsubscribe${confirm.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(res.statusCode).toBe(400);
  });
});

describe('sign-up by default (DIGEST_PUBLIC_SIGNUP off)', () => {
  it('needs a write key, like every write; confirmation and unsubscribe links stay public', async () => {
    const { createApiKey } = await import('../../../db/queries/api-keys.ts');
    const keyed = await buildApp({ ctx: testCtx(handle.db, clock, { SMTP_URL: smtp.url }) });
    try {
      const payload = { email: 'desk@example.org' };
      expect((await keyed.inject({ method: 'POST', url: '/subscriptions', payload })).statusCode).toBe(401);
      const reader = (await createApiKey(handle.db, 'reader', ['read'])).key;
      expect((await keyed.inject({ method: 'POST', url: '/subscriptions', payload, headers: { authorization: `Bearer ${reader}` } })).statusCode).toBe(403);
      expect(smtp.messages).toHaveLength(0);
      const writer = (await createApiKey(handle.db, 'desk', ['write'])).key;
      expect((await keyed.inject({ method: 'POST', url: '/subscriptions', payload, headers: { authorization: `Bearer ${writer}` } })).statusCode).toBe(202);
      await mailsArrive(1);
      const confirm = linkIn(smtp.messages[0]!.text!, '/subscriptions/confirm');
      expect((await keyed.inject({ method: 'GET', url: `${confirm.pathname}${confirm.search}` })).statusCode).toBe(200);
      expect((await keyed.inject({ method: 'POST', url: `${confirm.pathname}${confirm.search}` })).statusCode).toBe(200);
      expect((await getSubscriptionByEmail(handle.db, 'desk@example.org'))?.confirmedAt).toEqual(clock.now);
    } finally {
      await keyed.close();
    }
  });
});
