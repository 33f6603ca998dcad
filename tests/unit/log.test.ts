/**
 * Logging: secrets never reach a log line, wherever they sit in the logged object; and throttled(), which logs a
 * repeated error at once, then at most once per interval with the count left out meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { createLogger, throttled } from '../../log.ts';

function capture(level = 'info') {
  const lines: string[] = [];
  const log = createLogger(level, { write: (s: string) => void lines.push(s) });
  return { log, text: () => lines.join('') };
}

describe('log redaction', () => {
  it('hides passwords, secrets, API keys, tokens, auth headers and the SMTP URL, top-level or nested', () => {
    const { log, text } = capture();
    log.info({ password: 'pw-top', secret: 'sec-top', apiKey: 'key-top', token: 'tok-top', smtpUrl: 'smtp://u:smtp-pw@mail' }, 'top');
    log.info({ user: { password: 'pw-nested' }, hook: { secret: 'sec-nested' }, key: { apiKey: 'key-nested' }, link: { token: 'tok-nested' } }, 'nested');
    log.info({ req: { headers: { authorization: 'Bearer bw_auth_header', 'x-api-key': 'bw_x_api_key' } } }, 'request');
    log.info({ config: { mail: { smtpUrl: 'smtp://u:cfg-pw@mail' }, secrets: { digest: 'digest-secret', webhook: 'webhook-secret' } } }, 'config');
    const out = text();
    for (const secret of ['pw-top', 'sec-top', 'key-top', 'tok-top', 'smtp-pw', 'pw-nested', 'sec-nested', 'key-nested', 'tok-nested', 'bw_auth_header', 'bw_x_api_key', 'cfg-pw', 'digest-secret', 'webhook-secret']) {
      expect(out, secret).not.toContain(secret);
    }
    // config.secrets goes as a whole: 13 replacements for the 14 values.
    expect(out.match(/\[redacted\]/g)!.length).toBe(13);
    // Everything else stays.
    expect(out).toContain('"msg":"nested"');
  });
});

describe('throttled log', () => {
  it('logs the first at once, then one per interval with how many were suppressed', () => {
    let t = 1_000;
    const lines: Record<string, unknown>[] = [];
    const log = throttled((f) => lines.push(f), 10_000, () => t);
    log({ n: 1 });
    for (let i = 2; i <= 50; i++) {
      t += 100; // 49 more within 4.9 s
      log({ n: i });
    }
    expect(lines).toEqual([{ n: 1 }]);
    t = 11_000; // 10 s after the first
    log({ n: 51 });
    expect(lines).toEqual([{ n: 1 }, { n: 51, suppressed: 49 }]);
    t += 30_000; // a quiet spell: the next one comes at once, with nothing suppressed
    log({ n: 52 });
    expect(lines.at(-1)).toEqual({ n: 52 });
  });
});
