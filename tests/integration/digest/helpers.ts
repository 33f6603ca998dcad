/**
 * Shared by the digest and alert integration tests: a throw-away migrated PGlite database, a context
 * with a fixed clock, a seeded pair of disputes, and a real SMTP server (smtp-server) on 127.0.0.1 whose
 * messages are parsed with mailparser.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from '../../../config.ts';
import { openDb, type Db, type DbHandle } from '../../../db/client.ts';
import { runMigrations } from '../../../db/migrate.ts';
import { forgetEntities } from '../../../db/queries/entities.ts';
import { forgetStories } from '../../../db/queries/articles.ts';
import {
  articles,
  disputeChanges,
  disputeParties,
  disputes,
  entities,
  events,
  sources,
  subscriptions,
  timelineEntries,
} from '../../../db/schema.ts';
import { loadLadder } from '../../../disputes/ladder.ts';
import { createMemoryHostLimiter } from '../../../workers/host-limiter.ts';
import type { Ctx } from '../../../workers/context.ts';

export async function openTestDb(): Promise<DbHandle> {
  const handle = await openDb({ url: null, pgliteDir: 'memory://' });
  await runMigrations(handle);
  return handle;
}

export interface Clock {
  now: Date;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: 'https://brinkwatch.example',
    DIGEST_SECRET: 'test-digest-secret',
    WEBHOOK_SECRET: 'test-webhook-secret',
    MAIL_FROM: 'Brinkwatch <digest@brinkwatch.example>',
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    FETCH_TIMEOUT_MS: '5000',
    ...env,
  });
}

export function testCtx(db: Db, clock: Clock, env: Record<string, string> = {}): Ctx {
  return {
    config: testConfig(env),
    db,
    log: pino({ level: 'silent' }),
    now: () => clock.now,
    ladder: loadLadder('config/ladder.json'),
    limiter: createMemoryHostLimiter(0),
  };
}

export interface Seeded {
  anthropic: number;
  alibaba: number;
  us: number;
  china: number;
  disputeId: number;
  exportDisputeId: number;
  allegation: number;
  complaint: number;
  denial: number;
  restriction: number;
}

const at = (s: string) => new Date(s);

/**
 * Seeds the seed-like case (fictional): Anthropic accuses Alibaba (reported 18 Nov, two outlets), files
 * a complaint with the UK AI Safety Board (20 Nov), Alibaba denies (20 Nov); and an export-control
 * dispute with one RESTRICTION reported on 19 Nov.
 */
export async function seedDisputes(db: Db): Promise<Seeded> {
  await db.insert(sources).values([
    { id: 'wire', name: 'Wire Service', kind: 'news', url: 'https://wire.example/feed', format: 'rss', pollIntervalMinutes: 60 },
    { id: 'tech', name: 'Tech Desk', kind: 'news', url: 'https://tech.example/feed', format: 'rss', pollIntervalMinutes: 60 },
  ]);
  const ents = await db
    .insert(entities)
    .values([
      { name: 'Anthropic', kind: 'company' },
      { name: 'Alibaba', kind: 'company', aliases: ['Alibaba Cloud'] },
      { name: 'United States', kind: 'government' },
      { name: 'China', kind: 'government' },
    ])
    .returning();
  const [anthropic, alibaba, us, china] = ents.map((e) => e.id) as [number, number, number, number];
  const [d1, d2] = await db
    .insert(disputes)
    .values([
      { key: `${anthropic}-${alibaba}|model training data`, title: 'Alibaba – Anthropic: model training data', partyIds: [anthropic, alibaba].sort(), issue: 'model training data', status: 'escalating', level: 6, levelType: 'LEGAL_ACTION', escalationIndex: 9.5, eventCount: 3, firstEventAt: '2026-11-18', lastEventAt: '2026-11-20' },
      { key: `${us}-${china}|export controls`, title: 'China – United States: export controls', partyIds: [us, china].sort(), issue: 'export controls', status: 'active', level: 7, levelType: 'RESTRICTION', escalationIndex: 7, eventCount: 1, firstEventAt: '2026-11-19', lastEventAt: '2026-11-19' },
    ])
    .returning();
  await db.insert(disputeParties).values([
    { disputeId: d1!.id, entityId: anthropic },
    { disputeId: d1!.id, entityId: alibaba },
    { disputeId: d2!.id, entityId: us },
    { disputeId: d2!.id, entityId: china },
  ]);
  const arts = await db
    .insert(articles)
    .values([
      { canonicalUrl: 'https://wire.example/a1', url: 'https://wire.example/a1', sourceId: 'wire', title: 'Anthropic accuses Alibaba', publishedAt: at('2026-11-18T09:00:00Z') },
      { canonicalUrl: 'https://tech.example/a2', url: 'https://tech.example/a2', sourceId: 'tech', title: 'Anthropic says Qwen trained on its data', publishedAt: at('2026-11-18T11:00:00Z') },
      { canonicalUrl: 'https://wire.example/a3', url: 'https://wire.example/a3', sourceId: 'wire', title: 'Anthropic files complaint with UK AI Safety Board', publishedAt: at('2026-11-20T10:00:00Z') },
      { canonicalUrl: 'https://tech.example/a4', url: 'https://tech.example/a4', sourceId: 'tech', title: 'Alibaba denies claims', publishedAt: at('2026-11-20T15:00:00Z') },
      { canonicalUrl: 'https://wire.example/a5', url: 'https://wire.example/a5', sourceId: 'wire', title: 'US restricts chip exports', publishedAt: at('2026-11-19T08:00:00Z') },
    ])
    .returning();
  const entry = (v: Omit<typeof timelineEntries.$inferInsert, 'confidence'>) => ({ confidence: 0.9, ...v });
  const [allegation, complaint, restriction] = await db
    .insert(timelineEntries)
    .values([
      entry({ disputeId: d1!.id, type: 'ALLEGATION', actorId: anthropic, targetId: alibaba, eventDate: '2026-11-18', firstReportedAt: at('2026-11-18T09:00:00Z'), sentence: 'Anthropic accused Alibaba of training Qwen on data taken from its systems.', corroboration: 2, issue: 'model training data' }),
      entry({ disputeId: d1!.id, type: 'LEGAL_ACTION', actorId: anthropic, targetId: alibaba, eventDate: '2026-11-20', firstReportedAt: at('2026-11-20T10:00:00Z'), sentence: 'Anthropic filed a formal complaint with the UK AI Safety Board.', corroboration: 1, issue: 'model training data' }),
      entry({ disputeId: d2!.id, type: 'RESTRICTION', actorId: us, targetId: china, eventDate: '2026-11-19', firstReportedAt: at('2026-11-19T08:00:00Z'), sentence: 'The United States restricted exports of AI chips to China.', corroboration: 1, issue: 'export controls' }),
    ])
    .returning();
  const [denial] = await db
    .insert(timelineEntries)
    .values(
      entry({ disputeId: d1!.id, type: 'DENIAL', actorId: alibaba, targetId: anthropic, eventDate: '2026-11-20', firstReportedAt: at('2026-11-20T15:00:00Z'), sentence: 'Alibaba denied the claims.', quote: 'baseless and protectionist', corroboration: 1, answersEntryId: allegation!.id, issue: 'model training data' }),
    )
    .returning();
  const ev = (articleId: number, t: typeof allegation) => ({
    articleId,
    type: t!.type,
    actorId: t!.actorId,
    targetId: t!.targetId,
    eventDate: t!.eventDate,
    sentence: t!.sentence,
    quote: t!.quote,
    startOffset: 0,
    endOffset: 10,
    confidence: 0.9,
    timelineEntryId: t!.id,
  });
  await db.insert(events).values([ev(arts[0]!.id, allegation), ev(arts[1]!.id, allegation), ev(arts[2]!.id, complaint), ev(arts[3]!.id, denial), ev(arts[4]!.id, restriction)]);
  await db.insert(disputeChanges).values([
    { disputeId: d1!.id, timelineEntryId: allegation!.id, fromType: null, toType: 'ALLEGATION', fromLevel: 0, toLevel: 2, direction: 'started', changedOn: '2026-11-18' },
    { disputeId: d1!.id, timelineEntryId: complaint!.id, fromType: 'ALLEGATION', toType: 'LEGAL_ACTION', fromLevel: 2, toLevel: 6, direction: 'escalated', changedOn: '2026-11-20' },
    { disputeId: d2!.id, timelineEntryId: restriction!.id, fromType: null, toType: 'RESTRICTION', fromLevel: 0, toLevel: 7, direction: 'started', changedOn: '2026-11-19' },
  ]);
  return {
    anthropic,
    alibaba,
    us,
    china,
    disputeId: d1!.id,
    exportDisputeId: d2!.id,
    allegation: allegation!.id,
    complaint: complaint!.id,
    denial: denial!.id,
    restriction: restriction!.id,
  };
}

/** A confirmed subscription, inserted directly. */
export async function seedSubscription(db: Db, s: Partial<typeof subscriptions.$inferInsert> & { email: string }) {
  const rows = await db
    .insert(subscriptions)
    .values({ confirmedAt: new Date('2026-11-01T00:00:00Z'), ...s })
    .returning();
  return rows[0]!;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: ParsedMail[];
  raw: string[];
  /** Makes the server reject the next DATA with this code (e.g. 451). */
  rejectNext(code: number): void;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (no auth, no TLS) collecting parsed messages. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const raw: string[] = [];
  let reject: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (reject !== null) {
          const code = reject;
          reject = null;
          const err = new Error('temporarily rejected') as Error & { responseCode: number };
          err.responseCode = code;
          return cb(err);
        }
        const text = Buffer.concat(chunks).toString('utf8');
        raw.push(text);
        messages.push(await simpleParser(text));
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    raw,
    rejectNext(code) {
      reject = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Empties every table of the public schema and restarts ids (faster than a fresh PGlite per test). */
export async function resetDb(db: Db): Promise<void> {
  const res = await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`);
  const names = (res as unknown as { rows: { tablename: string }[] }).rows.map((r) => `"${r.tablename}"`);
  if (names.length) await db.execute(sql.raw(`truncate ${names.join(', ')} restart identity cascade`));
  // The entity ids and story fingerprints this process remembers for the handle are gone with the rows.
  forgetEntities(db);
  forgetStories(db);
}
