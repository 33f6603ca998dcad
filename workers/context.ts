/** What every stage function receives: configuration, database, logger, clock and shared services. */
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../log.ts';
import type { Ladder } from '../disputes/ladder.ts';
import type { HostLimiter } from './host-limiter.ts';
import type { MailTransport } from '../digest/mail.ts';

export interface Ctx {
  config: Config;
  db: Db;
  log: Logger;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  ladder: Ladder;
  limiter: HostLimiter;
  /** SMTP transport for digests and alert e-mails; null when SMTP_URL is not set (e-mail is then skipped). */
  mail?: MailTransport | null;
}
