/**
 * Webhook POSTs, signed and SSRF-safe. feeds/fetch.ts's fetchUrl is GET-only, so the POST is made here, through the
 * same guard as feeds and pages (feeds/ssrf.ts, with ALLOW_PRIVATE_HOSTS: host names, addresses and CIDRs that may be
 * private). The guard runs inside the connection's DNS lookup, so a name that resolves to a public address when
 * checked and a private one when connecting (DNS rebinding) is still refused. Redirects are not followed (undici's
 * request does not), every request has a timeout, and the response body is discarded unread.
 */
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { addressPolicy, type AddressPolicy } from '../feeds/ssrf.ts';

/** `sha256=<hex HMAC-SHA256 of the raw body>` for the X-Brinkwatch-Signature header. */
export function signWebhookBody(secret: string, body: string): string {
  if (!secret) throw new Error('webhook: WEBHOOK_SECRET is empty');
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export class WebhookBlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookBlockedError';
  }
}

const refused = (hostname: string) => new WebhookBlockedError(`webhook: ${hostname} resolves only to private addresses`);

/** Refuses URLs that are not http(s), carry credentials, or name a private IP literal not allowed. */
export function checkWebhookUrl(raw: string, allowPrivate: readonly string[]): URL {
  return checkUrl(raw, addressPolicy(allowPrivate, refused));
}

function checkUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookBlockedError('webhook: invalid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookBlockedError('webhook: only http and https URLs are allowed');
  if (url.username || url.password) throw new WebhookBlockedError('webhook: credentials in the URL are not allowed');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !policy.isAllowed(host, host)) throw new WebhookBlockedError(`webhook: private address ${host} is not allowed`);
  // Refused when it is created, not only when it is first used (the lookup would refuse it then too).
  if (/^localhost$|\.localhost$/i.test(host) && !policy.isAllowed(host, '127.0.0.1')) throw new WebhookBlockedError('webhook: localhost is not allowed');
  return url;
}

export interface WebhookRequest {
  headers: Record<string, string>;
  body: string;
}

export interface WebhookResponse {
  status: number;
  retryAfter?: string | null;
}

/** Posts a body to a URL; the default is createWebhookPoster, tests may pass their own. */
export type WebhookPoster = (url: string, req: WebhookRequest) => Promise<WebhookResponse>;

/** Creates the SSRF-guarded poster: a private destination is refused at DNS time unless its host is allowed. */
export function createWebhookPoster(opts: { allowPrivate: readonly string[]; timeoutMs: number; userAgent: string }): WebhookPoster {
  // One policy for the poster: the URL check of every POST and the connection's lookup.
  const policy = addressPolicy(opts.allowPrivate, refused);
  const agent = new Agent({ connect: { lookup: policy.lookup as never, timeout: opts.timeoutMs }, headersTimeout: opts.timeoutMs, bodyTimeout: opts.timeoutMs });
  return async (raw, req) => {
    const url = checkUrl(raw, policy);
    const res = await request(url, {
      method: 'POST',
      headers: { 'user-agent': opts.userAgent, 'content-type': 'application/json', ...req.headers },
      body: req.body,
      dispatcher: agent,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    await res.body.dump({ limit: 64 * 1024 }).catch(() => {});
    const retryAfter = res.headers['retry-after'];
    return { status: res.statusCode, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : (retryAfter ?? null) };
  };
}
