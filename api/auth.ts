/**
 * Access control: every write (POST, PUT, PATCH, DELETE) needs an API key with the `write` scope;
 * reads are open unless API_READ_KEY_REQUIRED, and admin pages need `admin`. Keys come in
 * `Authorization: Bearer <key>` or `X-API-Key`. Routes authenticated otherwise (signed e-mail tokens)
 * declare `config: { public: true }`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findApiKey } from '../db/queries/api-keys.ts';

declare module 'fastify' {
  interface FastifyRequest {
    apiKey: { id: number; prefix: string; scopes: string[] } | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    scope?: 'read' | 'write' | 'admin';
  }
}

const ALWAYS_OPEN = new Set(['/health', '/openapi.json', '/metrics']);

function presentedKey(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const header = req.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : null;
}

/** Resolves the caller's key (once, before rate limiting) and enforces scopes per route. */
export function registerAuth(app: FastifyInstance, opts: { readKeyRequired: boolean }) {
  app.decorateRequest('apiKey', null);
  app.addHook('onRequest', async (req) => {
    const key = presentedKey(req);
    if (key && key.length < 200) req.apiKey = await findApiKey(app.deps.ctx.db, key);
  });
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const cfg = req.routeOptions.config ?? {};
    const path = req.routeOptions.url ?? '';
    if (cfg.public || ALWAYS_OPEN.has(path) || !req.routeOptions.url) return;
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    const needed = cfg.scope ?? (write ? 'write' : opts.readKeyRequired ? 'read' : null);
    if (!needed) return;
    if (!req.apiKey) {
      return reply.status(401).send({ error: 'unauthorized', message: 'an API key is required (Authorization: Bearer <key> or X-API-Key)' });
    }
    const scopes = req.apiKey.scopes;
    const ok = scopes.includes('admin') || scopes.includes(needed) || (needed === 'read' && scopes.includes('write'));
    if (!ok) return reply.status(403).send({ error: 'forbidden', message: `this key lacks the ${needed} scope` });
  });
}
