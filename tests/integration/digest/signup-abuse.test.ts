/**
 * POST /subscriptions under abuse (issue 19, red-team finding 6), against a real SMTP server on 127.0.0.1 that
 * takes 300 ms per message: asking thirty times sends one e-mail; a client is limited per hour; and the answer
 * comes as fast for an address that gets an e-mail as for one already subscribed (the e-mail goes after it).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { confirmSubscription, getSubscriptionByEmail } from '../../../db/queries/digests.ts';
import { openTestDb, resetDb, testCtx, type Clock } from './helpers.ts';

const SMTP_DELAY_MS = 300;
let handle: DbHandle;
let smtp: SMTPServer;
let smtpUrl = '';
const received: string[] = [];
const clock: Clock = { now: new Date('2026-11-21T12:00:00Z') };

beforeAll(async () => {
  handle = await openTestDb();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      stream.resume();
      stream.on('end', () => setTimeout(() => {
        received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
        cb();
      }, SMTP_DELAY_MS));
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  await handle.close();
});
beforeEach(async () => {
  await resetDb(handle.db);
  received.length = 0;
  clock.now = new Date('2026-11-21T12:00:00Z');
});

async function withApp(env: Record<string, string>, fn: (app: FastifyInstance) => Promise<void>) {
  const app = await buildApp({ ctx: testCtx(handle.db, clock, { SMTP_URL: smtpUrl, DIGEST_PUBLIC_SIGNUP: 'true', ...env }) });
  try {
    await fn(app);
  } finally {
    await app.close(); // waits for the e-mails still being sent
  }
}

const signUp = (app: FastifyInstance, email: string, ip = '192.0.2.1') => app.inject({ method: 'POST', url: '/subscriptions', payload: { email }, remoteAddress: ip });
const settle = () => new Promise((r) => setTimeout(r, SMTP_DELAY_MS * 3));

describe('POST /subscriptions under abuse', () => {
  it('thirty requests for one address send one confirmation e-mail; another goes after 15 minutes', () =>
    withApp({ API_SIGNUP_RATE_LIMIT_PER_HOUR: '1000' }, async (app) => {
      for (let i = 0; i < 30; i++) expect((await signUp(app, 'target@example.org', `192.0.2.${i + 1}`)).statusCode).toBe(202);
      await settle();
      expect(received).toEqual(['target@example.org']);
      clock.now = new Date(clock.now.getTime() + 16 * 60_000);
      expect((await signUp(app, 'target@example.org')).statusCode).toBe(202);
      await settle();
      expect(received).toEqual(['target@example.org', 'target@example.org']);
    }), 30_000);

  it('one client may sign up API_SIGNUP_RATE_LIMIT_PER_HOUR addresses an hour; the next is refused with 429', () =>
    withApp({ API_SIGNUP_RATE_LIMIT_PER_HOUR: '5' }, async (app) => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await signUp(app, `person${i}@example.org`)).statusCode);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
      // Another client is not held up by the first.
      expect((await signUp(app, 'other@example.org', '198.51.100.7')).statusCode).toBe(202);
      await settle();
      expect(received).toHaveLength(6);
    }), 30_000);

  it('answers as fast whether or not the address gets an e-mail (it goes after the answer)', () =>
    withApp({ API_SIGNUP_RATE_LIMIT_PER_HOUR: '1000' }, async (app) => {
      // A confirmed subscriber gets no e-mail; a new address gets one that takes the SMTP server 300 ms.
      await signUp(app, 'known@example.org');
      await settle();
      await confirmSubscription(handle.db, (await getSubscriptionByEmail(handle.db, 'known@example.org'))!.id, clock.now);
      const times = { known: [] as number[], fresh: [] as number[] };
      for (let i = 0; i < 5; i++) {
        let t = performance.now();
        expect((await signUp(app, 'known@example.org')).statusCode).toBe(202);
        times.known.push(performance.now() - t);
        t = performance.now();
        expect((await signUp(app, `new${i}@example.org`)).statusCode).toBe(202);
        times.fresh.push(performance.now() - t);
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      expect(median(times.fresh)).toBeLessThan(SMTP_DELAY_MS / 3);
      expect(Math.abs(median(times.fresh) - median(times.known))).toBeLessThan(50);
      await settle();
      expect(received.filter((r) => r.startsWith('new'))).toHaveLength(5);
    }), 30_000);
});
