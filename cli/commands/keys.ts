/** `brinkwatch keys create --name NAME [--scope write|read|admin]... | list | revoke ID`. */
import { parseArgs } from 'node:util';
import type { Config } from '../../config.ts';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyScope } from '../../db/queries/api-keys.ts';
import { createRuntime } from '../runtime.ts';

const SCOPES: ApiKeyScope[] = ['read', 'write', 'admin'];

export async function runKeys(config: Config, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: 'string' }, scope: { type: 'string', multiple: true } },
  });
  const rt = await createRuntime(config, { migrate: 'require', inProcess: true });
  try {
    switch (sub) {
      case 'create': {
        if (!values.name) throw new Error('keys create: --name is required');
        const scopes = (values.scope?.length ? values.scope : ['write']) as ApiKeyScope[];
        const bad = scopes.filter((s) => !SCOPES.includes(s));
        if (bad.length) throw new Error(`keys create: unknown scope(s) ${bad.join(', ')} (read, write, admin)`);
        const { id, key } = await createApiKey(rt.ctx.db, values.name, scopes);
        process.stderr.write(`keys: created key ${id} (${scopes.join(', ')}); it is shown once, store it now:\n`);
        process.stdout.write(`${key}\n`);
        return 0;
      }
      case 'list':
        for (const k of await listApiKeys(rt.ctx.db)) {
          process.stdout.write(`${k.id}\t${k.prefix}…\t${k.name}\t${k.scopes.join(',')}\t${k.revokedAt ? 'revoked' : 'active'}\n`);
        }
        return 0;
      case 'revoke': {
        const id = Number(positionals[0]);
        if (!Number.isInteger(id) || !(await revokeApiKey(rt.ctx.db, id, rt.ctx.now()))) throw new Error(`keys revoke: no key ${positionals[0]}`);
        process.stderr.write(`keys: key ${id} revoked\n`);
        return 0;
      }
      default:
        throw new Error('keys: expected create --name NAME [--scope write], list or revoke ID');
    }
  } finally {
    await rt.close();
  }
}
