/**
 * Every list can be exported: JSON by default, CSV with `Accept: text/csv` or `?format=csv`. The CSV has
 * one row per item with every top-level field (nested values as JSON); the next page's cursor travels in
 * a `Link: <…>; rel="next"` header so CSV clients can page too.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toCsv } from './render/csv.ts';
import { preferredType } from './render/negotiate.ts';

export const formatParam = { type: 'string', enum: ['json', 'csv'], description: 'json (default) or csv; Accept: text/csv works too' } as const;

/** Sends `{items, next_cursor}` as JSON, or the items as CSV when the client asked for it. */
/** Whether the request asks for CSV (`?format=csv`, or `Accept` preferring text/csv) rather than JSON. */
export function wantsCsv(req: FastifyRequest): boolean {
  const format = (req.query as { format?: string }).format;
  return format === 'csv' || (format !== 'json' && preferredType(req.headers.accept, ['application/json', 'text/csv']) === 'text/csv');
}

export function sendList<T extends object>(req: FastifyRequest, reply: FastifyReply, body: { items: T[]; next_cursor: string | null }) {
  if (!wantsCsv(req)) return body;
  if (body.next_cursor) {
    const url = new URL(req.url, 'http://x');
    url.searchParams.set('cursor', body.next_cursor);
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  const columns = [...new Set(body.items.flatMap((i) => Object.keys(i)))] as (keyof T & string)[];
  return reply.type('text/csv; charset=utf-8; header=present').send(toCsv(body.items, columns));
}
