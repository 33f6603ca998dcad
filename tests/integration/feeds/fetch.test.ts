import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { closeFetchConnections, fetchUrl, type FetchOptions } from '../../../feeds/fetch.ts';
import { isBlockedAddress } from '../../../feeds/ssrf.ts';
import { decodeBody } from '../../../feeds/decode.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let base: string;

const opts = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  userAgent: 'BrinkwatchTest/0.1 (+https://example.org/contact)',
  allowPrivate: ['127.0.0.1'],
  ...extra,
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const h = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (h) h(req, res);
    else {
      res.statusCode = 404;
      res.end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchUrl', () => {
  it('keeps the connection to a host alive between requests, and closes it on closeFetchConnections', async () => {
    routes.set('/keepalive', (_req, res) => res.end('ok'));
    await closeFetchConnections();
    const sockets = new Set<unknown>();
    let closed = 0;
    const onConnection = (socket: import('node:net').Socket) => {
      sockets.add(socket);
      socket.once('close', () => closed++);
    };
    server.on('connection', onConnection);
    try {
      // Spaced as the per-host gap spaces them (back to back, undici may open a second connection while it
      // is still finishing the first response).
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 20));
        expect((await fetchUrl(`${base}/keepalive`, opts())).kind).toBe('ok');
      }
      expect(sockets.size).toBe(1);
      expect(closed).toBe(0);
      // A process done fetching closes its idle connections rather than wait out their keep-alive.
      await closeFetchConnections();
      for (let i = 0; i < 50 && closed < 1; i++) await new Promise((r) => setTimeout(r, 10));
      expect(closed).toBe(1);
      // And fetching again opens a new one.
      expect((await fetchUrl(`${base}/keepalive`, opts())).kind).toBe('ok');
      expect(sockets.size).toBe(2);
    } finally {
      server.off('connection', onConnection);
    }
  });

  it('round-trips the ETag: 200 with ETag, then 304 on If-None-Match', async () => {
    const seen: (string | undefined)[] = [];
    routes.set('/etag', (req, res) => {
      seen.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      }
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT', 'content-type': 'application/rss+xml', 'cache-control': 'public, max-age=1800' });
      res.end('<rss version="2.0"><channel/></rss>');
    });
    const first = await fetchUrl(`${base}/etag`, opts());
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.etag).toBe('"v1"');
    expect(first.cacheControlMaxAge).toBe(1800);
    const second = await fetchUrl(`${base}/etag`, opts({ etag: first.etag, lastModified: first.lastModified }));
    expect(second.kind).toBe('not-modified');
    expect(seen).toEqual([undefined, '"v1"']);
  });

  it('sends the User-Agent from the options', async () => {
    let ua = '';
    routes.set('/ua', (req, res) => {
      ua = req.headers['user-agent'] ?? '';
      res.end('ok');
    });
    await fetchUrl(`${base}/ua`, opts());
    expect(ua).toContain('https://example.org/contact');
  });

  it('returns rate-limited with retryAfterSeconds for 429 and for 503 with Retry-After', async () => {
    routes.set('/429', (_req, res) => {
      res.writeHead(429, { 'retry-after': '120' });
      res.end('slow down');
    });
    routes.set('/503', (_req, res) => {
      res.writeHead(503, { 'retry-after': '30' });
      res.end('maintenance');
    });
    const a = await fetchUrl(`${base}/429`, opts());
    expect(a).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 120 });
    const b = await fetchUrl(`${base}/503`, opts());
    expect(b).toMatchObject({ kind: 'rate-limited', status: 503, retryAfterSeconds: 30 });
  });

  it('classifies 500 as soft and 404/410 as hard', async () => {
    routes.set('/500', (_req, res) => {
      res.statusCode = 500;
      res.end('boom');
    });
    routes.set('/410', (_req, res) => {
      res.statusCode = 410;
      res.end('gone');
    });
    expect(await fetchUrl(`${base}/500`, opts())).toMatchObject({ kind: 'soft', status: 500, errorClass: 'http_500' });
    expect(await fetchUrl(`${base}/nowhere`, opts())).toMatchObject({ kind: 'hard', status: 404, errorClass: 'http_404' });
    expect(await fetchUrl(`${base}/410`, opts())).toMatchObject({ kind: 'hard', errorClass: 'http_410' });
  });

  it('recognises a Cloudflare challenge as a bot wall', async () => {
    routes.set('/challenge', (_req, res) => {
      res.writeHead(403, { server: 'cloudflare', 'cf-mitigated': 'challenge', 'content-type': 'text/html' });
      res.end('<html><title>Just a moment...</title><script src="/cdn-cgi/challenge-platform/h/b"></script></html>');
    });
    expect(await fetchUrl(`${base}/challenge`, opts())).toMatchObject({ kind: 'bot-wall', status: 403 });
  });

  it('follows redirects, and refuses a redirect to 127.0.0.1 when it is not allowed', async () => {
    routes.set('/hop', (_req, res) => {
      res.writeHead(302, { location: '/final' });
      res.end();
    });
    routes.set('/final', (_req, res) => res.end('landed'));
    routes.set('/to-loopback', (_req, res) => {
      res.writeHead(301, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/final` });
      res.end();
    });
    const ok = await fetchUrl(`${base}/hop`, opts());
    expect(ok).toMatchObject({ kind: 'ok', url: `${base}/final` });
    // The first hop is allowed through "localhost"; the redirect target is the raw loopback address.
    const refused = await fetchUrl(`http://localhost:${(server.address() as AddressInfo).port}/to-loopback`, opts({ allowPrivate: ['localhost'] }));
    expect(refused).toMatchObject({ kind: 'hard', errorClass: 'ssrf_blocked' });
    const refusedByName = await fetchUrl(`http://localhost:${(server.address() as AddressInfo).port}/final`, opts({ allowPrivate: [] }));
    expect(refusedByName).toMatchObject({ kind: 'hard', errorClass: 'ssrf_blocked' });
  });

  it('stops after too many redirects', async () => {
    routes.set('/loop', (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    });
    expect(await fetchUrl(`${base}/loop`, opts())).toMatchObject({ errorClass: 'too_many_redirects' });
  });

  it('cuts a 50 MB body at the cap while streaming', async () => {
    let written = 0;
    routes.set('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 97);
      const write = () => {
        while (written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', write);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => undefined);
      write();
    });
    const t0 = Date.now();
    const failed = await fetchUrl(`${base}/huge`, opts({ maxBytes: 2 * 1024 * 1024 }));
    expect(failed).toMatchObject({ kind: 'hard', errorClass: 'too_large' });
    written = 0;
    const cut = await fetchUrl(`${base}/huge`, opts({ maxBytes: 2 * 1024 * 1024, onTooLarge: 'truncate' }));
    expect(cut.kind).toBe('ok');
    if (cut.kind === 'ok') {
      expect(cut.body.byteLength).toBe(2 * 1024 * 1024);
      expect(cut.truncated).toBe(true);
    }
    expect(written).toBeLessThan(50 * 1024 * 1024);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('times out on a server trickling one byte a second', async () => {
    routes.set('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const iv = setInterval(() => res.write('x'), 1000);
      res.on('close', () => clearInterval(iv));
    });
    const t0 = Date.now();
    const r = await fetchUrl(`${base}/trickle`, opts({ timeoutMs: 1500 }));
    expect(r).toMatchObject({ kind: 'soft', errorClass: 'timeout' });
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it('decompresses gzip and brotli', async () => {
    const xml = '<rss version="2.0"><channel><title>zipped</title></channel></rss>';
    routes.set('/gz', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(xml));
    });
    routes.set('/br', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'br' });
      res.end(brotliCompressSync(xml));
    });
    for (const p of ['/gz', '/br']) {
      const r = await fetchUrl(`${base}${p}`, opts());
      expect(r.kind).toBe('ok');
      if (r.kind === 'ok') expect(Buffer.from(r.body).toString('utf8')).toBe(xml);
    }
  });

  it('keeps the bytes of a body whose declared charset is wrong; decodeBody reads them as UTF-8', async () => {
    const text = 'Zürich — 北京 ‘quoted’';
    routes.set('/wrong-charset', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from(text, 'utf8'));
    });
    routes.set('/latin1', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      res.end(iconv.encode('Zürich café', 'latin1'));
    });
    const r = await fetchUrl(`${base}/wrong-charset`, opts());
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(decodeBody(r.body, r.contentType).text).toBe(text);
    const l = await fetchUrl(`${base}/latin1`, opts());
    if (l.kind === 'ok') expect(decodeBody(l.body, l.contentType)).toEqual({ text: 'Zürich café', charset: 'windows-1252' });
  });

  it('returns a soft connection failure for a closed port', async () => {
    const s = createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const port = (s.address() as AddressInfo).port;
    await new Promise((resolve) => s.close(resolve));
    expect(await fetchUrl(`http://127.0.0.1:${port}/`, opts())).toMatchObject({ kind: 'soft', errorClass: 'connection' });
  });
});

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '100.100.100.200', '0.0.0.0',
    '224.0.0.1', '::1', '::', 'fe80::1', 'fd00:ec2::254', 'fc00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1',
  ])('refuses %s', (ip) => expect(isBlockedAddress(ip)).toBe(true));
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (ip) => expect(isBlockedAddress(ip)).toBe(false));
});
