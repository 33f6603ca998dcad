import type { FastifyInstance } from 'fastify';
import { AlertFiltersSchema } from '../../alerts/match.ts';
import { checkWebhookUrl, WebhookBlockedError } from '../../alerts/webhook.ts';
import { createAlertRule, deleteAlertRule, getAlertRule, listAlertRules, listDeliveriesOfRule, updateAlertRule, type AlertRuleInput } from '../../db/queries/alerts.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { cursor, errorSchema, idParams, limit } from '../schemas.ts';

const ruleBody = (required: string[]) =>
  ({
    type: 'object',
    // An empty `required` is not valid OpenAPI 3.0 (swagger-parser refuses it): leave the key out instead.
    ...(required.length ? { required } : {}),
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      filters: { type: 'object', description: 'actors (names or ids), disputeIds, issues, minLevel, types' },
      webhookUrl: { type: ['string', 'null'], maxLength: 2000 },
      email: { type: ['string', 'null'], maxLength: 254, format: 'email' },
      maxPerHour: { type: 'integer', minimum: 1, maximum: 1000 },
      enabled: { type: 'boolean' },
    },
  }) as const;

type RuleBody = Partial<AlertRuleInput> & { filters?: unknown };

/** Checks filters and the webhook URL; returns the input or the reason it is refused. */
function checkRule(app: FastifyInstance, body: RuleBody): { ok: true; value: Partial<AlertRuleInput> } | { ok: false; message: string } {
  const value: Partial<AlertRuleInput> = { ...body } as Partial<AlertRuleInput>;
  if (body.filters !== undefined) {
    const f = AlertFiltersSchema.safeParse(body.filters);
    if (!f.success) return { ok: false, message: `filters: ${f.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
    value.filters = f.data;
  }
  if (body.webhookUrl) {
    try {
      checkWebhookUrl(body.webhookUrl, app.deps.ctx.config.fetch.allowPrivateHosts);
    } catch (err) {
      if (err instanceof WebhookBlockedError) return { ok: false, message: err.message };
      throw err;
    }
  }
  return { ok: true, value };
}

/**
 * CRUD for alert rules: /alerts, /alerts/:id (with its recent deliveries). Rules hold webhook URLs and
 * e-mail addresses, so reading them needs a `write` key too, like changing them (api/auth.ts).
 */
export async function alertRoutes(app: FastifyInstance) {
  const db = () => app.deps.ctx.db;
  const bad = (message: string) => ({ error: 'bad_request', message });

  app.post<{ Body: RuleBody & { name: string } }>(
    '/alerts',
    { schema: { summary: 'Create an alert rule delivered by webhook and/or e-mail', body: ruleBody(['name']), response: { 400: errorSchema } } },
    async (req, reply) => {
      const checked = checkRule(app, req.body);
      if (!checked.ok) return reply.status(400).send(bad(checked.message));
      if (!req.body.webhookUrl && !req.body.email) return reply.status(400).send(bad('a rule needs a webhookUrl or an email'));
      const rule = await createAlertRule(db(), { filters: {}, ...checked.value, name: req.body.name });
      return reply.status(201).header('location', `/alerts/${rule.id}`).send(rule);
    },
  );

  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/alerts',
    {
      config: { scope: 'write' },
      schema: {
        summary: 'Alert rules',
        querystring: { type: 'object', additionalProperties: false, properties: { limit: limit(200, 50), cursor } },
        response: { 400: errorSchema },
      },
    },
    async (req) => {
      const c = decodeCursor<{ id: number }>(req.query.cursor, { id: 'number' });
      const items = await listAlertRules(db(), { limit: req.query.limit, afterId: c?.id });
      const last = items[items.length - 1];
      return { items, next_cursor: last && items.length === req.query.limit ? encodeCursor({ id: last.id }) : null };
    },
  );

  app.get<{ Params: { id: number } }>(
    '/alerts/:id',
    { config: { scope: 'write' }, schema: { summary: 'One alert rule with its 50 most recent deliveries', params: idParams, response: { 400: errorSchema, 404: errorSchema } } },
    async (req, reply) => {
      const rule = await getAlertRule(db(), req.params.id);
      if (!rule) return reply.status(404).send({ error: 'not_found', message: `no alert rule ${req.params.id}` });
      return { ...rule, deliveries: await listDeliveriesOfRule(db(), rule.id, 50) };
    },
  );

  app.patch<{ Params: { id: number }; Body: RuleBody }>(
    '/alerts/:id',
    { schema: { summary: 'Change an alert rule', params: idParams, body: ruleBody([]), response: { 400: errorSchema, 404: errorSchema } } },
    async (req, reply) => {
      const checked = checkRule(app, req.body);
      if (!checked.ok) return reply.status(400).send(bad(checked.message));
      const existing = await getAlertRule(db(), req.params.id);
      if (!existing) return reply.status(404).send({ error: 'not_found', message: `no alert rule ${req.params.id}` });
      const webhookUrl = req.body.webhookUrl !== undefined ? req.body.webhookUrl : existing.webhookUrl;
      const email = req.body.email !== undefined ? req.body.email : existing.email;
      if (!webhookUrl && !email) return reply.status(400).send(bad('a rule needs a webhookUrl or an email'));
      return updateAlertRule(db(), req.params.id, checked.value);
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/alerts/:id',
    { schema: { summary: 'Delete an alert rule and its deliveries', params: idParams, response: { 400: errorSchema, 404: errorSchema } } },
    async (req, reply) => {
      if (!(await deleteAlertRule(db(), req.params.id))) return reply.status(404).send({ error: 'not_found', message: `no alert rule ${req.params.id}` });
      return reply.status(204).send();
    },
  );
}
