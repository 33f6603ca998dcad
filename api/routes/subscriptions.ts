import type { FastifyInstance } from 'fastify';
import { renderMessagePage } from '../render/message-page.ts';
import { createMailTransport, type MailTransport } from '../../digest/mail.ts';
import { confirmByToken, registerSubscription, sendConfirmation, SubscribeSchema, subscriptionForConfirmToken, subscriptionForUnsubscribeToken, unsubscribeByToken } from '../../digest/subscriptions.ts';
import { errorSchema } from '../schemas.ts';

const HTML = 'text/html; charset=utf-8';
const tokenQuery = {
  type: 'object',
  required: ['token'],
  properties: { token: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export interface SubscriptionRoutesOptions {
  /** The mail transport; by default one is created from SMTP_URL on first use. */
  transport?: MailTransport;
}

/**
 * Digest subscriptions: POST /subscriptions (double opt-in), confirm and unsubscribe (each link's GET shows a page
 * with a button, the POST does it — so a mail scanner's prefetch changes nothing; unsubscribe is RFC 8058 one-click, body `List-Unsubscribe=One-Click`).
 * Confirm and unsubscribe are public: the signed token in the link is the credential, not an API key. Signing up
 * needs a write key unless DIGEST_PUBLIC_SIGNUP opens it to anyone.
 */
export async function subscriptionRoutes(app: FastifyInstance, opts: SubscriptionRoutesOptions = {}) {
  let transport = opts.transport ?? null;
  const getTransport = () => (transport ??= createMailTransport(app.deps.ctx.config));
  // Confirmation e-mails still being sent; closing the app waits for them.
  const pendingMail = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pendingMail]);
  });

  // RFC 8058 §3.1: the one-click POST is application/x-www-form-urlencoded or multipart/form-data.
  // The token in the URL is the authority, so the body is read only to be polite.
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    if (!app.hasContentTypeParser(type)) {
      app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
        done(null, type.startsWith('application/') ? Object.fromEntries(new URLSearchParams(String(body))) : {});
      });
    }
  }

  app.post<{ Body: unknown }>(
    '/subscriptions',
    {
      // With DIGEST_PUBLIC_SIGNUP anyone may ask, and nothing is sent to the address until its owner confirms (double
      // opt-in); otherwise it is a write like any other and needs a write key (the desk signs its people up).
      // Per client (API key or address), on top of the API's own limit: each accepted sign-up may cost an e-mail.
      config: { public: app.deps.ctx.config.api.publicSignup, rateLimit: { max: app.deps.ctx.config.api.signupsPerHour, timeWindow: 3_600_000 } },
      schema: {
        summary: 'Subscribe an address to the daily digest; a confirmation e-mail is sent (double opt-in)',
        body: {
          type: 'object',
          required: ['email'],
          additionalProperties: false,
          properties: {
            email: { type: 'string', maxLength: 254 },
            timeZone: { type: 'string', maxLength: 64, description: 'IANA time zone, default UTC' },
            sendAt: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'local send time HH:MM, default 07:00' },
            sendEmpty: { type: 'boolean', description: 'send a digest even on days with nothing to report' },
            filters: { type: 'object', description: 'actors, disputeIds, issues, minLevel, types (as for alert rules)' },
          },
        },
        response: { 202: { type: 'object', properties: { status: { type: 'string' }, message: { type: 'string' } } }, 400: errorSchema, 429: errorSchema, 503: errorSchema },
      },
    },
    async (req, reply) => {
      const parsed = SubscribeSchema.safeParse(req.body);
      if (!parsed.success) {
        return reply.status(400).send({ error: 'bad_request', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      }
      let t: MailTransport;
      try {
        t = getTransport();
      } catch {
        return reply.status(503).send({ error: 'mail_unavailable', message: 'e-mail is not configured on this server' });
      }
      const { subscription, mailDue } = await registerSubscription(app.deps.ctx, parsed.data);
      // The e-mail goes after the answer: how long the answer takes must not tell whether one was sent, and so
      // whether the address was already subscribed (3 ms against 110 ms when the answer waited for SMTP).
      if (mailDue) {
        const sending = sendConfirmation(app.deps.ctx, subscription, t)
          .catch((err) => req.log.warn({ err, subscription_id: subscription.id }, 'digest: confirmation not sent'))
          .finally(() => pendingMail.delete(sending));
        pendingMail.add(sending);
      }
      // Same answer whether or not the address was already confirmed: the API does not reveal subscribers.
      return reply.status(202).send({ status: 'pending-confirmation', message: 'If the address can receive mail, a confirmation link is on its way.' });
    },
  );

  // A mail scanner follows every link in a message (GET): the link shows a page whose button confirms (POST), as
  // unsubscribing does, so a prefetch subscribes no one.
  app.get<{ Querystring: { token: string } }>(
    '/subscriptions/confirm',
    { config: { public: true }, schema: { summary: 'Confirmation page of a digest subscription (link from the e-mail; a GET confirms nothing)', querystring: tokenQuery } },
    async (req, reply) => {
      const s = await subscriptionForConfirmToken(app.deps.ctx, req.query.token);
      if (!s) return reply.status(400).type(HTML).send(renderMessagePage({ title: 'Link not valid', message: 'This confirmation link is invalid or has expired. Subscribe again to get a new one.' }));
      if (s.confirmedAt) return reply.type(HTML).send(renderMessagePage({ title: 'Subscription confirmed', message: `${s.email} already receives the Brinkwatch digest.` }));
      return reply.type(HTML).send(
        renderMessagePage({
          title: 'Confirm your Brinkwatch digest subscription?',
          message: `${s.email} will receive the Brinkwatch digest daily at ${s.sendAt} (${s.timeZone}).`,
          form: { action: `/subscriptions/confirm?token=${encodeURIComponent(req.query.token)}`, button: 'Confirm subscription' },
        }),
      );
    },
  );

  app.post<{ Querystring: { token: string } }>(
    '/subscriptions/confirm',
    { config: { public: true }, schema: { summary: 'Confirm a digest subscription (the button on the confirmation page)', querystring: tokenQuery } },
    async (req, reply) => {
      const s = await confirmByToken(app.deps.ctx, req.query.token);
      if (!s) return reply.status(400).type(HTML).send(renderMessagePage({ title: 'Link not valid', message: 'This confirmation link is invalid or has expired. Subscribe again to get a new one.' }));
      return reply.type(HTML).send(renderMessagePage({ title: 'Subscription confirmed', message: `${s.email} will receive the Brinkwatch digest daily at ${s.sendAt} (${s.timeZone}).` }));
    },
  );

  app.get<{ Querystring: { token: string } }>(
    '/unsubscribe',
    { config: { public: true }, schema: { summary: 'Unsubscribe confirmation page (a GET never unsubscribes)', querystring: tokenQuery } },
    async (req, reply) => {
      const s = await subscriptionForUnsubscribeToken(app.deps.ctx, req.query.token);
      if (!s) return reply.status(400).type(HTML).send(renderMessagePage({ title: 'Link not valid', message: 'This unsubscribe link is not valid.' }));
      if (s.unsubscribedAt) return reply.type(HTML).send(renderMessagePage({ title: 'Unsubscribed', message: `${s.email} is not subscribed.` }));
      return reply.type(HTML).send(
        renderMessagePage({
          title: 'Unsubscribe from the Brinkwatch digest?',
          message: `${s.email} will no longer receive the daily digest.`,
          form: { action: `/unsubscribe?token=${encodeURIComponent(req.query.token)}`, button: 'Unsubscribe', fields: { 'List-Unsubscribe': 'One-Click' } },
        }),
      );
    },
  );

  app.post<{ Querystring: { token: string } }>(
    '/unsubscribe',
    { config: { public: true }, schema: { summary: 'Unsubscribe (RFC 8058 one-click POST, body List-Unsubscribe=One-Click)', querystring: tokenQuery } },
    async (req, reply) => {
      const s = await unsubscribeByToken(app.deps.ctx, req.query.token);
      if (!s) return reply.status(400).type(HTML).send(renderMessagePage({ title: 'Link not valid', message: 'This unsubscribe link is not valid.' }));
      return reply.type(HTML).send(renderMessagePage({ title: 'Unsubscribed', message: `${s.email} will no longer receive the Brinkwatch digest.` }));
    },
  );
}
