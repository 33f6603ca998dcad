// The English inflection table behind `<lemma>` and the engine's pre-check hints derived from compiled patterns.
import { describe, expect, it } from 'vitest';
import { inflect } from '../../../extract/lang/en/morph.ts';
import { TRIGGERS, TRIGGER_HINTS, EXAMPLES, slotsOk, type Trigger } from '../../../extract/lexicon.ts';
import { posTags } from '../../../extract/pos.ts';
import { extract } from '../../../extract/index.ts';

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

describe('word-class slots ({mod}, {det}, {adj}, {adv}): patterns on parts of speech', () => {
  // "<suspend> {mod}{0,3}accounts": the words between the verb and its head noun must be what stands before a noun.
  const accounts = TRIGGERS.find((t) => t.id === 'restriction.terminate-accounts')!;
  const firstMatch = (t: Trigger, text: string): string | null => {
    const re = new RegExp(t.re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) if (slotsOk(t, m, posTags)) return m[0];
    return null;
  };

  it('compiles a slot into a named group of words and records its class', () => {
    expect(accounts.slots?.[0]).toEqual({ group: 's0', cls: 'mod' });
    expect(accounts.re.source).toContain('(?<s0>(?:\\S+ ){0,3})');
  });

  it('admits determiners, numbers, adjectives, nouns, participles and names before the head noun', () => {
    for (const text of [
      'Quillon suspended the accounts of Marrowby.',
      'Quillon suspended three developer accounts linked to Marrowby.',
      'Quillon suspended all suspected accounts of Marrowby.',
      "Quillon suspended Marrowby's cloud accounts.",
      // The lexicon gives "search" a verb's tag first; as a noun's modifier it stays in the class.
      'Quillon suspended the search engine accounts of Marrowby.',
    ]) expect(firstMatch(accounts, text), text).toMatch(/^suspended .*accounts$/);
  });

  it('rejects a gap that holds a preposition, a conjunction or a pronoun', () => {
    expect(firstMatch(accounts, 'Quillon suspended for a week accounts that Marrowby ran.')).toBeNull();
    expect(firstMatch(accounts, 'Quillon suspended sales and accounts.')).toBeNull();
    expect(firstMatch(accounts, 'Quillon suspended them and their accounts.')).toBeNull();
  });

  it('the engine makes no event of a match whose slot holds a word of another class', () => {
    const got = (text: string) => extract({ text, published: '2026-03-12' }, { explain: true }).events
      .filter((e) => e.explain?.pattern === 'restriction.terminate-accounts').map((e) => `${e.actor} -> ${e.target}`);
    expect(got('Quillon terminated two developer accounts of Marrowby Labs on Monday.')).toEqual(['Quillon -> Marrowby Labs']);
    expect(got('Quillon terminated for a week accounts of Marrowby Labs on Monday.')).toEqual([]);
  });

  it('the bundle names its classes; a pattern with a class it does not name fails to compile', async () => {
    const { WORD_CLASSES } = await import('../../../extract/lang/en/word-classes.ts');
    expect(Object.keys(WORD_CLASSES).sort()).toEqual(['adj', 'adv', 'det', 'mod']);
    const { compilePattern } = await import('../../../extract/lexicon.ts');
    expect(() => compilePattern({ id: 'x.test', type: 'DEMAND', mode: 'svo', conf: 0.5, src: '<urge> {noun}' })).toThrow(/unknown word class \{noun\}/);
    expect(compilePattern({ id: 'x.test', type: 'DEMAND', mode: 'svo', conf: 0.5, src: '<urge> {det}?{adj}*officials' }).slots).toEqual([{ group: 's0', cls: 'det' }, { group: 's1', cls: 'adj' }]);
  });
});
