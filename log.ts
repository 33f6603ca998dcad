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

/** Creates the root logger; secrets are redacted wherever they appear in a logged object. */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: { service: 'brinkwatch' },
      redact: {
        paths: [
          '*.password', '*.secret', '*.apiKey', '*.token', 'req.headers.authorization',
          'req.headers["x-api-key"]', 'smtpUrl', 'config.mail.smtpUrl', 'config.secrets',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: 2, sync: false }),
  );
}
