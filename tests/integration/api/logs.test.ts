/**
 * The API's log lines: every request named by an id (X-Request-Id, kept from a proxy when it is a plain token), and
 * never a credential: an API key sent in a header, or the signed token of a digest link in
 * the query string — neither in the request lines (LOG_LEVEL=debug) nor in a failed request's line.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import { createLogger, redactUrl } from '../../../log.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';

/** The API at debug level on a fresh PGlite database, its log lines captured. */
async function debugApp() {
  const handle = await freshPglite();
  const lines: string[] = [];
  const ctx = { ...testCtx(testConfig({ LOG_LEVEL: 'debug' }), handle), log: createLogger('debug', { write: (s: string) => void lines.push(s) }) };
  const app = await buildApp({ ctx });
  return { app, lines, close: async () => (await app.close(), await handle.close()) };
}

describe('API log lines', () => {
  it('keep keys and link tokens out, at debug level too', async () => {
    const { app, lines, close } = await debugApp();
    try {
      await app.inject({ url: '/subscriptions/confirm?token=tok-SECRET-123&x=1' });
      await app.inject({ url: '/disputes?limit=5', headers: { authorization: 'Bearer bw_SECRET_KEY', 'x-api-key': 'bw_OTHER_KEY' } });
      await app.inject({ url: '/events?api_key=bw_QUERY_KEY' });
    } finally {
      await close();
    }
    const out = lines.join('');
    expect(out).toContain('"url":"/subscriptions/confirm?token=[redacted]&x=1"');
    expect(out).toContain('"url":"/disputes?limit=5"');
    for (const secret of ['tok-SECRET-123', 'bw_SECRET_KEY', 'bw_OTHER_KEY', 'bw_QUERY_KEY']) expect(out, secret).not.toContain(secret);
  });

  it('name each request by an id, sent back in X-Request-Id and on its log lines; a proxy\'s plain id is kept', async () => {
    const { app, lines, close } = await debugApp();
    try {
      const own = await app.inject({ url: '/disputes' });
      expect(own.headers['x-request-id']).toMatch(/^[a-z0-9]{1,10}$/);
      const kept = await app.inject({ url: '/disputes', headers: { 'x-request-id': 'lb-7f3a.42' } });
      expect(kept.headers['x-request-id']).toBe('lb-7f3a.42');
      const replaced = await app.inject({ url: '/disputes', headers: { 'x-request-id': 'x'.repeat(65) } });
      expect(replaced.headers['x-request-id']).toMatch(/^[a-z0-9]{1,10}$/);
      const odd = await app.inject({ url: '/nope', headers: { 'x-request-id': 'a"b' } });
      expect(odd.headers['x-request-id']).not.toBe('a"b');
      // A cached answer gets the id of the request it answers, not the one that filled the cache.
      const again = await app.inject({ url: '/disputes', headers: { 'x-request-id': 'second-ask' } });
      expect(again.headers['x-request-id']).toBe('second-ask');
    } finally {
      await close();
    }
    const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string });
    expect(logged.some((l) => l.reqId === 'lb-7f3a.42' && l.msg === 'incoming request')).toBe(true);
  });

  it('redactUrl replaces only the values of credential parameters', () => {
    expect(redactUrl('/a?token=x&b=2&Key=y&sig=z&password=p&api_key=k&apikey=k2&secret=s')).toBe(
      '/a?token=[redacted]&b=2&Key=[redacted]&sig=[redacted]&password=[redacted]&api_key=[redacted]&apikey=[redacted]&secret=[redacted]',
    );
    expect(redactUrl('/a?tokens=1&b')).toBe('/a?tokens=1&b');
    expect(redactUrl('/plain/path')).toBe('/plain/path');
    expect(redactUrl('https://reader:hunter2@feeds.example.org/rss?x=1&key=abc')).toBe('https://[redacted]@feeds.example.org/rss?x=1&key=[redacted]');
    expect(redactUrl('https://feeds.example.org/a@b')).toBe('https://feeds.example.org/a@b');
    expect(redactUrl('/a?%74oken=x')).toBe('/a?%74oken=[redacted]');
    expect(redactUrl('/a?%E0=1')).toBe('/a?%E0=1');
  });
});
