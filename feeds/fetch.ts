// Safe HTTP GET for feeds and pages. Every expected failure is returned as a FetchOutcome value
// (Media Cloud `rss-fetcher` Status/Update; Miniflux `response_handler.go`), sorted by error code
// and status, never by message text.
//
// Limits: one deadline for the whole exchange (connect, headers and body; default 20 s), a cap on
// the decoded body enforced while streaming (default 15 MiB: abort, or keep the first 15 MiB
// when `onTooLarge: 'truncate'`), at most 5 redirects followed by hand so every hop is checked.
// SSRF guard: the host is resolved by our own `lookup`, which undici uses for the connection
// itself (no check-then-connect gap); private, loopback, link-local, CGNAT, ULA, multicast,
// reserved and cloud-metadata addresses (IPv4, IPv6, IPv4-mapped IPv6) are refused unless the
// host, the address or its CIDR is listed in `allowPrivate` (feeds/ssrf.ts, shared with the webhooks).
import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { isIP } from 'node:net';
import { addressPolicy } from './ssrf.ts';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Readable } from 'node:stream';

export interface FetchOptions {
  /** Descriptive User-Agent with a contact URL, from configuration. */
  userAgent: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Sent verbatim as If-None-Match. */
  etag?: string | null;
  /** Sent verbatim as If-Modified-Since. */
  lastModified?: string | null;
  /** Hosts, IP addresses or CIDRs that may be private (tests and the demo allow 127.0.0.1). */
  allowPrivate?: readonly string[];
  /** Pages may be cut at the cap ('truncate'); feeds fail ('fail', the default). */
  onTooLarge?: 'truncate' | 'fail';
  accept?: string;
}

export interface ResponseMeta {
  status: number;
  url: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheControlMaxAge: number | null;
  expires: Date | null;
  retryAfter: number | null;
  /** The Link header (RFC 8288), where a feed may advertise its WebSub hub. */
  link: string | null;
}

export type FetchFailureKind = 'hard' | 'soft' | 'rate-limited' | 'bot-wall';

export type FetchOutcome =
  | ({ kind: 'ok'; body: Uint8Array; truncated?: boolean } & ResponseMeta)
  | ({ kind: 'not-modified' } & ResponseMeta)
  | { kind: FetchFailureKind; status?: number; url: string; errorClass: string; message: string; retryAfterSeconds?: number };

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
const ERROR_BODY_SNIFF_BYTES = 64 * 1024;

class SsrfBlockedError extends Error {
  readonly code = 'ERR_SSRF_BLOCKED';
}

// ---------------------------------------------------------------- header parsing

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const v = headers[name];
  if (v == null) return null;
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date, RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.ceil((t - nowMs) / 1000));
}

function parseMaxAge(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/i.exec(cacheControl);
  return m ? Number(m[1]) : null;
}

function responseMeta(status: number, url: string, headers: Dispatcher.ResponseData['headers']): ResponseMeta {
  const expires = header(headers, 'expires');
  const e = expires ? Date.parse(expires) : NaN;
  return {
    status,
    url,
    contentType: header(headers, 'content-type'),
    etag: header(headers, 'etag'),
    lastModified: header(headers, 'last-modified'),
    cacheControlMaxAge: parseMaxAge(header(headers, 'cache-control')),
    expires: Number.isNaN(e) ? null : new Date(e),
    retryAfter: parseRetryAfter(header(headers, 'retry-after'), Date.now()),
    link: header(headers, 'link'),
  };
}

// ---------------------------------------------------------------- body

// Destroying an undici body emits an AbortError: give it a listener so it is not an uncaught error.
function discard(stream: { on(event: 'error', fn: () => void): unknown; destroy(): unknown }): void {
  stream.on('error', () => undefined);
  stream.destroy();
}

interface BodyResult {
  body: Uint8Array;
  truncated: boolean;
  tooLarge: boolean;
}

async function readBody(res: Dispatcher.ResponseData, maxBytes: number, stopAtCap: boolean): Promise<BodyResult> {
  const encoding = (header(res.headers, 'content-encoding') ?? '').trim().toLowerCase();
  let stream: Readable = res.body as unknown as Readable;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = stream.pipe(createGunzip());
  else if (encoding === 'deflate') stream = stream.pipe(createInflate());
  else if (encoding === 'br') stream = stream.pipe(createBrotliDecompress());
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      if (size + buf.length > maxBytes) {
        chunks.push(buf.subarray(0, maxBytes - size));
        size = maxBytes;
        tooLarge = true;
        break;
      }
      chunks.push(buf);
      size += buf.length;
      if (stopAtCap && size >= maxBytes) break;
    }
  } finally {
    if (stream !== (res.body as unknown)) discard(stream);
    discard(res.body);
  }
  return { body: new Uint8Array(Buffer.concat(chunks, size)), truncated: tooLarge, tooLarge };
}

// Challenge pages of the common bot walls (Cloudflare, Akamai, DataDome, PerimeterX, Imperva).
const CHALLENGE_MARKERS = [/cf-chl|challenge-platform|cf_chl_opt|__cf_chl|Just a moment\.\.\.|Attention Required! \| Cloudflare/i, /_Incapsula_Resource|captcha-delivery\.com|px-captcha|datadome/i];

function isBotWall(status: number, headers: Dispatcher.ResponseData['headers'], body: string): boolean {
  if ((header(headers, 'cf-mitigated') ?? '').toLowerCase() === 'challenge') return true;
  if (status !== 403 && status !== 503 && status !== 429) return false;
  return CHALLENGE_MARKERS.some((re) => re.test(body));
}

// ---------------------------------------------------------------- errors

function codeOf(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return '';
}

function classifyError(err: unknown, url: string, timedOut: boolean): FetchOutcome {
  const message = `fetch: ${err instanceof Error ? err.message : String(err)}`;
  if (codeOf(err) === 'ERR_SSRF_BLOCKED') return { kind: 'hard', url, errorClass: 'ssrf_blocked', message };
  if (timedOut) return { kind: 'soft', url, errorClass: 'timeout', message };
  const code = codeOf(err);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME') return { kind: 'soft', url, errorClass: 'dns', message };
  if (/^UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT$/.test(code) || code === 'ETIMEDOUT') return { kind: 'soft', url, errorClass: 'timeout', message };
  if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL|HOSTNAME_MISMATCH)/.test(code) || code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return { kind: 'soft', url, errorClass: 'tls', message };
  }
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR__ERROR_FORMAT_PADDING_1' || /^ERR_.*BROTLI|^Z_/.test(code)) {
    return { kind: 'soft', url, errorClass: 'bad_encoding', message };
  }
  return { kind: 'soft', url, errorClass: 'connection', message };
}

// ---------------------------------------------------------------- fetch

/** GETs a URL with the limits, redirect checks and SSRF guard above; never throws for expected failures. */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const { agent, isAllowed } = agentFor(opts.allowPrivate, timeoutMs);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let target = url;
  try {
    for (let hop = 0; ; hop++) {
      let u: URL;
      try {
        u = new URL(target);
      } catch (err) {
        return { kind: 'hard', url: target, errorClass: 'bad_url', message: `fetch: invalid URL ${JSON.stringify(target)}` };
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        return { kind: 'hard', url: target, errorClass: 'bad_url', message: `fetch: unsupported scheme ${u.protocol}` };
      }
      const currentHost = u.hostname.replace(/^\[|\]$/g, '');
      // IP literals never reach the lookup: check them here.
      if (isIP(currentHost) && !isAllowed(currentHost, currentHost)) {
        return { kind: 'hard', url: target, errorClass: 'ssrf_blocked', message: `fetch: address ${currentHost} refused` };
      }
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent,
        accept: opts.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;

      const res = await request(target, { method: 'GET', headers, dispatcher: agent, signal: controller.signal });
      const status = res.statusCode;
      const location = header(res.headers, 'location');
      if (status >= 300 && status < 400 && status !== 304 && location) {
        discard(res.body);
        if (hop >= maxRedirects) {
          return { kind: 'soft', status, url: target, errorClass: 'too_many_redirects', message: `fetch: more than ${maxRedirects} redirects` };
        }
        target = new URL(location, target).href;
        continue;
      }
      const meta = responseMeta(status, target, res.headers);
      if (status === 304) {
        discard(res.body);
        return { kind: 'not-modified', ...meta };
      }
      if (status >= 200 && status < 300) {
        const truncate = opts.onTooLarge === 'truncate';
        const { body, tooLarge } = await readBody(res, maxBytes, false);
        if (tooLarge && !truncate) {
          return { kind: 'hard', status, url: target, errorClass: 'too_large', message: `fetch: response body larger than ${maxBytes} bytes` };
        }
        return { kind: 'ok', ...meta, body, ...(tooLarge ? { truncated: true } : {}) };
      }
      // Error statuses: read a little of the body to recognise challenge pages.
      const sniff = await readBody(res, ERROR_BODY_SNIFF_BYTES, true).catch(() => ({ body: new Uint8Array(0) }));
      const text = Buffer.from(sniff.body).toString('latin1');
      const retryAfterSeconds = meta.retryAfter ?? undefined;
      const base = { status, url: target, message: `fetch: HTTP ${status}` };
      if (isBotWall(status, res.headers, text)) return { kind: 'bot-wall', ...base, errorClass: 'bot_wall', ...(retryAfterSeconds != null ? { retryAfterSeconds } : {}) };
      if (status === 429 || (status === 503 && retryAfterSeconds != null)) {
        return { kind: 'rate-limited', ...base, errorClass: `http_${status}`, ...(retryAfterSeconds != null ? { retryAfterSeconds } : {}) };
      }
      if (status >= 500) return { kind: 'soft', ...base, errorClass: `http_${status}`, ...(retryAfterSeconds != null ? { retryAfterSeconds } : {}) };
      if (status === 408) return { kind: 'soft', ...base, errorClass: 'http_408' };
      return { kind: 'hard', ...base, errorClass: `http_${status}` };
    }
  } catch (err) {
    return classifyError(err, target, timedOut);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One connection pool per address policy and timeout (in practice one per process): connections to an
 * outlet are kept alive between its articles, as a polite client does, instead of a new TCP (and TLS)
 * handshake per page. The SSRF guard is the pool's `lookup`, used for every new connection, so a reused
 * connection is one to an address that was checked when it was dialled.
 */
const agents = new Map<string, { agent: Agent; isAllowed: (host: string, ip: string) => boolean }>();
const MAX_AGENTS = 16;

/**
 * Closes the kept-alive connections (gracefully: requests under way finish). A process that is done
 * fetching calls it so idle sockets do not hold its exit for their keep-alive timeout (~4 s).
 */
export async function closeFetchConnections(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((e) => e.agent.close().catch(() => undefined)));
}

function agentFor(allowPrivate: readonly string[] | undefined, timeoutMs: number) {
  const key = JSON.stringify([allowPrivate ?? [], timeoutMs]);
  let entry = agents.get(key);
  if (entry) return entry;
  const { isAllowed, lookup } = addressPolicy(allowPrivate, (hostname) => new SsrfBlockedError(`fetch: ${hostname} resolves only to refused addresses`));
  // The lookup is undici's for the connection itself, so the address checked is the address dialled.
  const agent = new Agent({ connect: { lookup: lookup as never, timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  if (agents.size >= MAX_AGENTS) {
    const [oldestKey, oldest] = agents.entries().next().value!;
    agents.delete(oldestKey);
    oldest.agent.close().catch(() => undefined);
  }
  entry = { agent, isAllowed };
  agents.set(key, entry);
  return entry;
}
