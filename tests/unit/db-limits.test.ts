/** clampText (db/limits.ts), issue 19 finding 11: cut at a word boundary near the limit, never inside a surrogate pair. */
import { describe, expect, it } from 'vitest';
import { clampText } from '../../db/limits.ts';

describe('clampText', () => {
  it('leaves short text and null alone', () => {
    expect(clampText('short', 10)).toBe('short');
    expect(clampText(null, 10)).toBeNull();
  });
  it('cuts at the last space near the limit and marks the cut', () => {
    expect(clampText('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
    expect(clampText('x'.repeat(50), 20)).toBe(`${'x'.repeat(19)}…`);
  });
  it('never leaves half a surrogate pair', () => {
    const out = clampText('😀'.repeat(20), 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out).toBe(`${'😀'.repeat(4)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out)).toBe(false);
  });
});
