import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_WORD, isOrgWord } from '../../../extract/entities.ts';

describe('isOrgWord (the fast path in front of ORG_WORD)', () => {
  it('answers as the regex does, for words, punctuation and any code points', () => {
    for (const t of ['Alibaba', 'iFlytek', 'OPENAI', 'accused', 'x', 'a1B', 'ab-C', ',', '42', 'Ünïcode', 'éTAT', 'état', '東京', 'ǅemal', "O'Neil", 'eU', 'e\u0301T'])
      expect(isOrgWord(t), t).toBe(ORG_WORD.test(t));
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }), fc.string({ minLength: 1, maxLength: 10, unit: 'grapheme' }), fc.stringMatching(/^[a-zA-Z0-9.&'-]{1,10}$/)), (t) => {
        expect(isOrgWord(t)).toBe(ORG_WORD.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});
