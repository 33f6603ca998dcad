// Near-duplicate detection for syndicated stories (one wire story, many outlets).
//
// SimHash (Charikar 2002) over word shingles of the main text: the text is lower-cased, split
// into Unicode word tokens, and every window of 3 consecutive tokens is hashed to 64 bits
// (FNV-1a 64). Each bit of the fingerprint is the sign of the sum of +1/-1 votes of the shingle
// hashes. Similar texts get fingerprints that differ in few bits; similarity = 1 - hamming / 64.
// A story is treated as a copy of another at similarity ≥ 0.85 (≤ 9 differing bits): wire copies
// with a changed headline, byline or trailing boilerplate stay above it, while different stories
// on the same topic land near 0.5. Texts shorter than MIN_TOKENS are not fingerprinted (too little
// signal; an empty string is returned and never matches).

export const NEAR_DUP_THRESHOLD = 0.85;
export const MIN_TOKENS = 20;
const SHINGLE = 3;
const MASK64 = (1n << 64n) - 1n;
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;

function fnv1a64(s: string): bigint {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * FNV_PRIME) & MASK64;
  }
  return h;
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Returns the 64-bit SimHash of a text as 16 hex digits ('' when the text is too short). */
export function fingerprint(text: string): string {
  const t = tokens(text);
  if (t.length < MIN_TOKENS) return '';
  const votes = new Int32Array(64);
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    let h = fnv1a64(t.slice(i, i + SHINGLE).join(' '));
    // Split into two 32-bit halves: Number bit operations are much faster than BigInt per bit.
    const lo = Number(h & 0xffffffffn);
    h >>= 32n;
    const hi = Number(h);
    for (let b = 0; b < 32; b++) {
      votes[b] += (lo >>> b) & 1 ? 1 : -1;
      votes[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let fp = 0n;
  for (let b = 63; b >= 0; b--) fp = (fp << 1n) | (votes[b] > 0 ? 1n : 0n);
  return fp.toString(16).padStart(16, '0');
}

function popcount64(x: bigint): number {
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Similarity of two fingerprints in [0, 1] (1 - Hamming distance / 64); 0 when either is empty. */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - popcount64(BigInt(`0x${a}`) ^ BigInt(`0x${b}`)) / 64;
}

/** Returns the most similar fingerprint of the list at or above the threshold, or null. */
export function findNearDuplicate<T extends { fingerprint: string }>(
  fp: string,
  candidates: readonly T[],
  threshold = NEAR_DUP_THRESHOLD,
): { match: T; similarity: number } | null {
  if (!fp) return null;
  let best: { match: T; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(fp, c.fingerprint);
    if (s >= threshold && (!best || s > best.similarity)) best = { match: c, similarity: s };
  }
  return best;
}
