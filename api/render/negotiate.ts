/** HTTP content negotiation on the Accept header (RFC 9110 §12.5.1), pure. */

/**
 * The offered media type the Accept header prefers: highest q wins, then the more specific range, then
 * the order of `offered` (so `*\/*` or no header picks the first offer). Returns null when the client
 * accepts none of them (q=0 or no matching range).
 */
export function preferredType(accept: string | undefined, offered: readonly string[]): string | null {
  if (!accept || !accept.trim()) return offered[0] ?? null;
  const ranges = accept.split(',').map((part) => {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    return { range: range!.trim(), q: Number.isFinite(value) ? value : 0 };
  });
  let best: { type: string; q: number; specificity: number; order: number } | null = null;
  offered.forEach((type, order) => {
    const [major] = type.split('/');
    let match: { q: number; specificity: number } | null = null;
    for (const r of ranges) {
      const specificity = r.range === type ? 2 : r.range === `${major}/*` ? 1 : r.range === '*/*' ? 0 : -1;
      if (specificity >= 0 && (!match || specificity > match.specificity)) match = { q: r.q, specificity };
    }
    if (!match || match.q <= 0) return;
    if (!best || match.q > best.q || (match.q === best.q && match.specificity > best.specificity)) best = { type, ...match, order };
  });
  return (best as { type: string } | null)?.type ?? null;
}
