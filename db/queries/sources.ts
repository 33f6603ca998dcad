/** Queries on sources and their fetch state. */
import { and, asc, eq, lte, or, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { sources } from '../schema.ts';

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;

/** Inserts or updates sources by id, keeping their fetch state. */
export async function upsertSources(db: DbOrTx, rows: NewSource[]): Promise<number> {
  if (rows.length === 0) return 0;
  await db
    .insert(sources)
    .values(rows)
    .onConflictDoUpdate({
      target: sources.id,
      set: {
        name: sql`excluded.name`,
        kind: sql`excluded.kind`,
        url: sql`excluded.url`,
        format: sql`excluded.format`,
        // A fixed interval from the list replaces the one in use; an adaptive source keeps what its scheduler chose.
        pollIntervalMinutes: sql`coalesce(excluded.configured_interval_minutes, ${sources.pollIntervalMinutes})`,
        configuredIntervalMinutes: sql`excluded.configured_interval_minutes`,
        selectors: sql`excluded.selectors`,
        enabled: sql`excluded.enabled`,
        updatedAt: sql`now()`,
      },
    });
  return rows.length;
}

/** Inserts sources whose ids are not taken (an existing one is never changed); returns the ids inserted. */
export async function insertNewSources(db: DbOrTx, rows: NewSource[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const out: string[] = [];
  // In slices: a row has 8 parameters, and a statement may carry 65,535.
  for (let i = 0; i < rows.length; i += 1_000) {
    const inserted = await db.insert(sources).values(rows.slice(i, i + 1_000)).onConflictDoNothing({ target: sources.id }).returning({ id: sources.id });
    out.push(...inserted.map((r) => r.id));
  }
  return out;
}

export async function getSource(db: DbOrTx, id: string): Promise<Source | undefined> {
  const rows = await db.select().from(sources).where(eq(sources.id, id)).limit(1);
  return rows[0];
}

export async function listSources(db: DbOrTx): Promise<Source[]> {
  return db.select().from(sources).orderBy(asc(sources.id));
}

/** Enabled, unpaused sources whose next check is due (or was never scheduled). */
export async function listDueSources(db: DbOrTx, now: Date): Promise<Source[]> {
  return db
    .select()
    .from(sources)
    .where(
      and(
        eq(sources.enabled, true),
        eq(sources.paused, false),
        or(isNull(sources.nextCheckAt), lte(sources.nextCheckAt, now)),
      ),
    )
    .orderBy(asc(sources.id));
}

export interface SourceCheck {
  checkedAt: Date;
  status: string;
  errorClass?: string | null;
  error?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  nextCheckAt: Date;
  consecutiveFailures: number;
  paused: boolean;
  itemsSeen?: number;
  pollIntervalMinutes?: number;
  entriesPerWeek?: number;
  /** The follow-up step the next check was scheduled with; null: the source is on its interval. */
  followUpMinutes?: number | null;
}

/** Records the outcome of one poll on the source row (the source's health lives there). */
export async function recordSourceCheck(db: DbOrTx, id: string, c: SourceCheck): Promise<void> {
  const ok = c.status === 'ok' || c.status === 'not-modified';
  await db
    .update(sources)
    .set({
      lastCheckedAt: c.checkedAt,
      lastStatus: c.status,
      lastErrorClass: ok ? null : (c.errorClass ?? null),
      lastError: ok ? null : (c.error ?? null),
      ...(c.etag !== undefined ? { etag: c.etag } : {}),
      ...(c.lastModified !== undefined ? { lastModified: c.lastModified } : {}),
      ...(ok ? { lastSuccessAt: c.checkedAt } : {}),
      nextCheckAt: c.nextCheckAt,
      consecutiveFailures: c.consecutiveFailures,
      paused: c.paused,
      ...(c.itemsSeen !== undefined ? { itemsSeen: c.itemsSeen } : {}),
      ...(c.pollIntervalMinutes !== undefined ? { pollIntervalMinutes: c.pollIntervalMinutes } : {}),
      ...(c.entriesPerWeek !== undefined ? { entriesPerWeek: c.entriesPerWeek } : {}),
      ...(c.followUpMinutes !== undefined ? { followUpMinutes: c.followUpMinutes } : {}),
      updatedAt: c.checkedAt,
    })
    .where(eq(sources.id, id));
}

/** Moves a due source's next check to `at`, the moment its host's hourly budget has room again (nothing else changes). */
export async function deferSourceCheck(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(sources).set({ nextCheckAt: at }).where(eq(sources.id, id));
}

/** Un-pauses a source and makes it due now; returns false when no such source exists. */
export async function resumeSource(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sources)
    .set({ paused: false, consecutiveFailures: 0, nextCheckAt: now, updatedAt: now })
    .where(eq(sources.id, id))
    .returning({ id: sources.id });
  return rows.length > 0;
}

/**
 * Brings an enabled, unpaused source's next check forward to `at` (never later than it already is); returns the
 * source as it now stands, or undefined when no such source exists.
 */
export async function requestSourceCheck(db: DbOrTx, id: string, at: Date): Promise<Source | undefined> {
  const rows = await db
    .update(sources)
    .set({ nextCheckAt: sql`least(coalesce(${sources.nextCheckAt}, ${at}), ${at})` })
    .where(and(eq(sources.id, id), eq(sources.enabled, true), eq(sources.paused, false)))
    .returning();
  return rows[0] ?? (await getSource(db, id));
}
