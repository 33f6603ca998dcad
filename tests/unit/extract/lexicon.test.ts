// The English inflection table behind `<lemma>` and the engine's pre-check hints derived from compiled patterns.
import { describe, expect, it } from 'vitest';
import { inflect } from '../../../extract/lang/en/morph.ts';
import { TRIGGERS, TRIGGER_HINTS, EXAMPLES } from '../../../extract/lexicon.ts';

describe('inflect', () => {
  it('gives base, -s, -ed and -ing forms, doubling a final consonant and keeping a double e', () => {
    expect(new Set(inflect('accuse'))).toEqual(new Set(['accuse', 'accuses', 'accused', 'accusing']));
    expect(new Set(inflect('ban'))).toEqual(new Set(['ban', 'bans', 'banned', 'banning']));
    expect(new Set(inflect('deny'))).toEqual(new Set(['deny', 'denies', 'denied', 'denying']));
    expect(new Set(inflect('dismiss'))).toEqual(new Set(['dismiss', 'dismisses', 'dismissed', 'dismissing']));
    expect(new Set(inflect('disagree'))).toEqual(new Set(['disagree', 'disagrees', 'disagreed', 'disagreeing']));
    expect(inflect('fight')).toContain('fought');
  });
});

describe('pre-check hints', () => {
  it('every pattern has literal hints, also one that opens with a <lemma>', () => {
    expect(TRIGGERS.filter((_, i) => !TRIGGER_HINTS[i]).map((t) => t.id)).toEqual([]);
    const i = TRIGGERS.findIndex((t) => t.id === 'denial.disagree');
    expect(TRIGGER_HINTS[i]).toContain('disagreeing');
  });

  it('no hint rules out a sentence that its pattern matches (every example sentence passes its own pattern\'s hints)', () => {
    TRIGGERS.forEach((t, i) => {
      for (const [text] of EXAMPLES[t.id] ?? []) {
        t.re.lastIndex = 0;
        if (!t.re.test(text)) continue;
        expect(TRIGGER_HINTS[i]!.some((h) => text.toLowerCase().includes(h)), `${t.id}: ${text}`).toBe(true);
      }
    });
  });
});
