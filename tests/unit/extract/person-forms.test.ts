// Persons and companies among names found by their form alone (extract/entities.ts: personByForms, companyByForms;
// extract/given-names.ts; extract/README.md "Entities"). Sentences are our own; the parties are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { isGivenName } from '../../../extract/given-names.ts';

const kinds = (text: string) => Object.fromEntries(extract({ text, title: '', published: '2026-03-12' }).entities.map((e) => [e.name, e.kind]));
const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('given names (package lists)', () => {
  it('knows common given names and not invented company words', () => {
    expect(isGivenName('Greta')).toBe(true);
    expect(isGivenName('Tobias')).toBe(true);
    expect(isGivenName('Corvane')).toBe(false);
  });
});

describe('coordinated untitled names opened by given names are persons', () => {
  it('two persons suing together act as persons, one event', () => {
    const text = 'Greta Marsh and Tobias Renk filed a lawsuit against Brantwell Systems on Tuesday, accusing the company of copying their novels.';
    const k = kinds(text);
    expect(k['Greta Marsh']).toBe('person');
    expect(k['Tobias Renk']).toBe('person');
    expect(run(text)).toContain('LEGAL_ACTION Greta Marsh -> Brantwell Systems');
    expect(run(text)).not.toContain('LEGAL_ACTION Tobias Renk -> Brantwell Systems');
  });

  it('a name opened by a given name and taken up by "Ms." later is a person', () => {
    expect(kinds('Greta Marsh sued Brantwell Systems on Tuesday. Ms. Marsh is a novelist.')['Greta Marsh']).toBe('person');
  });

  it('two companies stay companies', () => {
    const k = kinds('Corvane Metrics and Brantwell Systems sued the regulator on Tuesday.');
    expect(k['Corvane Metrics']).toBe('company');
    expect(k['Brantwell Systems']).toBe('company');
  });
});

describe('a two-word company before a speech verb', () => {
  it('a capitalised common noun last and no given name first: a company', () => {
    expect(kinds('Corvane Data said on Monday it would appeal the fine.')['Corvane Data']).toBe('company');
    expect(kinds('Pellory Health denied the allegations on Friday.')['Pellory Health']).toBe('company');
  });

  it('"its" after the verb: a company', () => {
    expect(kinds('Corvane Veltis said its app complied with the law.')['Corvane Veltis']).toBe('company');
  });

  it('a given name first keeps a person even when the surname is a common noun', () => {
    expect(kinds('Greta Bell said she would sue Brantwell Systems over her photographs.')['Greta Bell']).toBe('person');
  });

  it('"he"/"she" after the verb keeps a person without a listed given name', () => {
    expect(kinds('Xantor Baker said he would sue Brantwell Systems.')['Xantor Baker']).toBe('person');
  });
});

describe('persons by their place in the sentence, any given name', () => {
  it('the speaker after a quotation is a person', () => {
    expect(kinds('"The fine is too small," said Kiri Talvane, a law lecturer in Dalmore. Brantwell Systems sued the regulator.')['Kiri Talvane']).toBe('person');
  });

  it('a name taken up by "who" is a person', () => {
    expect(kinds('The rules are unclear, according to Kiri Talvane, who runs a small app studio. Brantwell Systems sued the regulator.')['Kiri Talvane']).toBe('person');
  });

  it('a name set off by commas before a speech verb, opened by a given name, is a person', () => {
    expect(kinds('The ministry\'s adviser, Tobias Renk, said the fine was lawful.')['Tobias Renk']).toBe('person');
  });

  it('"said" before a company name ended by a common noun does not make a person', () => {
    expect(kinds('"We will appeal," said Corvane Data in a statement.')['Corvane Data']).not.toBe('person');
  });
});
