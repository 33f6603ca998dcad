/**
 * Logging: one pino root logger writing JSON to standard error (standard output is reserved for the
 * JSON Lines of the CLI commands), with child loggers per worker, job and request.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

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
