// ALLEGATION by an authority's finding (session 6): "The regulator found that X had failed to …" is the authority's
// allegation against X when the finding names a failing; a finding of plain fact, a finding by no authority, or a
// negated finding is none. Texts are our own (invented companies; real agencies).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const alleg = (text: string) => extract({ text, published: '2026-05-12' }).events
  .filter((e) => e.type === 'ALLEGATION').map((e) => `${e.actor} -> ${e.target}`);

describe('an authority\'s finding of a failing is its allegation', () => {
  it.each([
    ['The Federal Trade Commission found that Ostrel Devices had failed to tell buyers that their voice recordings were kept.', 'Federal Trade Commission -> Ostrel Devices'],
    ['The European Commission concluded that Kirawa Cloud does not allow hotel operators to use rival booking tools.', 'European Commission -> Kirawa Cloud'],
    ['The Federal Communications Commission determined that Brenholt Networks had sold the routers without the required authorisation.', 'Federal Communications Commission -> Brenholt Networks'],
  ])('%s', (text, want) => { expect(alleg(text)).toContain(want); });
});

describe('no allegation from a finding of fact, a negated finding or a finding by no authority', () => {
  it.each([
    'The Federal Trade Commission found that Ostrel Devices had sold 40,000 routers in Ohio last year.',
    'The Federal Trade Commission has not found that Ostrel Devices failed to tell buyers anything.',
    'A study by Brenholt Research found that Ostrel Devices had not updated its routers since 2024.',
  ])('%s', (text) => { expect(alleg(text)).toEqual([]); });
});

describe('a wrongdoing after "any" or "no" with no wrongdoer named is no allegation', () => {
  it.each([
    'The Federal Trade Commission opened a probe into Ostrel Devices in May. The company said the changes were "a response to feedback" and were no admission of any breach.',
    'The European Commission fined Kirawa Cloud in March. Kirawa Cloud said it had paid "to move on", and that there had been no infringement.',
  ])('%s', (text) => { expect(alleg(text).filter((x) => x.startsWith('Ostrel') || x.startsWith('Kirawa'))).toEqual([]); });
});

describe('"smears" said of claims is a denial, not an allegation of smearing', () => {
  it('"said the accusations were groundless smears"', () => {
    const text = 'Ostrel Labs accused Tarvik AI of copying its model. Tarvik AI said the accusations were "groundless smears".';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.filter((e) => e.type === 'ALLEGATION' && e.actor === 'Tarvik AI')).toEqual([]);
    expect(events.some((e) => e.type === 'DENIAL' && e.actor === 'Tarvik AI' && e.target === 'Ostrel Labs')).toBe(true);
  });
  it('"dismissed them as smears", "opposes such smears": no allegation of smearing', () => {
    for (const text of ['Japan accused Tarvik AI of spying. Tarvik AI dismissed the accusations as smears.', 'Japan accused Tarvik AI of spying. Tarvik AI said it opposes such smears.']) {
      const { events } = extract({ text, published: '2026-05-12' }, { explain: true });
      expect(events.filter((e) => e.explain?.pattern === 'allegation.politicise')).toEqual([]);
    }
  });
});

describe('a supply to an army or through intermediaries, told by a speaker, is alleged; negated by the supplier, denied', () => {
  it('the reason an authority gives for a listing', () => {
    const text = 'The Commerce Department added Ostrel Devices to the entity list on Tuesday. The department said Ostrel Devices had shipped servers to a defence research institute through intermediaries in Malaysia.';
    expect(alleg(text)).toContain('Department of Commerce -> Ostrel Devices');
  });
  it('"has never sold to any military end user" is the listed firm\'s denial', () => {
    const text = 'The Commerce Department added Ostrel Devices to the entity list on Tuesday. Ostrel Devices said it has never sold products to any military end user.';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.some((e) => e.type === 'DENIAL' && e.actor === 'Ostrel Devices' && e.target === 'Department of Commerce')).toBe(true);
  });
  it('no speaker, no allegation: the writer telling a sale names no accuser', () => {
    expect(alleg('Ostrel Devices sold 4,000 radios to the army of Norway in 2019 under a public contract.')).toEqual([]);
  });
});

describe('"the Chinese Embassy in …" (capitalised) is the state, as "the Chinese embassy" is', () => {
  it('a spokesman for the embassy denies for the state; the accuser does not deny', () => {
    const text = 'The United States accused China of hacking its utilities. A spokeswoman for the Chinese Embassy in Ottawa dismissed the charges as "baseless".';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.filter((e) => e.type === 'DENIAL').map((e) => `${e.actor} -> ${e.target}`)).toEqual(['China -> United States']);
  });
  it('the accuser is not carried over as the denier when the embassy speaks for a state not accused', () => {
    const text = 'Ostrel Labs accused Tarvik AI of copying its model. A spokeswoman for the Chinese Embassy in Ottawa dismissed the charges as "baseless".';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.filter((e) => e.type === 'DENIAL' && e.actor === 'Ostrel Labs')).toEqual([]);
  });
});
