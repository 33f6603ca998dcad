/**
 * HMAC-signed tokens for digest links (pure). A token names its purpose and subscription, and a
 * confirmation token expires:  v1.<purpose>.<subscriptionId>.<expiresAtSeconds|0>.<base64url HMAC-SHA256>
 * keyed with DIGEST_SECRET (config.secrets.digest). Unsubscribe tokens never expire: a link in a year-old
 * e-mail must still work (RFC 8058 §3 expects the one-click URI to keep working). Purposes cannot be swapped.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'unsubscribe';

const CODE: Record<TokenPurpose, string> = { confirm: 'c', unsubscribe: 'u' };

/** Confirmation links are valid for seven days. */
export const CONFIRM_TTL_SECONDS = 7 * 24 * 3600;

function mac(secret: string, payload: string): string {
  // An empty key would sign tokens anyone can make: the runtime fills an unset secret before anything signs.
  if (!secret) throw new Error('tokens: DIGEST_SECRET is empty');
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Signs a token for a subscription; `expiresAt` is omitted for tokens that do not expire. */
export function signToken(secret: string, p: { purpose: TokenPurpose; subscriptionId: number; expiresAt?: Date }): string {
  const exp = p.expiresAt ? Math.floor(p.expiresAt.getTime() / 1000) : 0;
  const payload = `v1.${CODE[p.purpose]}.${p.subscriptionId}.${exp}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** Returns the subscription id when the token is well-formed, signed with the secret, of this purpose and not expired. */
export function verifyToken(secret: string, token: string, purpose: TokenPurpose, now: Date): number | null {
  const m = /^v1\.([cu])\.(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m || m[1] !== CODE[purpose]) return null;
  const payload = `v1.${m[1]}.${m[2]}.${m[3]}`;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(m[4]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const exp = Number(m[3]);
  if (exp !== 0 && now.getTime() / 1000 > exp) return null;
  return Number(m[2]);
}
