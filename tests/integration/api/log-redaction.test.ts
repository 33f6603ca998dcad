/**
 * The API's log lines never carry a credential: an API key sent in a header, or the signed token of a digest link in
 * the query string — neither in the request lines (LOG_LEVEL=debug) nor in a failed request's line.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import { createLogger, redactUrl } from '../../../log.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';

describe('API log lines', () => {
  it('keep keys and link tokens out, at debug level too', async () => {
    const handle = await freshPglite();
    const lines: string[] = [];
    const ctx = { ...testCtx(testConfig({ LOG_LEVEL: 'debug' }), handle), log: createLogger('debug', { write: (s: string) => void lines.push(s) }) };
    const app = await buildApp({ ctx });
    try {
      await app.inject({ url: '/subscriptions/confirm?token=tok-SECRET-123&x=1' });
      await app.inject({ url: '/disputes?limit=5', headers: { authorization: 'Bearer bw_SECRET_KEY', 'x-api-key': 'bw_OTHER_KEY' } });
      await app.inject({ url: '/events?api_key=bw_QUERY_KEY' });
    } finally {
      await app.close();
      await handle.close();
    }
    const out = lines.join('');
    expect(out).toContain('"url":"/subscriptions/confirm?token=[redacted]&x=1"');
    expect(out).toContain('"url":"/disputes?limit=5"');
    for (const secret of ['tok-SECRET-123', 'bw_SECRET_KEY', 'bw_OTHER_KEY', 'bw_QUERY_KEY']) expect(out, secret).not.toContain(secret);
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
