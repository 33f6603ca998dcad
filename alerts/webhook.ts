/**
 * Webhook POSTs, signed and SSRF-safe. feeds/fetch.ts's fetchUrl is GET-only, so this module carries
 * its own guard with the same `allowPrivate` semantics (ALLOW_PRIVATE_HOSTS: hosts listed there may
 * resolve to private addresses; '*' allows all). The guard runs inside the connection's DNS lookup,
 * so a name that resolves to a public address when checked and a private one when connecting (DNS
 * rebinding) is still refused. Redirects are not followed (undici's request does not), every request
 * has a timeout, and the response body is discarded unread.
 */
import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';

/** `sha256=<hex HMAC-SHA256 of the raw body>` for the X-Brinkwatch-Signature header. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

const V4_BLOCKS: [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
];

/** Whether an IP address is loopback, private, link-local, shared, reserved or multicast (IPv4 and IPv6, mapped forms included). */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) {
    const n = v4ToInt(ip);
    return V4_BLOCKS.some(([base, bits]) => (n >>> (32 - bits)) === (v4ToInt(base) >>> (32 - bits)));
  }
  if (family !== 6) return true;
  const lower = ip.toLowerCase();
  const mapped = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateAddress(mapped[1]!);
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

function hostAllowed(host: string, allowPrivate: readonly string[]): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return allowPrivate.includes('*') || allowPrivate.map((a) => a.toLowerCase()).includes(h);
}

export class WebhookBlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookBlockedError';
  }
}

/** Refuses URLs that are not http(s), carry credentials, or name a private IP literal not allowed. */
export function checkWebhookUrl(raw: string, allowPrivate: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookBlockedError('webhook: invalid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookBlockedError('webhook: only http and https URLs are allowed');
  if (url.username || url.password) throw new WebhookBlockedError('webhook: credentials in the URL are not allowed');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isPrivateAddress(host) && !hostAllowed(host, allowPrivate)) {
    throw new WebhookBlockedError(`webhook: private address ${host} is not allowed`);
  }
  if (/^localhost$|\.localhost$/i.test(host) && !hostAllowed(host, allowPrivate)) throw new WebhookBlockedError('webhook: localhost is not allowed');
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
  const guardedLookup = (hostname: string, options: { all?: boolean; family?: number }, cb: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return cb(err);
      if (!hostAllowed(hostname, opts.allowPrivate)) {
        const bad = addresses.find((a) => isPrivateAddress(a.address));
        if (bad) return cb(new WebhookBlockedError(`webhook: ${hostname} resolves to private address ${bad.address}`));
      }
      if (options.all) return cb(null, addresses);
      return cb(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const agent = new Agent({ connect: { lookup: guardedLookup as never, timeout: opts.timeoutMs }, headersTimeout: opts.timeoutMs, bodyTimeout: opts.timeoutMs });
  return async (raw, req) => {
    const url = checkWebhookUrl(raw, opts.allowPrivate);
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
