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

  it('redactUrl also hides OAuth and vendor credentials and a password holding @ (issue 19, finding 9)', () => {
    expect(redactUrl('https://api.example.org/feed?access_token=AT1&format=rss&client_secret=CS1&auth=AU1&x-api-key=XK1&refresh_token=RT1')).toBe(
      'https://api.example.org/feed?access_token=[redacted]&format=rss&client_secret=[redacted]&auth=[redacted]&x-api-key=[redacted]&refresh_token=[redacted]',
    );
    expect(redactUrl('https://reader:p@ss@w0rd@feeds.example.org/rss')).toBe('https://[redacted]@feeds.example.org/rss');
    expect(redactUrl('https://example.org/cb#access_token=AT2&state=s')).toBe('https://example.org/cb#access_token=[redacted]&state=s');
    // Words that merely contain a credential word stay.
    expect(redactUrl('/a?keyword=ai&author=x&passage=2')).toBe('/a?keyword=ai&author=x&passage=2');
  });

  it('GET /sources shows feed URLs with their credentials redacted, and debug lines do not leak them', async () => {
    const { app, lines, close } = await debugApp();
    try {
      const { upsertSources } = await import('../../../db/queries/sources.ts');
      await upsertSources(app.deps.ctx.db, [
        { id: 'paid', name: 'Paid', kind: 'news', url: 'https://reader:s3cr@t@feeds.example.org/rss?access_token=AT-LEAK&auth=AUTH-LEAK&client_secret=CS-LEAK', format: 'rss', pollIntervalMinutes: 60 },
      ]);
      const res = await app.inject({ url: '/sources' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('https://[redacted]@feeds.example.org/rss?access_token=[redacted]&auth=[redacted]&client_secret=[redacted]');
      for (const secret of ['s3cr', 'AT-LEAK', 'AUTH-LEAK', 'CS-LEAK']) expect(res.body, secret).not.toContain(secret);
      await app.inject({ url: '/events?access_token=REQ-LEAK' });
    } finally {
      await close();
    }
    expect(lines.join('')).not.toContain('REQ-LEAK');
  });

  it('a failed query is logged without its parameters (an article\'s text)', async () => {
    const handle = await freshPglite();
    const out: string[] = [];
    const log = createLogger('info', { write: (s: string) => void out.push(s) });
    try {
      const text = 'THE WHOLE TEXT OF AN ARTICLE '.repeat(20);
      const { sql } = await import('drizzle-orm');
      const err = await handle.db.execute(sql`insert into no_such_table (text) values (${text})`).catch((e: unknown) => e);
      expect(String((err as Error).message)).toContain('THE WHOLE TEXT');
      log.warn({ err, article_id: 1 }, 'inline extraction failed; handed to extract-article');
      log.warn({ err: (err as Error).message }, 'job failed');
    } finally {
      await handle.close();
    }
    const logged = out.join('');
    expect(logged).not.toContain('THE WHOLE TEXT');
    expect(logged).toContain('Failed query: insert into no_such_table');
    expect(logged).toContain('no_such_table');
  });
});
