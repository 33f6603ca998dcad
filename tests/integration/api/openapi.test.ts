/**
 * The OpenAPI document as real clients read it: @apidevtools/swagger-parser and @redocly/cli (run as the CLI a
 * user would run) accept it with no error, every operation names its success and error responses and its security,
 * and the real answers of every route — JSON, CSV, Atom, HTML, errors — are described by it (status, media type and,
 * for JSON, the body against the response schema with ajv). Real PostgreSQL, a real SMTP server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { createApiKey } from '../../../db/queries/api-keys.ts';
import { confirmUrl, unsubscribeUrl } from '../../../digest/subscriptions.ts';
import { upsertPendingSubscription } from '../../../db/queries/digests.ts';
import { freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';
import { startSmtpSink, type SmtpSink } from '../digest/helpers.ts';

const run = promisify(execFile);
const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: object }> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, unknown> } };

let handle: DbHandle;
let app: FastifyInstance;
let smtp: SmtpSink;
let doc: Doc;
let writeKey: string;
let readKey: string;
let dir: string;
const now = () => new Date('2026-11-26T12:00:00Z');

describe.skipIf(!up)('OpenAPI document', () => {
  beforeAll(async () => {
    handle = await freshPostgres();
    smtp = await startSmtpSink();
    const ctx = testCtx(testConfig({ SMTP_URL: smtp.url, PUBLIC_BASE_URL: 'https://brinkwatch.example' }), handle, now);
    await seedArticles(ctx, handle, SEED_CASE);
    app = (await buildApp({ ctx })) as unknown as FastifyInstance;
    writeKey = (await createApiKey(handle.db, 'desk', ['write'])).key;
    readKey = (await createApiKey(handle.db, 'reader', ['read'])).key;
    doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    dir = mkdtempSync(join(tmpdir(), 'brinkwatch-openapi-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes @apidevtools/swagger-parser validate', async () => {
    // validate() dereferences in place: hand it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('passes @redocly/cli lint (recommended rules) with 0 errors', async () => {
    const res = await run(join('node_modules', '.bin', 'redocly'), ['lint', join(dir, 'openapi.json'), '--format=json'], { maxBuffer: 10_000_000 }).catch(
      (err: { stdout: string; stderr: string }) => err,
    );
    const report = JSON.parse(res.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; severity: string }[] };
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it('every operation documents a 2xx answer, its errors, its security and an operationId', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKeyHeader', 'bearerAuth']);
    const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
    expect(ops.length).toBeGreaterThanOrEqual(27);
    for (const { path, method, op } of ops) {
      const codes = Object.keys(op.responses);
      expect(codes.some((c) => /^2/.test(c)), `${method} ${path}`).toBe(true);
      expect(codes, `${method} ${path}`).toContain('400');
      expect(op.security, `${method} ${path}`).toBeDefined();
      expect(op.operationId).toMatch(/^[a-z][A-Za-z0-9]+$/);
      if (method !== 'get' && !op.security!.length) expect(path, 'an unauthenticated write').toMatch(/^\/(subscriptions\/confirm|unsubscribe)$/);
    }
    // Writes name both key schemes; an alert rule's GET too (it holds webhook URLs), with 401 and 403.
    for (const [path, method] of [['/alerts', 'post'], ['/alerts', 'get'], ['/disputes/{id}/merge', 'post'], ['/sources/{id}/resume', 'post']] as const) {
      expect(doc.paths[path]![method]!.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
      expect(Object.keys(doc.paths[path]![method]!.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    // The Atom feeds document the JSON errors they really send.
    expect(Object.keys(doc.paths['/disputes/{id}/atom']!.get!.responses['404']!.content!)).toEqual(['application/json']);
    expect(Object.keys(doc.paths['/disputes/{id}/atom']!.get!.responses['200']!.content!)).toEqual(['application/atom+xml']);
  });

  it("every route's real answers are described by the document", async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const auth = { authorization: `Bearer ${writeKey}` };
    const xKey = { 'x-api-key': writeKey };
    const sub = await upsertPendingSubscription(handle.db, { email: 'desk@example.org', filters: {}, timeZone: 'UTC', sendAt: '07:00', sendEmpty: false });
    const config = app.deps.ctx.config;
    const confirm = new URL(confirmUrl(config, sub.id, now()));
    const unsubscribe = new URL(unsubscribeUrl(config, sub.id));
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const disputeId = (await app.inject({ method: 'GET', url: '/disputes?actor=Anthropic' })).json().items[0].id as number;

    type Req = { method?: string; url: string; op: string; headers?: Record<string, string>; payload?: unknown };
    const requests: Req[] = [
      { url: '/health', op: 'GET /health' },
      { url: '/disputes', op: 'GET /disputes' },
      { url: '/disputes?format=csv', op: 'GET /disputes' },
      { url: '/disputes?limit=0', op: 'GET /disputes' },
      { url: `/disputes/${disputeId}`, op: 'GET /disputes/{id}' },
      { url: `/disputes/${disputeId}`, op: 'GET /disputes/{id}', headers: { accept: 'text/html' } },
      { url: '/disputes/9999', op: 'GET /disputes/{id}' },
      { url: '/disputes/x', op: 'GET /disputes/{id}' },
      { url: `/disputes/${disputeId}/timeline`, op: 'GET /disputes/{id}/timeline' },
      { url: `/disputes/${disputeId}/timeline`, op: 'GET /disputes/{id}/timeline', headers: { accept: 'application/atom+xml' } },
      { url: `/disputes/${disputeId}/timeline`, op: 'GET /disputes/{id}/timeline', headers: { accept: 'text/csv' } },
      { url: '/disputes/9999/timeline', op: 'GET /disputes/{id}/timeline' },
      { url: `/disputes/${disputeId}/timeline?cursor=%7B`, op: 'GET /disputes/{id}/timeline' },
      { url: '/events', op: 'GET /events' },
      { url: '/events?format=csv', op: 'GET /events' },
      { url: '/events?type=NOPE', op: 'GET /events' },
      { url: '/actors', op: 'GET /actors' },
      { url: '/actors', op: 'GET /actors', headers: { accept: 'text/csv' } },
      { url: '/actors/1', op: 'GET /actors/{id}' },
      { url: '/actors/9999', op: 'GET /actors/{id}' },
      { url: '/actors/1/atom', op: 'GET /actors/{id}/atom' },
      { url: '/actors/9999/atom', op: 'GET /actors/{id}/atom' },
      { url: '/articles/1', op: 'GET /articles/{id}' },
      { url: '/articles/9999', op: 'GET /articles/{id}' },
      { url: '/sources', op: 'GET /sources' },
      { url: '/sources?format=csv', op: 'GET /sources' },
      { method: 'POST', url: '/sources/wire/resume', op: 'POST /sources/{id}/resume' },
      { method: 'POST', url: '/sources/wire/resume', op: 'POST /sources/{id}/resume', headers: auth },
      { method: 'POST', url: '/sources/nope/resume', op: 'POST /sources/{id}/resume', headers: xKey },
      { method: 'POST', url: '/sources/wire/resume', op: 'POST /sources/{id}/resume', headers: { authorization: `Bearer ${readKey}` } },
      { url: `/disputes/${disputeId}/atom`, op: 'GET /disputes/{id}/atom' },
      { url: '/disputes/9999/atom', op: 'GET /disputes/{id}/atom' },
      { url: '/app', op: 'GET /app' },
      { url: `/app/disputes/${disputeId}`, op: 'GET /app/disputes/{id}' },
      { url: '/app/disputes/9999', op: 'GET /app/disputes/{id}' },
      { url: '/app/actors/1', op: 'GET /app/actors/{id}' },
      { url: '/app/actors/9999', op: 'GET /app/actors/{id}' },
      { method: 'POST', url: '/subscriptions', op: 'POST /subscriptions', headers: auth, payload: { email: 'reader@example.org' } },
      { method: 'POST', url: '/subscriptions', op: 'POST /subscriptions', headers: auth, payload: { email: 'not-an-address' } },
      { method: 'POST', url: '/subscriptions', op: 'POST /subscriptions', payload: { email: 'reader@example.org' } },
      { url: `/subscriptions/confirm${confirm.search}`, op: 'GET /subscriptions/confirm' },
      { url: '/subscriptions/confirm?token=forged', op: 'GET /subscriptions/confirm' },
      { method: 'POST', url: `/subscriptions/confirm${confirm.search}`, op: 'POST /subscriptions/confirm', headers: form, payload: '' },
      { method: 'POST', url: '/subscriptions/confirm?token=forged', op: 'POST /subscriptions/confirm' },
      { url: `/unsubscribe${unsubscribe.search}`, op: 'GET /unsubscribe' },
      { url: '/unsubscribe', op: 'GET /unsubscribe' },
      { method: 'POST', url: `/unsubscribe${unsubscribe.search}`, op: 'POST /unsubscribe', headers: form, payload: 'List-Unsubscribe=One-Click' },
      { method: 'POST', url: '/unsubscribe?token=forged', op: 'POST /unsubscribe' },
      { method: 'POST', url: '/alerts', op: 'POST /alerts', headers: auth, payload: { name: 'desk', email: 'desk@example.org', filters: { actors: ['Alibaba'] } } },
      { method: 'POST', url: '/alerts', op: 'POST /alerts', headers: auth, payload: { name: 'no target' } },
      { method: 'POST', url: '/alerts', op: 'POST /alerts', payload: { name: 'desk', email: 'desk@example.org' } },
      { url: '/alerts', op: 'GET /alerts', headers: auth },
      { url: '/alerts', op: 'GET /alerts' },
      { url: '/alerts/1', op: 'GET /alerts/{id}', headers: auth },
      { url: '/alerts/9999', op: 'GET /alerts/{id}', headers: auth },
      { method: 'PATCH', url: '/alerts/1', op: 'PATCH /alerts/{id}', headers: auth, payload: { enabled: false } },
      { method: 'PATCH', url: '/alerts/9999', op: 'PATCH /alerts/{id}', headers: auth, payload: { enabled: false } },
      { method: 'DELETE', url: '/alerts/1', op: 'DELETE /alerts/{id}', headers: auth },
      { method: 'DELETE', url: '/alerts/1', op: 'DELETE /alerts/{id}', headers: auth },
      { method: 'POST', url: `/disputes/${disputeId}/split`, op: 'POST /disputes/{id}/split', headers: auth, payload: { entryIds: [999999] } },
      { method: 'POST', url: `/disputes/${disputeId}/merge`, op: 'POST /disputes/{id}/merge', headers: auth, payload: { into: disputeId } },
      { method: 'POST', url: `/disputes/${disputeId}/merge`, op: 'POST /disputes/{id}/merge', headers: auth, payload: { into: 9999 } },
    ];
    // The split and merge that succeed run last: they change the disputes the other requests read.
    const timeline = (await app.inject({ method: 'GET', url: `/disputes/${disputeId}/timeline` })).json();
    requests.push(
      { method: 'POST', url: `/disputes/${disputeId}/split`, op: 'POST /disputes/{id}/split', headers: auth, payload: { entryIds: [timeline.items[0].id] } },
      { method: 'POST', url: `/disputes/${disputeId}/merge`, op: 'POST /disputes/{id}/merge', headers: auth, payload: { into: disputeId + 1 } },
    );

    const seen = new Map<string, Set<string>>();
    for (const r of requests) {
      const res: LightMyRequestResponse = await app.inject({ method: (r.method ?? 'GET') as 'GET', url: r.url, headers: r.headers, payload: r.payload as string });
      const [method, path] = r.op.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op, r.op).toBeDefined();
      const documented = op!.responses[String(res.statusCode)];
      expect(documented, `${r.method ?? 'GET'} ${r.url} answered ${res.statusCode}, not documented: ${res.body.slice(0, 200)}`).toBeDefined();
      (seen.get(r.op) ?? seen.set(r.op, new Set()).get(r.op)!).add(String(res.statusCode));
      if (!documented!.content) {
        expect(res.body, `${r.url} ${res.statusCode}`).toBe('');
        continue;
      }
      const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
      expect(Object.keys(documented!.content), `${r.method ?? 'GET'} ${r.url} ${res.statusCode} sent ${type}`).toContain(type);
      const schema = documented!.content[type]!.schema;
      if (type === 'application/json' && schema) {
        const validate = ajv.compile(schema);
        const ok = validate(res.json());
        expect(ok, `${r.method ?? 'GET'} ${r.url} ${res.statusCode}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
    // Every operation of the document was called, and answered with a success at least once.
    const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    for (const op of ops) {
      expect(seen.has(op), `${op} never called`).toBe(true);
      expect([...seen.get(op)!].some((c) => /^2/.test(c)), `${op} answered ${[...seen.get(op)!]}`).toBe(true);
    }
  }, 60_000);
});
