/**
 * Installation secrets (issue 19, red-team finding 5): with no DIGEST_SECRET or WEBHOOK_SECRET in the
 * environment, the first process to start generates them and keeps them in PostgreSQL; every later process
 * (here a second runtime, as the API beside the workers) reads the same ones; a token forged with the old
 * public example secret is refused.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.ts';
import { createRuntime } from '../../../cli/runtime.ts';
import { signToken, verifyToken } from '../../../digest/tokens.ts';
import { freshPostgres, serviceAvailable, TEST_DATABASE_URL } from '../../helpers/env.ts';

const up = await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL');

describe.skipIf(!up)('generated secrets', () => {
  it('are made on first start, shared by later processes, and never the public example', async () => {
    const handle = await freshPostgres();
    await handle.close();
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'silent' as const };
    const first = await createRuntime(loadConfig(env), { migrate: 'require', inProcess: true });
    const second = await createRuntime(loadConfig(env), { migrate: 'require', inProcess: true });
    try {
      const { digest, webhook } = first.ctx.config.secrets;
      expect(digest).toMatch(/^[\w-]{43}$/);
      expect(webhook).toMatch(/^[\w-]{43}$/);
      expect(digest).not.toBe(webhook);
      expect(second.ctx.config.secrets).toEqual({ digest, webhook });
      expect(Object.isFrozen(first.ctx.config.secrets)).toBe(true);

      const now = new Date();
      const token = signToken(first.ctx.config.secrets.digest, { purpose: 'unsubscribe', subscriptionId: 7 });
      expect(verifyToken(second.ctx.config.secrets.digest, token, 'unsubscribe', now)).toBe(7);
      const forged = signToken('change-me-digest-secret', { purpose: 'unsubscribe', subscriptionId: 7 });
      expect(verifyToken(second.ctx.config.secrets.digest, forged, 'unsubscribe', now)).toBeNull();
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('an empty key signs nothing', () => {
    expect(() => signToken('', { purpose: 'confirm', subscriptionId: 1, expiresAt: new Date() })).toThrow(/DIGEST_SECRET is empty/);
  });
});
