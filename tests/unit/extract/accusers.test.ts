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

describe('a passive accusation with no agent is made by whoever sued or probed the accused', () => {
  it.each([
    ['Quillon AI sued Marrowby Labs on Monday. Marrowby is accused of copying Quillon\'s code.', 'Quillon AI -> Marrowby Labs'],
    ['The Fair Trade Office opened an investigation into Brenholt Cloud in March. Brenholt is suspected of rigging bids for public contracts.', 'Fair Trade Office -> Brenholt Cloud'],
    ['Quillon AI sued Marrowby Labs on Monday. Marrowby is alleged to have copied Quillon\'s code.', 'Quillon AI -> Marrowby Labs'],
  ])('%s', (text, want) => { expect(events(text, 'ALLEGATION')).toContain(want); });
  it('an agent "by a/an …" is someone unnamed: no accuser from the suit', () => {
    const text = 'Quillon AI sued Marrowby Labs on Monday. Marrowby was accused of fraud by a former supplier last year.';
    expect(events(text, 'ALLEGATION')).toEqual([]);
  });
  it('with no act on the accused in the article, no one accuses', () => {
    expect(events('Marrowby Labs is suspected of rigging bids, a newspaper reported.', 'ALLEGATION')).toEqual([]);
  });
});

describe('"the group" as the subject of a reporting verb can be a named body of members', () => {
  it('"The Free Press Coalition filed … The group says X stole …"', () => {
    const text = 'The Free Press Coalition filed a complaint against Marrowby Labs on Monday. The group says Marrowby stole thousands of articles.';
    expect(events(text, 'ALLEGATION')).toContain('Free Press Coalition -> Marrowby Labs');
  });
  it('"the group" still names a company group', () => {
    const text = 'Marrowby Holdings sued Quillon AI on Monday. The group says Quillon stole its code.';
    expect(events(text, 'ALLEGATION')).toContain('Marrowby Holdings -> Quillon AI');
  });
});

describe('"we assess (with … confidence) that" reports a finding of the speaker', () => {
  it.each([
    ['The Cyber Agency of Veldoria assessed that Kessmar stole the data of 40,000 users.', 'Cyber Agency of Veldoria -> Kessmar'],
    ['Halvane Labs said on Monday: "We assess with moderate confidence that Kessmar stole the data of 40,000 users."', 'Halvane Labs -> Kessmar'],
  ])('%s', (text, want) => { expect(events(text, 'ALLEGATION')).toContain(want); });
  it('"assess" of a thing with no clause reports nothing', () => {
    expect(events('The Cyber Agency of Veldoria will assess the damage that Kessmar caused.', 'ALLEGATION')).toEqual([]);
  });
});

describe('bare "officials" accusing a party a state body acted on speak for that body', () => {
  it('"Chile blocked X. Officials accused the company of …"', () => {
    const text = 'Chile blocked Miravel Labs on Monday. Officials accused the company of spreading false figures about the budget.';
    expect(events(text, 'ALLEGATION')).toContain('Chile -> Miravel Labs');
  });
  it('no state body acted on the accused: no one', () => {
    const text = 'Quillon AI sued Miravel Labs on Monday. Officials accused Miravel Labs of spreading false figures about the budget.';
    expect(events(text, 'ALLEGATION')).toEqual([]);
  });
});
