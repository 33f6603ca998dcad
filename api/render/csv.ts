/**
 * CSV export (pure). Quoting follows RFC 4180: fields holding a comma, a double quote, CR or LF are
 * enclosed in double quotes with inner quotes doubled; records end with CRLF.
 *
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * CR, which some of them strip first) as a formula. Text cells starting with one of those get a leading
 * single quote, which spreadsheets show as text. Numbers are left alone so that -3 stays a number.
 */

import type { TimelineEventCore } from '../../disputes/types.ts';

export type CsvColumn<T> = keyof T & string | { key: keyof T & string; header?: string; value?: (row: T) => unknown };

const FORMULA_START = /^[=+\-@\t\r]/;

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

/** Renders rows as CSV with a header line; columns pick (and optionally rename or compute) fields. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, header: c, value: undefined } : { header: c.key, ...c }));
  const lines = [cols.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) {
    lines.push(cols.map((c) => csvCell(c.value ? c.value(row) : (row as Record<string, unknown>)[c.key])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A timeline event as getTimelineWithSources returns it, flattened for CSV. */
export interface CsvTimelineItem extends TimelineEventCore {
  firstReportedAt: Date | string;
  answersEntryId: number | null;
  sources: { url: string; outlet: string }[];
}

/** The CSV of a dispute's timeline: one row per event, outlets and source URLs joined with " | ". */
export function timelineToCsv(items: readonly CsvTimelineItem[]): string {
  return toCsv(items, [
    'id',
    'date',
    'type',
    'actor',
    'target',
    'sentence',
    'quote',
    'corroboration',
    { key: 'firstReportedAt', header: 'first_reported_at' },
    { key: 'answersEntryId', header: 'answers_entry_id' },
    { key: 'sources', header: 'outlets', value: (r) => r.sources.map((s) => s.outlet).join(' | ') },
    { key: 'sources', header: 'source_urls', value: (r) => r.sources.map((s) => s.url).join(' | ') },
  ]);
}
