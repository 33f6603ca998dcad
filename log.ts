/**
 * Logging: one pino root logger writing JSON to standard error (standard output is reserved for the
 * JSON Lines of the CLI commands), with child loggers per worker, job and request.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * A repeated error, logged at most once per `everyMs`: the first at once, then the next one past the interval with
 * `suppressed`, how many were left out meanwhile. While Redis is down or full every BullMQ worker reports an error
 * per attempt (over a hundred lines in three seconds, seen in the fault tests); the log should say so, not be flooded.
 */
export function throttled(log: (fields: Record<string, unknown>) => void, everyMs: number, now: () => number = Date.now) {
  let last = -Infinity;
  let suppressed = 0;
  return (fields: Record<string, unknown>) => {
    const t = now();
    if (t - last < everyMs) {
      suppressed += 1;
      return;
    }
    log(suppressed ? { ...fields, suppressed } : fields);
    last = t;
    suppressed = 0;
  };
}

/** Query parameters that carry a credential (a digest link's signed token, a key): their values are not logged. */
const SECRET_PARAM = /^(token|key|api_?key|password|secret|sig|signature)$/i;

/**
 * A URL fit for a log line: the values of credential-bearing query parameters, and a user and password before the
 * host (a paid feed's `https://user:pass@…`), replaced by [redacted].
 */
export function redactUrl(raw: string): string {
  const url = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1[redacted]@');
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((p) => {
      const eq = p.indexOf('=');
      const name = eq < 0 ? p : p.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed name is logged as it came
      }
      return eq >= 0 && SECRET_PARAM.test(decoded) ? `${name}=[redacted]` : p;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

/** A text with every URL in it passed through redactUrl (an error message quoting the URL it failed on). */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (u) => redactUrl(u));
}

/** Creates the root logger; secrets are redacted wherever they appear in a logged object. `to`: tests' capture. */
export function createLogger(level: string = 'info', to?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'brinkwatch' },
      redact: {
        // Top-level and up to two levels down (pino's paths do not recurse): `{ password }` at the top had got through.
        paths: [
          ...['password', 'secret', 'apiKey', 'token'].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
          'req.headers.authorization', 'req.headers["x-api-key"]', 'smtpUrl', 'config.mail.smtpUrl', 'config.secrets',
        ],
        censor: '[redacted]',
      },
    },
    to ?? pino.destination({ fd: 2, sync: false }),
  );
}
