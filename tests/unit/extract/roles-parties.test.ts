import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us; every company, group and person is invented.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();
const names = (text: string) => run(text).entities.map((e) => e.name);

describe('an unknown acronym as the subject of a verb of speech or of a legal step', () => {
  it('"KLANG alleges that …": the acronym is the accuser, not the last speaker', () => {
    const t = triples('Quillon appealed the ruling, according to Wirefeed. KLANG alleges that Quillon used song lyrics without permission.');
    expect(t).toContain('ALLEGATION KLANG -> Quillon');
    expect(t.some((x) => x.startsWith('ALLEGATION Wirefeed'))).toBe(false);
  });

  it('"the rights group VOXA filed a complaint against X": the group files it', () => {
    expect(triples('The rights group VOXA filed a complaint against Quillon Labs with the Dalmore regulator.')).toContain('LEGAL_ACTION VOXA -> Quillon Labs');
  });

  it('a capitalised term after a preposition, or one the lexicon knows, names nobody', () => {
    const n = names('Quillon Labs said the API returned errors. Chips sold to ASEAN said little about demand, the CEO said.');
    expect(n).not.toContain('API');
    expect(n).not.toContain('ASEAN');
    expect(n).not.toContain('CEO');
  });
});

describe('a body named with "of the" and its subject', () => {
  it('"Federal Ministry of the Environment" is one name, not "Federal Ministry"', () => {
    expect(triples('Ostria\'s Federal Ministry of the Environment last week ordered operators to remove sensors supplied by Brennick Systems.'))
      .toEqual(['RESTRICTION Federal Ministry of the Environment -> Brennick Systems']);
  });

  it('a title word ending the "of"-phrase ("Office of the Privacy Commissioner") belongs to the name', () => {
    expect(triples('The Office of the Privacy Commissioner opened an investigation into Brennick Systems.'))
      .toEqual(['INVESTIGATION Office of the Privacy Commissioner -> Brennick Systems']);
  });

  it('a title followed by a name still opens a person ("Department of Commerce Secretary Ada Vell")', () => {
    const n = names('The Department of Commerce Secretary Ada Vell said Brennick Systems stole designs.');
    expect(n).toContain('Ada Vell');
    expect(n.some((x) => x.includes('Secretary'))).toBe(false);
  });
});
