/**
 * CSV export (pure). Quoting follows RFC 4180: fields holding a comma, a double quote, CR or LF are
 * enclosed in double quotes with inner quotes doubled; records end with CRLF.
 *
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @ as a formula, and
 * some strip leading blanks (space, tab, CR, LF) first or split cells on ; and | (LibreOffice's separator guess,
 * DDE payloads such as `|cmd`). Text cells starting with any of those get a leading single quote, which
 * spreadsheets show as text. Numbers are left alone so that -3 stays a number.
 *
 * Excel reads a CSV file as the system's legacy code page unless it starts with a UTF-8 byte-order mark, so the
 * API sends one by default (`?bom=false` leaves it out); LibreOffice and CSV libraries skip it.
 *
 * Every export has its own flat columns, named in snake_case: lists become " | "-joined text, never JSON.
 */

import type { TimelineEventCore } from '../../disputes/types.ts';
import { describeLevel, eventSentence, partyWithRole, type LadderWords } from './words.ts';

export type CsvColumn<T> = keyof T & string | { key: keyof T & string; header?: string; value?: (row: T) => unknown };

const FORMULA_START = /^[=+\-@\t\r\n ;|]/;
/** The UTF-8 byte-order mark Excel needs to read UTF-8. */
export const BOM = '\uFEFF';
const joined = (values: readonly unknown[]) => values.filter((v) => v !== null && v !== undefined && v !== '').join(' | ');

/** One CSV cell: stringified, guarded against formula injection and quoted when needed. */
export function csvCell(value: unknown): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (value instanceof Date) s = value.toISOString();
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') s = String(value);
  else if (typeof value === 'object') s = guard(JSON.stringify(value));
  else s = guard(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function guard(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Renders rows as CSV with a header line (after a BOM when `bom`); columns pick (and optionally rename or compute) fields. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly CsvColumn<T>[], opts: { bom?: boolean } = {}): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, header: c, value: undefined } : { header: c.key, ...c }));
  const lines = [cols.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) {
    lines.push(cols.map((c) => csvCell(c.value ? c.value(row) : (row as Record<string, unknown>)[c.key])).join(','));
  }
  return `${opts.bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

/** A timeline event as getTimelineWithSources returns it, flattened for CSV. */
export interface CsvTimelineItem extends TimelineEventCore {
  firstReportedAt: Date | string;
  answersEntryId: number | null;
  sources: { url: string; outlet: string }[];
}

/** The CSV of a dispute's timeline: one row per event, the event in words, outlets and source URLs joined with " | ". */
export function timelineToCsv(items: readonly CsvTimelineItem[], opts: { bom?: boolean } = {}): string {
  const byId = new Map(items.map((e) => [e.id, e]));
  return toCsv(
    items,
    [
      'id',
      'date',
      'type',
      { key: 'type', header: 'event', value: (r) => eventSentence({ ...r, answers: r.answersEntryId ? byId.get(r.answersEntryId) : null, evidence: r.sentence }) },
      'actor',
      'target',
      'sentence',
      'quote',
      'corroboration',
      { key: 'firstReportedAt', header: 'first_reported_at' },
      { key: 'answersEntryId', header: 'answers_entry_id' },
      { key: 'sources', header: 'outlets', value: (r) => joined(r.sources.map((s) => s.outlet)) },
      { key: 'sources', header: 'source_urls', value: (r) => joined(r.sources.map((s) => s.url)) },
    ],
    opts,
  );
}

type Row = Record<string, unknown>;
const col = (key: string, header: string, value?: (r: Row) => unknown): CsvColumn<Row> => ({ key, header, value });

/** Columns of GET /disputes as CSV: no internal keys, parties by name. */
export function disputeCsvColumns(words: LadderWords): CsvColumn<Row>[] {
  return [
    'id', 'title', 'issue', 'status', 'level',
    col('level', 'level_word', (r) => describeLevel(r.level as number, (r.levelType as string | null) ?? null, words)),
    col('levelType', 'level_type'),
    col('escalationIndex', 'escalation_index'),
    col('eventCount', 'event_count'),
    col('firstEventAt', 'first_event_at'),
    col('lastEventAt', 'last_event_at'),
    col('parties', 'parties', (r) => joined(((r.parties as { name: string; role?: string | null }[] | undefined) ?? []).map(partyWithRole))),
  ];
}

/** Columns of GET /events as CSV: the event in words, its evidence and its article. */
export const EVENT_CSV_COLUMNS: CsvColumn<Row>[] = [
  'id', 'date', 'type',
  col('type', 'event', (r) => eventSentence({ type: r.type as string, actor: r.actor as string, target: (r.target as string | null) ?? null, evidence: r.sentence as string })),
  'actor', col('actorId', 'actor_id'), 'target', col('targetId', 'target_id'), 'sentence', 'quote', 'issue', 'confidence',
  'outlet', 'url', 'title', col('publishedAt', 'published_at'), col('articleId', 'article_id'),
];

/** Columns of GET /actors as CSV: aliases joined with " | ". */
export const ACTOR_CSV_COLUMNS: CsvColumn<Row>[] = [
  'id', 'name', 'kind', col('aliases', 'aliases', (r) => joined((r.aliases as string[] | undefined) ?? [])), 'organisation', 'mentions', 'disputes',
];

/** Columns of GET /sources as CSV. */
export const SOURCE_CSV_COLUMNS: CsvColumn<Row>[] = [
  'id', 'name', 'kind', 'url', 'format', col('pollIntervalMinutes', 'poll_interval_minutes'), 'enabled', 'state',
  col('lastCheckedAt', 'last_checked_at'), col('lastSuccessAt', 'last_success_at'), col('lastStatus', 'last_status'),
  col('lastErrorClass', 'last_error_class'), col('lastError', 'last_error'), col('consecutiveFailures', 'consecutive_failures'),
  col('nextCheckAt', 'next_check_at'), col('itemsSeen', 'items_seen'),
];
