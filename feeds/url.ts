// Canonical URLs and per-source entry identity: the dedup keys of articles and feed entries.
//
// canonicalizeUrl keeps a URL fetchable while removing what varies between copies of the same
// page: scheme and host case, fragment, default port, tracking parameters, parameter order, a
// trailing slash, and AMP / mobile variants where the URL shows them (`/amp/`, `?amp=1`,
// `.amp.html`, `amp.` / `m.` / `mobile.` hosts, which are mapped to `www.`).
import { createHash } from 'node:crypto';

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  'ocid', 'cmpid', 'cmp', 'ref', 'ref_src', 'ref_url', 'referrer', 'smid', 'smtyp', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'spm', 'ito', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 's_cid', 'icid',
  'wt.mc_id', 'soc_src', 'soc_trk', 'taid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'outputtype', 'amp', 'amp_js_v', 'usqp', '__twitter_impression', 'sr_share',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_', 'vero_', 'oly_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Returns the canonical form of an http(s) URL (other schemes are returned as parsed); throws on an invalid URL. */
export function canonicalizeUrl(url: string, base?: string): string {
  const u = new URL(url.trim(), base);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  u.hash = '';
  u.username = '';
  u.password = '';

  let host = u.hostname.replace(/\.$/, '');
  const mobile = /^(amp|m|mobile)\.(.+\..+)$/.exec(host);
  if (mobile) host = `www.${mobile[2]}`;
  u.hostname = host;

  let path = u.pathname;
  path = path.replace(/\/{2,}/g, '/');
  path = path.replace(/\.amp\.html$/i, '.html');
  path = path.replace(/\/amp(\/|$)/i, '/');
  path = path.replace(/^\/amp\//i, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  u.pathname = path || '/';

  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  return u.href;
}

/** Like canonicalizeUrl, but returns null instead of throwing for an unusable URL. */
export function tryCanonicalizeUrl(url: string | null | undefined, base?: string | null): string | null {
  if (!url) return null;
  try {
    return canonicalizeUrl(url, base ?? undefined);
  } catch {
    return null;
  }
}

export interface IdentifiableItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  published: Date | null;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

const MAX_IDENTITY_LENGTH = 512;

function bounded(prefix: string, value: string): string {
  const s = `${prefix}:${value}`;
  return s.length <= MAX_IDENTITY_LENGTH ? s : `${prefix}#${sha256(value)}`;
}

/**
 * Returns a stable identity for a feed entry within its source: the GUID, else the canonical
 * link, else a hash of source, title and date (so it stays the same across polls).
 */
export function entryIdentity(sourceId: string | number, item: IdentifiableItem): string {
  const guid = item.guid?.trim();
  if (guid) return bounded('guid', guid);
  const link = tryCanonicalizeUrl(item.link);
  if (link) return bounded('link', link);
  const title = (item.title ?? '').trim().replace(/\s+/g, ' ');
  const date = item.published && !Number.isNaN(item.published.getTime()) ? item.published.toISOString() : '';
  return `hash:${sha256(`${sourceId}\u0000${title}\u0000${date}`).slice(0, 40)}`;
}

/**
 * Returns one identity per item, in order. A GUID shared by items with different links in the
 * same document (a CMS emitting one GUID for a whole feed) is not trusted: those items fall back
 * to their link, then to the title/date hash.
 */
export function entryIdentities(sourceId: string | number, items: readonly IdentifiableItem[]): string[] {
  const linksByGuid = new Map<string, Set<string>>();
  for (const it of items) {
    const g = it.guid?.trim();
    if (!g) continue;
    const set = linksByGuid.get(g) ?? new Set<string>();
    set.add(tryCanonicalizeUrl(it.link) ?? `#title:${it.title ?? ''}`);
    linksByGuid.set(g, set);
  }
  return items.map((it) => {
    const g = it.guid?.trim();
    if (g && (linksByGuid.get(g)?.size ?? 0) > 1) return entryIdentity(sourceId, { ...it, guid: null });
    return entryIdentity(sourceId, it);
  });
}
