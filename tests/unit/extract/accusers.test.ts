// Who accuses (session 7b, branch s7b-accusers): the subjects of allegations and the accusers that denials answer.
// Texts are our own (invented companies and people).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const events = (text: string, type: string) => extract({ text, published: '2026-05-12' }).events
  .filter((e) => e.type === type).map((e) => `${e.actor} -> ${e.target}`);

describe('a denial is not a ruling on a request named in a later clause', () => {
  it.each([
    ['The Competition Board fined Corvane Data $4 million on Tuesday. Corvane denied any wrongdoing and said it would appeal.', 'Corvane Data -> Competition Board'],
    ['Quillon AI sued Marrowby Labs on Monday. Marrowby rejected the claims, and its lawyers said an appeal was likely.', 'Marrowby Labs -> Quillon AI'],
  ])('%s', (text, want) => { expect(events(text, 'DENIAL')).toContain(want); });
  it('a court that denies a motion still denies nothing', () => {
    const text = 'Quillon AI sued Marrowby Labs in May. On Friday Judge Ada Vell denied Marrowby\'s motion to dismiss the case.';
    expect(events(text, 'DENIAL')).toEqual([]);
  });
});
