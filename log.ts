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

/**
 * Query parameters that carry a credential: a digest link's signed token, a key, and the OAuth and vendor forms
 * (`access_token`, `client_secret`, `auth`, `x-api-key`, `session_id`, …): a name that is one of these words, or
 * ends in one after `_` or `-`. Their values are not logged.
 */
const SECRET_PARAM = /^(?:[a-z0-9]+[_-])*(token|key|apikey|password|passwd|pwd|pass|secret|sig|signature|auth|authorization|credentials?|session|sessionid|sid)$/i;

function redactParams(params: string, sep: string): string {
  return params
    .split(sep)
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
    })
    .join(sep);
}

/**
 * A URL fit for a log line or a public answer: the values of credential-bearing parameters (in the query, and in a
 * fragment written as parameters, where OAuth puts its tokens), and a user and password before the host (a paid
 * feed's `https://user:pass@…`, the password possibly holding `@` itself: up to the last `@` before the path),
 * replaced by [redacted].
 */
export function redactUrl(raw: string): string {
  let url = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1[redacted]@');
  let fragment = '';
  const hash = url.indexOf('#');
  if (hash >= 0) {
    fragment = `#${redactParams(url.slice(hash + 1), '&')}`;
    url = url.slice(0, hash);
  }
  const q = url.indexOf('?');
  if (q < 0) return url + fragment;
  // `;` separates parameters too in some servers' URLs.
  return `${url.slice(0, q)}?${redactParams(url.slice(q + 1), '&').split(';').map((p, i) => (i === 0 ? p : redactParams(p, '&'))).join(';')}${fragment}`;
}

/**
 * pino's error serializer without the SQL of a failed query: drizzle puts the statement and every parameter in
 * the error's message (`Failed query: … params: …`), its stack and its `query` and `params` fields, so a failed
 * insert logged an article's whole text. Kept: the statement's first words and the driver's error (SQLSTATE, message).
 */
function errWithoutSql(err: unknown): unknown {
  // A message logged as the `err` field (a job's failure reason) is scrubbed the same way.
  if (typeof err === 'string') return stripParams(err);
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  return scrubSql(out, 0);
}

const stripParams = (s: unknown) => (typeof s === 'string' ? s.replace(/(Failed query: [^\n]{0,80})[^\n]*\nparams: [^\n]*(?:\n(?! {4}at ).*)*/, '$1…') : s);

function scrubSql(o: Record<string, unknown>, depth: number): Record<string, unknown> {
  if (!o || typeof o !== 'object' || depth > 5) return o;
  const copy: Record<string, unknown> = { ...o };
  if ('params' in copy) delete copy.params;
  if (typeof copy.query === 'string') copy.query = `${copy.query.slice(0, 80)}${copy.query.length > 80 ? '…' : ''}`;
  copy.message = stripParams(copy.message);
  copy.stack = stripParams(copy.stack);
  if (copy.cause && typeof copy.cause === 'object') copy.cause = scrubSql(copy.cause as Record<string, unknown>, depth + 1);
  return copy;
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
      serializers: { err: errWithoutSql },
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
