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
const FNV_PRIME_LO = 0x1b3; // FNV-1a 64 prime = 2^40 + 0x1b3

/**
 * FNV-1a 64 state as two unsigned 32-bit halves [hi, lo], at the offset basis. The multiply by the prime
 * (2^40 + 0x1b3) in fnvAdd is done on Number halves — exact, since every partial product stays below
 * 2^53 — which is many times faster than BigInt arithmetic and gives the same bits.
 */
function fnvState(): [number, number] {
  return [0xcbf29ce4, 0x84222325];
}

/** Feeds a string's UTF-16 code units into an FNV-1a 64 state, in place. */
function fnvAdd(h: [number, number], s: string): void {
  let hi = h[0];
  let lo = h[1];
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0;
    const a = lo * FNV_PRIME_LO;
    const carry = Math.floor(a / 0x1_0000_0000);
    const b = hi * FNV_PRIME_LO + carry;
    hi = ((b >>> 0) + ((lo << 8) >>> 0)) >>> 0;
    lo = a >>> 0;
  }
  h[0] = hi;
  h[1] = lo;
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
    // The hash of the shingle "t[i] t[i+1] t[i+2]", fed token by token (no joined string).
    const h = fnvState();
    for (let k = 0; k < SHINGLE; k++) {
      if (k) fnvAdd(h, ' ');
      fnvAdd(h, t[i + k]!);
    }
    const [hi, lo] = h;
    for (let b = 0; b < 32; b++) {
      votes[b] += (lo >>> b) & 1 ? 1 : -1;
      votes[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let fpHi = 0;
  let fpLo = 0;
  for (let b = 0; b < 32; b++) {
    if (votes[b]! > 0) fpLo |= 1 << b;
    if (votes[b + 32]! > 0) fpHi |= 1 << b;
  }
  return (fpHi >>> 0).toString(16).padStart(8, '0') + (fpLo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of differing bits of two 16-hex-digit fingerprints. */
export function hammingDistance(a: string, b: string): number {
  return popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) + popcount32((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0);
}

/** Most differing bits at which two fingerprints still count as near-duplicates (similarity ≥ threshold). */
export function maxDistanceFor(threshold = NEAR_DUP_THRESHOLD): number {
  return Math.floor(64 * (1 - threshold) + 1e-9);
}

/** Similarity of two fingerprints in [0, 1] (1 - Hamming distance / 64); 0 when either is empty. */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - hammingDistance(a, b) / 64;
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
