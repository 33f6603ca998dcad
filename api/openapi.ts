/**
 * The OpenAPI document at /openapi.json (@fastify/swagger), completed here so that every operation names its
 * success responses (with the media types it really sends), its error responses and its security. Routes keep the
 * schemas they validate and serialize with; what only documents lives in this file, added by swagger's `transform`,
 * so documenting a body never changes how it is serialized. tests/integration/api/openapi.test.ts runs
 * @apidevtools/swagger-parser and @redocly/cli over the document and checks real answers of every route against it.
 */
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { Config } from '../config.ts';
import { disputeSummary, errorSchema, sourceRef, timelineEntry } from './schemas.ts';

type Schema = Record<string, unknown>;

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nint = { type: ['integer', 'null'] } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const obj = (properties: Schema, required = Object.keys(properties)): Schema => ({ type: 'object', required, properties });
const list = (item: Schema): Schema => obj({ items: { type: 'array', items: item }, next_cursor: nstr });

const json = (description: string, schema: Schema) => ({ description, content: { 'application/json': { schema } } });
const text = (description: string, types: string[]) => ({ description, content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string' } }])) });
/** A list answers JSON, or CSV (UTF-8 with a BOM) with Accept: text/csv or ?format=csv. */
const jsonOrCsv = (description: string, schema: Schema) => ({
  description: `${description}. CSV (UTF-8 with a byte-order mark, one flat row per item) with Accept: text/csv or ?format=csv.`,
  content: { 'application/json': { schema }, 'text/csv': { schema: { type: 'string' } } },
});
const html = (description: string) => text(description, ['text/html']);

/** The JSON error body every error response carries (Atom, CSV and HTML routes included, unless noted). */
const error = (description: string) => json(description, { ...errorSchema, required: ['error', 'message'] });

/** A link from an e-mail: a bad token gets an HTML page, a missing or malformed parameter the usual JSON error. */
const linkError = (description: string) => ({
  description: `${description}: an HTML page; a missing or malformed token parameter gets the JSON error`,
  content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: { ...errorSchema, required: ['error', 'message'] } } },
});

const change = obj(
  { id: int, disputeId: int, timelineEntryId: nint, fromType: nstr, toType: nstr, fromLevel: int, toLevel: int, direction: str, changedOn: str, description: str },
  ['fromLevel', 'toLevel', 'direction', 'changedOn', 'description'],
);
const disputeDetail = {
  ...disputeSummary,
  required: ['id', 'title', 'issue', 'status', 'level', 'levelType', 'levelWord', 'escalationIndex', 'parties', 'changes'],
  properties: { ...disputeSummary.properties, levelWord: { type: 'string', description: 'the level in words, e.g. "legal action (6 of 7)"' }, mergedInto: nint, changes: { type: 'array', items: change } },
};
const eventItem = obj(
  {
    id: int, type: str, date: str, actor: str, actorId: int, target: nstr, targetId: nint, sentence: str, quote: nstr, issue: nstr,
    confidence: num, timelineEntryId: nint, articleId: int, url: str, title: nstr, outlet: str, publishedAt: nstr,
  },
  ['id', 'type', 'date', 'actor', 'sentence', 'articleId', 'url', 'outlet'],
);
const actorItem = obj({ id: int, name: str, kind: str, aliases: { type: 'array', items: str }, organisation: nstr, mentions: int, disputes: int }, ['id', 'name', 'kind', 'aliases']);
const actorDetail = obj(
  {
    id: int, name: str, kind: str, aliases: { type: 'array', items: str }, organisation: nstr, createdAt: str,
    disputes: { type: 'array', items: obj({ id: int, title: str, issue: str, status: str, level: int, levelType: nstr, lastEventAt: nstr }, ['id', 'title', 'status', 'level']) },
  },
  ['id', 'name', 'kind', 'aliases', 'disputes'],
);
const articleEvent = obj({ id: int, type: str, date: str, actor: str, target: nstr, sentence: str, quote: nstr, issue: nstr, confidence: num, timelineEntryId: nint }, ['id', 'type', 'date', 'actor', 'sentence']);
const articleDetail = obj(
  {
    id: int, url: str, canonicalUrl: str, sourceId: str, outlet: str, sourceKind: str, title: nstr, byline: nstr, publishedAt: nstr,
    fetchedAt: nstr, fetchStatus: str, fetchError: nstr, extractedAt: nstr, storyId: nint,
    outlets: { type: 'array', items: { type: 'object' } }, text: nstr, events: { type: 'array', items: articleEvent },
  },
  ['id', 'url', 'outlet', 'title', 'text', 'events'],
);
const sourceItem = obj(
  {
    id: str, name: str, kind: str, url: str, format: str, pollIntervalMinutes: int, enabled: bool, state: { type: 'string', enum: ['new', 'ok', 'failing', 'paused'] },
    paused: bool, lastCheckedAt: nstr, lastSuccessAt: nstr, lastStatus: nint, lastErrorClass: nstr, lastError: nstr, consecutiveFailures: int, nextCheckAt: nstr, itemsSeen: int,
  },
  ['id', 'name', 'url', 'state', 'consecutiveFailures'],
);
const alertRule = obj(
  { id: int, name: str, filters: { type: 'object' }, webhookUrl: nstr, email: nstr, maxPerHour: int, enabled: bool, createdAt: str },
  ['id', 'name', 'filters', 'webhookUrl', 'email', 'enabled'],
);
const health = obj({ status: str, database: str, redis: str });
const timelinePage = obj({ dispute: disputeSummary, items: { type: 'array', items: timelineEntry }, next_cursor: nstr });

/** Success responses of every route, by "METHOD /path" as Fastify registers it. */
const SUCCESS: Record<string, Record<string, unknown>> = {
  'GET /health': { 200: json('PostgreSQL (and Redis when configured) reachable', health), 503: json('a dependency is down', health) },
  'GET /disputes': { 200: jsonOrCsv('Disputes', list(disputeSummary)) },
  'GET /disputes/:id': {
    200: { description: 'The dispute (JSON), or its timeline page with Accept: text/html', content: { 'application/json': { schema: disputeDetail }, 'text/html': { schema: { type: 'string' } } } },
  },
  'GET /disputes/:id/timeline': {
    200: {
      description: 'The timeline (JSON); the same Atom feed as /disputes/{id}/atom with Accept: application/atom+xml; CSV (UTF-8 with a byte-order mark) with Accept: text/csv or ?format=csv',
      content: { 'application/json': { schema: timelinePage }, 'application/atom+xml': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
    },
  },
  'GET /events': { 200: jsonOrCsv('Events, newest first', list(eventItem)) },
  'GET /actors': { 200: jsonOrCsv('Actors', list(actorItem)) },
  'GET /actors/:id': { 200: json('The actor with its disputes', actorDetail) },
  'GET /articles/:id': { 200: json('The article with its text and events', articleDetail) },
  'GET /sources': { 200: jsonOrCsv('Every source with its health', list(sourceItem)) },
  'POST /sources/:id/resume': { 200: json('Resumed', obj({ id: str, resumed: bool })), 404: error('no such source') },
  'POST /disputes/:id/merge': { 200: json('Merged', obj({ id: int, merged: { type: 'array', items: int } })) },
  'POST /disputes/:id/split': { 201: json('The new dispute', obj({ id: int, from: int })) },
  'GET /disputes/:id/atom': { 200: text("Atom 1.0 feed of the dispute's events", ['application/atom+xml']) },
  'GET /actors/:id/atom': { 200: text("Atom 1.0 feed of the actor's events", ['application/atom+xml']) },
  'GET /app': { 200: html('HTML index of disputes') },
  'GET /app/disputes/:id': { 200: html('HTML timeline page'), 301: { description: 'the dispute was merged: redirect to the one it went into' }, 404: html('no such dispute (HTML page)') },
  'GET /app/actors/:id': { 200: html('HTML page of an actor: its disputes and recent events'), 404: html('no such actor (HTML page)') },
  'POST /subscriptions': { 202: json('Confirmation e-mail on its way (same answer for any address)', obj({ status: str, message: str })) },
  'GET /subscriptions/confirm': { 200: html('A page with a button that confirms (POST); a GET confirms nothing'), 400: linkError('invalid or expired link') },
  'POST /subscriptions/confirm': { 200: html('Subscription confirmed'), 400: linkError('invalid or expired link') },
  'GET /unsubscribe': { 200: html('A page with a button that unsubscribes (POST); a GET unsubscribes nobody'), 400: linkError('invalid link') },
  'POST /unsubscribe': { 200: html('Unsubscribed (RFC 8058 one-click)'), 400: linkError('invalid link') },
  'POST /alerts': { 201: json('The new rule', alertRule) },
  'GET /alerts': { 200: json('Alert rules', list(alertRule)) },
  'GET /alerts/:id': { 200: json('The rule with its recent deliveries', { ...alertRule, properties: { ...(alertRule.properties as Schema), deliveries: { type: 'array', items: { type: 'object' } } } }) },
  'PATCH /alerts/:id': { 200: json('The changed rule', alertRule) },
  'DELETE /alerts/:id': { 204: { type: 'null', description: 'Deleted' } },
};


export const SECURITY_SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer', description: 'an API key: Authorization: Bearer <key> (npx brinkwatch keys create)' },
  apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'the same API key in X-API-Key' },
} as const;

const KEY = [{ bearerAuth: [] }, { apiKeyHeader: [] }];

/** The operation id of a route: method and path in camel case ("getDisputesByIdTimeline"). */
export function operationId(method: string, url: string): string {
  const words = url
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `by-${seg.slice(1)}` : seg))
    .join('-')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

interface RouteLike {
  method: string | string[];
  url: string;
  config?: { public?: boolean; scope?: string };
}

/** Who may call a route, as api/auth.ts decides it: 'public' (no key), 'read' (a key when reads need one), 'write', 'admin'. */
function accessOf(route: RouteLike, method: string, config: Config): 'public' | 'read' | 'write' | 'admin' {
  if (route.config?.public || ['/health', '/openapi.json', '/metrics'].includes(route.url)) return 'public';
  if (route.config?.scope) return route.config.scope as 'read' | 'write' | 'admin';
  if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) return 'write';
  return config.api.readKeyRequired ? 'read' : 'public';
}

/** Registers @fastify/swagger with the completed document; call before the routes are registered. */
export async function registerOpenApi(app: FastifyInstance, config: Config) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Brinkwatch API',
        version: '0.1.0',
        description:
          'Timelines of geopolitical disputes over AI: disputes, their dated events with evidence, actors, articles and sources. ' +
          'Errors are JSON `{error, message}` on every route, the Atom, CSV and HTML ones included (except the HTML pages, whose 404 is a page). ' +
          'Writes need an API key with the write scope; reads are open unless API_READ_KEY_REQUIRED=true.',
      },
      servers: [{ url: config.api.publicBaseUrl || '/', description: 'this server' }],
      components: { securitySchemes: SECURITY_SCHEMES as never },
    },
    transform: ({ schema, url, route }) => {
      const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
      const key = `${method} ${route.url}`;
      const access = accessOf(route as RouteLike, method, config);
      const s = { ...(schema as Schema) } as Schema & { response?: Record<string, unknown> };
      const responses: Record<string, unknown> = { ...(SUCCESS[key] ?? {}) };
      for (const [code, r] of Object.entries(s.response ?? {})) {
        if (!(code in responses)) responses[code] = { ...(r as Schema), description: (r as Schema).description ?? describeStatus(code) };
      }
      // Every route refuses a malformed request (a NUL in the URL at least) and rate-limits its callers.
      responses['400'] ??= error('bad request: the message says which parameter and why');
      if (access !== 'public') {
        responses['401'] ??= error('no API key, or an unknown one');
        responses['403'] ??= error(`the key lacks the ${access} scope`);
      }
      responses['429'] ??= error('rate limited (API_RATE_LIMIT_PER_MINUTE per key or IP); see Retry-After');
      responses['500'] ??= error('internal error (the message reveals nothing)');
      for (const [code, r] of Object.entries(responses)) {
        const body = r as Schema;
        if (/^[45]/.test(code) && body.type === 'object' && !body.content) responses[code] = error(describeStatus(code));
      }
      s.response = responses;
      s.operationId ??= operationId(method, route.url);
      s.security = access === 'public' ? [] : access === 'read' ? KEY : KEY;
      if (access === 'public' && !route.config?.public && !['/health', '/openapi.json', '/metrics'].includes(route.url)) {
        // Open reads: a key is optional (it lifts the per-IP rate limit to a per-key one).
        s.security = [{}, ...KEY];
      }
      return { schema: s as never, url };
    },
  });
}

function describeStatus(code: string): string {
  return (
    { '400': 'bad request: the message says which parameter and why', '404': 'not found', '409': 'conflict', '503': 'service unavailable' } as Record<string, string>
  )[code] ?? `HTTP ${code}`;
}
