/**
 * Every list can be exported: JSON by default, CSV with `Accept: text/csv` or `?format=csv`. The CSV has
 * one flat row per item with the list's own snake_case columns (api/render/csv.ts), starts with a UTF-8
 * byte-order mark for Excel unless `?bom=false`, and the next page's cursor travels in a `Link: <…>; rel="next"`
 * header so CSV clients can page too.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toCsv, type CsvColumn } from './render/csv.ts';
import { preferredType } from './render/negotiate.ts';

export const formatParam = { type: 'string', enum: ['json', 'csv'], description: 'json (default) or csv; Accept: text/csv works too' } as const;
export const bomParam = { type: 'boolean', default: true, description: 'CSV only: start with a UTF-8 byte-order mark, which Excel needs to read UTF-8 (default true)' } as const;
/** The query parameters of every list that answers CSV. */
export const csvParams = { format: formatParam, bom: bomParam } as const;

/** Whether the CSV should start with a byte-order mark (`?bom=false` leaves it out). */
export const wantsBom = (req: FastifyRequest) => (req.query as { bom?: boolean }).bom !== false;

/** Whether the request asks for CSV (`?format=csv`, or `Accept` preferring text/csv) rather than JSON. */
export function wantsCsv(req: FastifyRequest): boolean {
  const format = (req.query as { format?: string }).format;
  return format === 'csv' || (format !== 'json' && preferredType(req.headers.accept, ['application/json', 'text/csv']) === 'text/csv');
}

/** Sends `{items, next_cursor}` as JSON, or the items as CSV with these columns when the client asked for it. */
export function sendList<T extends object>(req: FastifyRequest, reply: FastifyReply, body: { items: T[]; next_cursor: string | null }, columns: readonly CsvColumn<Record<string, unknown>>[]) {
  if (!wantsCsv(req)) return body;
  if (body.next_cursor) {
    const url = new URL(req.url, 'http://x');
    url.searchParams.set('cursor', body.next_cursor);
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return reply.type('text/csv; charset=utf-8; header=present').send(toCsv(body.items as Record<string, unknown>[], columns, { bom: wantsBom(req) }));
}
