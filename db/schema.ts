/**
 * Every table of Brinkwatch. Columns are snake_case in SQL and camelCase in TypeScript (drizzle's
 * `casing: 'snake_case'`). Deduplication is always a unique key, never a lookup.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const tz = { withTimezone: true } as const;

/** PostgreSQL's 64-bit transaction id (`xid8`), read as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/** The feeds and pages we watch, with their fetch state (Miniflux's feed health on the row). */
export const sources = pgTable('sources', {
  id: text().primaryKey(),
  name: text().notNull(),
  kind: text().notNull(), // news | regulator | ministry | court | legislature
  url: text().notNull(),
  format: text().notNull(), // rss | atom | rdf | json | federal-register | html-list
  /** The interval the scheduler last chose (feeds/policy.ts), or the operator's fixed one. */
  pollIntervalMinutes: integer().notNull(),
  /** The operator's fixed interval from the source list; null: adaptive (follows entriesPerWeek within the kind's bounds). */
  configuredIntervalMinutes: integer(),
  /** How often the feed publishes, entries a week, measured on its last full response. */
  entriesPerWeek: real(),
  selectors: jsonb().$type<Record<string, string> | null>(),
  enabled: boolean().notNull().default(true),
  paused: boolean().notNull().default(false),
  etag: text(),
  lastModified: text(),
  lastCheckedAt: timestamp(tz),
  lastSuccessAt: timestamp(tz),
  lastStatus: text(), // ok | not-modified | hard | soft | rate-limited | bot-wall
  lastErrorClass: text(),
  lastError: text(),
  consecutiveFailures: integer().notNull().default(0),
  nextCheckAt: timestamp(tz),
  itemsSeen: integer().notNull().default(0),
  /** The follow-up step in use after the feed published (feeds/policy.ts): 1, 2, 4 … minutes; null: on its interval. */
  followUpMinutes: integer(),
  createdAt: timestamp(tz).notNull().defaultNow(),
  updatedAt: timestamp(tz).notNull().defaultNow(),
});

/**
 * Feed requests made to each host, kept for the trailing hour: the per-host budget (HOST_FEED_REQUESTS_PER_HOUR) is
 * counted here, so it holds across restarts and across worker processes (a row is added under the host's lock).
 */
export const hostRequests = pgTable(
  'host_requests',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    host: text().notNull(),
    requestedAt: timestamp(tz).notNull(),
  },
  (t) => [index('host_requests_host_at_idx').on(t.host, t.requestedAt)],
);

/** One row per story (canonical URL); near-duplicate copies point at their story through `storyId`. */
export const articles = pgTable(
  'articles',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    canonicalUrl: text().notNull().unique(),
    url: text().notNull(),
    sourceId: text().notNull().references(() => sources.id, { onDelete: 'cascade' }),
    title: text(),
    summary: text(),
    feedContent: text(),
    publishedAt: timestamp(tz),
    fetchedAt: timestamp(tz),
    text: text(),
    byline: text(),
    contentHash: text(),
    fingerprint: text(),
    storyId: bigint({ mode: 'number' }),
    fetchStatus: text().notNull().default('pending'), // pending | fetched | fallback | skipped | failed
    fetchError: text(),
    extractedAt: timestamp(tz),
    extractorVersion: text(),
    /** When update-disputes placed this extraction's events on timelines; null again after a re-extraction. */
    placedAt: timestamp(tz),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    index('articles_source_idx').on(t.sourceId),
    index('articles_published_idx').on(t.publishedAt),
    index('articles_story_idx').on(t.storyId),
    // Near-duplicate matching compares a new story with those of the last few days.
    index('articles_created_idx').on(t.createdAt),
    // The work queue of update-disputes: extracted stories whose events are not placed yet.
    index('articles_unplaced_idx').on(t.id).where(sql`extracted_at is not null and placed_at is null and story_id is null`),
  ],
);

/** A feed entry's identity within its source (GUID, else link, else hash of title and date). */
export const sourceEntries = pgTable(
  'source_entries',
  {
    sourceId: text().notNull().references(() => sources.id, { onDelete: 'cascade' }),
    entryKey: text().notNull(),
    articleId: bigint({ mode: 'number' }).notNull().references(() => articles.id, { onDelete: 'cascade' }),
    firstSeenAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.entryKey] }), index('source_entries_article_idx').on(t.articleId)],
);

/**
 * The SimHash of every story (never of a copy) as a signed 64-bit integer, for near-duplicate matching: a
 * narrow, insert-only table. Each worker process holds the window's fingerprints in memory (feeds/near-dup.ts
 * StoryWindow) and asks PostgreSQL only about the rows it has not seen: those written by transactions not yet
 * finished when it last looked, found by `xid` (the writing transaction's id) at or above that snapshot's xmin.
 * On the articles table the scan had visited wide rows updated three times each and parsed the text form of
 * every fingerprint.
 */
export const storyFingerprints = pgTable(
  'story_fingerprints',
  {
    articleId: bigint({ mode: 'number' }).primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
    sourceId: text().notNull(),
    createdAt: timestamp(tz).notNull(),
    fingerprint: bigint({ mode: 'bigint' }).notNull(),
    xid: xid8().notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [index('story_fingerprints_created_idx').on(t.createdAt), index('story_fingerprints_xid_idx').on(t.xid)],
);

/** Outlets that carried a story: the story's own source plus every syndicated near-duplicate. */
export const storyOutlets = pgTable(
  'story_outlets',
  {
    storyId: bigint({ mode: 'number' }).notNull().references(() => articles.id, { onDelete: 'cascade' }),
    articleId: bigint({ mode: 'number' }).notNull().references(() => articles.id, { onDelete: 'cascade' }),
    sourceId: text().notNull().references(() => sources.id, { onDelete: 'cascade' }),
    similarity: real().notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.articleId] })],
);

export const entities = pgTable(
  'entities',
  {
    id: serial().primaryKey(),
    name: text().notNull().unique(),
    kind: text().notNull(),
    aliases: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    organisation: text(),
    partyName: text(), // the party it counts as in a dispute (a ministry counts as its country)
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [index('entities_kind_idx').on(t.kind), index('entities_lower_name_idx').on(sql`lower(${t.name})`)],
);

export const mentions = pgTable(
  'mentions',
  {
    articleId: bigint({ mode: 'number' }).notNull().references(() => articles.id, { onDelete: 'cascade' }),
    entityId: integer().notNull().references(() => entities.id, { onDelete: 'cascade' }),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityId] }), index('mentions_entity_idx').on(t.entityId)],
);

export const disputes = pgTable(
  'disputes',
  {
    id: serial().primaryKey(),
    key: text().notNull().unique(), // sorted party ids + issue; merged disputes get a fresh key
    title: text().notNull(),
    partyIds: jsonb().$type<number[]>().notNull(),
    issue: text().notNull(),
    status: text().notNull().default('active'), // active | escalating | cooling | dormant | resolved
    level: integer().notNull().default(0),
    levelType: text(),
    escalationIndex: real().notNull().default(0),
    eventCount: integer().notNull().default(0),
    firstEventAt: date({ mode: 'string' }),
    lastEventAt: date({ mode: 'string' }),
    lastActivityAt: timestamp(tz).notNull().defaultNow(),
    mergedInto: integer(),
    /** How often each specific issue was seen on the timeline (placement's issue agreement). */
    issues: jsonb().$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    /** Merged or split by an administrator: automatic placement never merges it. */
    pinned: boolean().notNull().default(false),
    createdAt: timestamp(tz).notNull().defaultNow(),
    updatedAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    index('disputes_activity_idx').on(t.lastActivityAt, t.id),
    index('disputes_parties_idx').on(t.partyIds),
    // The two orders of GET /disputes (recency, escalation), live disputes only.
    index('disputes_last_event_idx').on(t.lastEventAt.desc(), t.id.desc()).where(sql`merged_into is null`),
    index('disputes_escalation_idx').on(t.level.desc(), t.escalationIndex.desc(), t.id.desc()).where(sql`merged_into is null`),
  ],
);

export const disputeParties = pgTable(
  'dispute_parties',
  {
    disputeId: integer().notNull().references(() => disputes.id, { onDelete: 'cascade' }),
    entityId: integer().notNull().references(() => entities.id, { onDelete: 'cascade' }),
    /** accuser | accused | forum | authority | restrictor | responder | supporter: the role it entered the story with. */
    role: text().notNull().default('accused'),
    /** Every role it took, with the date it took it. */
    roles: jsonb().$type<{ role: string; since: string }[]>().notNull().default(sql`'[]'::jsonb`),
    /** What it counts as when events are joined (a ministry: its state); null on rows placed before roles. */
    unit: text(),
  },
  (t) => [primaryKey({ columns: [t.disputeId, t.entityId] }), index('dispute_parties_entity_idx').on(t.entityId), index('dispute_parties_unit_idx').on(t.unit)],
);

/** Disputes that turned out to be one story: automatic merges by placement, and an administrator's. */
export const disputeMerges = pgTable('dispute_merges', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  fromDisputeId: integer().notNull(),
  intoDisputeId: integer().notNull(),
  rule: text().notNull(), // the joining rule that tied them, or 'admin'
  createdAt: timestamp(tz).notNull().defaultNow(),
});

/** One row per real-world event on a dispute's timeline; every article's report of it is an `events` row. */
export const timelineEntries = pgTable(
  'timeline_entries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    disputeId: integer().notNull().references(() => disputes.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    actorId: integer().notNull().references(() => entities.id),
    targetId: integer().references(() => entities.id),
    eventDate: date({ mode: 'string' }).notNull(),
    firstReportedAt: timestamp(tz).notNull(),
    sentence: text().notNull(),
    quote: text(),
    issue: text(),
    confidence: real().notNull(),
    corroboration: integer().notNull().default(1),
    answersEntryId: bigint({ mode: 'number' }),
    /** Every target of one act against many (targetId is the first). */
    targetIds: jsonb().$type<number[]>(),
    /** Background the text does not date: shown, not used for level or status. */
    undated: boolean().notNull().default(false),
    /**
     * The entry as placement (disputes/placement.ts) keeps it, where the columns above keep something else: its
     * sides as units (a spokesperson as their state), the sentence of its first report (the columns keep the best
     * evidenced one), its date (with its precision when a month or a year; none after a re-extraction took reports away, when the
     * column's date stands) and undatedness as its reports give them. Read back so that the worker's open
     * disputes are what `brinkwatch disputes` holds in memory; null on entries written before it (recomputed).
     */
    placement: jsonb().$type<{ actorUnit: string; targetUnits: string[]; sentence: string; date?: string; precision?: 'day' | 'month' | 'year'; undated: boolean }>(),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    index('timeline_dispute_date_idx').on(t.disputeId, t.eventDate, t.firstReportedAt, t.id),
    index('timeline_actor_idx').on(t.actorId),
    index('timeline_reported_idx').on(t.firstReportedAt),
  ],
);

/** An event as one article reports it (the evidence). Unique per article, type, actor and target. */
export const events = pgTable(
  'events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    articleId: bigint({ mode: 'number' }).notNull().references(() => articles.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    actorId: integer().notNull().references(() => entities.id),
    targetId: integer().references(() => entities.id),
    eventDate: date({ mode: 'string' }).notNull(),
    sentence: text().notNull(),
    quote: text(),
    field: text().notNull().default('text'),
    startOffset: integer().notNull(),
    endOffset: integer().notNull(),
    confidence: real().notNull(),
    issue: text(),
    answers: jsonb().$type<{ type: string; actor: string; target: string | null } | null>(),
    /** How much of the date the text gives (day | month | year); null when the date is the article's. */
    datePrecision: text(),
    /** A fact reported in passing about the past. */
    background: boolean().notNull().default(false),
    timelineEntryId: bigint({ mode: 'number' }).references(() => timelineEntries.id, { onDelete: 'set null' }),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    unique('events_natural_key').on(t.articleId, t.type, t.actorId, t.targetId).nullsNotDistinct(),
    index('events_actor_date_idx').on(t.actorId, t.eventDate, t.id),
    index('events_target_date_idx').on(t.targetId, t.eventDate, t.id),
    index('events_date_idx').on(t.eventDate, t.id),
    // An entry's events, most confident first: its evidence, and its headline sentence and quote.
    index('events_entry_idx').on(t.timelineEntryId, t.confidence.desc(), t.id),
  ],
);

/** "escalated from ALLEGATION to LEGAL_ACTION on 2026-11-20". */
export const disputeChanges = pgTable(
  'dispute_changes',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    disputeId: integer().notNull().references(() => disputes.id, { onDelete: 'cascade' }),
    timelineEntryId: bigint({ mode: 'number' }).references(() => timelineEntries.id, { onDelete: 'cascade' }),
    fromType: text(),
    toType: text(),
    fromLevel: integer().notNull(),
    toLevel: integer().notNull(),
    direction: text().notNull(), // escalated | deescalated | started
    changedOn: date({ mode: 'string' }).notNull(),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dispute_changes_entry_idx').on(t.disputeId, t.timelineEntryId)],
);

export const apiKeys = pgTable('api_keys', {
  id: serial().primaryKey(),
  name: text().notNull(),
  hash: text().notNull().unique(),
  prefix: text().notNull(),
  scopes: jsonb().$type<string[]>().notNull(),
  createdAt: timestamp(tz).notNull().defaultNow(),
  revokedAt: timestamp(tz),
});

/** Filters shared by alert rules and digest subscriptions. */
export interface AlertFilters {
  actors?: string[];
  disputeIds?: number[];
  issues?: string[];
  minLevel?: number;
  types?: string[];
}

export const subscriptions = pgTable('subscriptions', {
  id: serial().primaryKey(),
  email: text().notNull().unique(),
  filters: jsonb().$type<AlertFilters>().notNull().default(sql`'{}'::jsonb`),
  timeZone: text().notNull().default('UTC'),
  sendAt: text().notNull().default('07:00'),
  sendEmpty: boolean().notNull().default(false),
  confirmedAt: timestamp(tz),
  unsubscribedAt: timestamp(tz),
  createdAt: timestamp(tz).notNull().defaultNow(),
  /** When the last confirmation e-mail went out: at most one per address per CONFIRMATION_RESEND_MINUTES. */
  confirmationSentAt: timestamp(tz),
});

export const digests = pgTable(
  'digests',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    subscriptionId: integer().notNull().references(() => subscriptions.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    status: text().notNull(), // sending | sent | empty
    messageId: text(),
    claimedAt: timestamp(tz).notNull().defaultNow(),
    sentAt: timestamp(tz),
  },
  (t) => [unique('digests_recipient_day').on(t.subscriptionId, t.day)],
);

/**
 * WebSub (W3C) subscriptions, one per source whose feed advertises a hub. No foreign key: the row outlives its
 * source so that the unsubscription can still be sent when the source is removed.
 */
export const websubSubscriptions = pgTable('websub_subscriptions', {
  sourceId: text().primaryKey(),
  hubUrl: text().notNull(),
  topicUrl: text().notNull(),
  /** hub.secret: the key of the X-Hub-Signature HMAC on content distributions. */
  secret: text().notNull(),
  /** pending | active | unsubscribing | unsubscribed | denied */
  state: text().notNull(),
  leaseSeconds: integer(),
  expiresAt: timestamp(tz),
  requestedAt: timestamp(tz),
  verifiedAt: timestamp(tz),
  lastPushAt: timestamp(tz),
  lastError: text(),
  updatedAt: timestamp(tz).notNull().defaultNow(),
});

export const alertRules = pgTable('alert_rules', {
  id: serial().primaryKey(),
  name: text().notNull(),
  filters: jsonb().$type<AlertFilters>().notNull().default(sql`'{}'::jsonb`),
  webhookUrl: text(),
  email: text(),
  maxPerHour: integer().notNull().default(6),
  enabled: boolean().notNull().default(true),
  createdAt: timestamp(tz).notNull().defaultNow(),
});

export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    ruleId: integer().notNull().references(() => alertRules.id, { onDelete: 'cascade' }),
    timelineEntryId: bigint({ mode: 'number' }).notNull().references(() => timelineEntries.id, { onDelete: 'cascade' }),
    status: text().notNull().default('pending'), // pending | sending | sent | failed
    batchKey: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp(tz).notNull().defaultNow(),
    sentAt: timestamp(tz),
  },
  (t) => [unique('alert_deliveries_rule_entry').on(t.ruleId, t.timelineEntryId), index('alert_deliveries_status_idx').on(t.status)],
);

/**
 * Secrets generated on first start when the environment sets none (DIGEST_SECRET, WEBHOOK_SECRET outside
 * production): every process of an installation reads the same value, and it survives restarts.
 */
export const appSecrets = pgTable('app_secrets', {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamp(tz).notNull().defaultNow(),
});
