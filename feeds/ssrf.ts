/**
 * The SSRF guard shared by everything that dials a URL someone else chose: feeds and pages (feeds/fetch.ts) and alert
 * webhooks (alerts/webhook.ts). Private, loopback, link-local, CGNAT, ULA, multicast, reserved, documentation and
 * cloud-metadata addresses are refused — IPv4, IPv6, and IPv4 embedded in IPv6 (mapped, compatible, NAT64, 6to4) — unless
 * the host name, the address or a CIDR holding it is listed in ALLOW_PRIVATE_HOSTS. The check runs in the lookup that
 * undici uses for the connection itself, so the address checked is the address dialled (no check-then-connect gap);
 * IP literals, which never reach a lookup, are checked with `isAllowed(host, host)`.
 */
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) blocked.addSubnet(net, prefix, 'ipv6');

function expandIpv6(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const p = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + `${((p[0] << 8) | p[1]).toString(16)}:${((p[2] << 8) | p[3]).toString(16)}`;
  }
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = s.includes('::') ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array(fill).fill('0'), ...t].map((g) => parseInt(g || '0', 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** Returns the IPv4 address embedded in an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
function embeddedIpv4(ip: string): string | null {
  const g = expandIpv6(ip);
  if (!g) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0) && (g[6] || g[7])) return v4(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6], g[7]);
  if (g[0] === 0x2002) return v4(g[1], g[2]);
  return null;
}

/** True when an IP address is private, loopback, link-local, CGNAT, ULA, multicast, reserved or metadata. */
export function isBlockedAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(ip);
    if (v4 && blocked.check(v4, 'ipv4')) return true;
    return blocked.check(ip.replace(/%.*$/, ''), 'ipv6');
  }
  return true;
}

function buildAllowList(entries: readonly string[] | undefined): { hosts: Set<string>; list: BlockList } {
  const hosts = new Set<string>();
  const list = new BlockList();
  for (const raw of entries ?? []) {
    const e = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
    const [addr, prefix] = e.split('/');
    const fam = isIP(addr);
    if (fam && prefix !== undefined) list.addSubnet(addr, Number(prefix), fam === 4 ? 'ipv4' : 'ipv6');
    else if (fam) list.addAddress(addr, fam === 4 ? 'ipv4' : 'ipv6');
    else hosts.add(e);
  }
  return { hosts, list };
}

export interface AddressPolicy {
  /** Whether a connection to `ip`, resolved from `host` (or an IP literal: `isAllowed(ip, ip)`), may be made. */
  isAllowed(host: string, ip: string): boolean;
  /** A `dns.lookup` for undici's connect option: the allowed addresses of the name, or `refuse(hostname)` when none is. */
  lookup(hostname: string, options: { all?: boolean; family?: number } | number, callback: (...args: unknown[]) => void): void;
}

/** The guard for one ALLOW_PRIVATE_HOSTS list (host names, addresses, CIDRs). */
export function addressPolicy(allowPrivate: readonly string[] | undefined, refuse: (hostname: string) => Error): AddressPolicy {
  const allow = buildAllowList(allowPrivate);
  const isAllowed = (host: string, ip: string): boolean => {
    if (allow.hosts.has(host.toLowerCase()) || allow.hosts.has(ip)) return true;
    const fam = isIP(ip);
    if (fam && allow.list.check(ip, fam === 4 ? 'ipv4' : 'ipv6')) return true;
    return !isBlockedAddress(ip);
  };
  const lookup: AddressPolicy['lookup'] = (hostname, options, callback) => {
    const o = typeof options === 'number' ? { family: options } : options ?? {};
    dnsLookup(hostname, { all: true, family: o.family as 0 | 4 | 6 | undefined }, (err, addresses) => {
      if (err) return callback(err);
      const ok = addresses.filter((a) => isAllowed(hostname, a.address));
      if (ok.length === 0) return callback(refuse(hostname));
      if (o.all) return callback(null, ok);
      return callback(null, ok[0]!.address, ok[0]!.family);
    });
  };
  return { isAllowed, lookup };
}
