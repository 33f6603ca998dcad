// Coordinated parties (session 7, branch s7-coord; extract/README.md "Coordinated parties"): one event per party named
// in one argument slot — appositions and descriptions between the members, gapped amounts, a coordinated wrongdoer of
// a report, and plural descriptions that take up parties named together. Sentences are our own; the parties are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('members of one list of targets', () => {
  it('an apposition after a member does not end the list (age, description, seat)', () => {
    expect(run('The Ostmark Competition Authority opened investigations into Quillon Labs, a maker of chatbots, and Marrowby Systems, a cloud provider.'))
      .toEqual(['INVESTIGATION Ostmark Competition Authority -> Quillon Labs', 'INVESTIGATION Ostmark Competition Authority -> Marrowby Systems']);
    expect(run('The Ostmark Ministry of Trade added Corvane Data, based in Elsfield, and its founder Ada Vellacott to the export control list.'))
      .toEqual(['RESTRICTION Ostmark Ministry of Trade -> Corvane Data', 'RESTRICTION Ostmark Ministry of Trade -> Ada Vellacott']);
  });

  it('a name inside an apposition is no member', () => {
    expect(run('The Ostmark Competition Authority fined Quillon Labs, a rival of Pellory Optics, and Marrowby Systems on Monday.'))
      .toEqual(['RESTRICTION Ostmark Competition Authority -> Quillon Labs', 'RESTRICTION Ostmark Competition Authority -> Marrowby Systems']);
  });

  it('a clause between commas is no apposition', () => {
    expect(run('The Ostmark Competition Authority fined Quillon Labs, the agency said, and Marrowby Systems denied any link.'))
      .not.toContain('RESTRICTION Ostmark Competition Authority -> Marrowby Systems');
  });

  it('a description of the next member after its determiner', () => {
    expect(run('Marrowby Systems sued Quillon Labs and its chief technology officer, Tomas Brindlewood, in federal court on Monday.'))
      .toEqual(['LEGAL_ACTION Marrowby Systems -> Quillon Labs', 'LEGAL_ACTION Marrowby Systems -> Tomas Brindlewood']);
    expect(run('The Ostmark Ministry of Trade accused Quillon Labs and its affiliate Corvane Data of hiding the origin of the chips.'))
      .toEqual(['ALLEGATION Ostmark Ministry of Trade -> Quillon Labs', 'ALLEGATION Ostmark Ministry of Trade -> Corvane Data']);
  });

  it('gapped amounts: "X on A and Y on B", "fined A X and B Y"', () => {
    expect(run('The Ostmark Data Protection Authority imposed a penalty of 4 million euros on Quillon Labs and 2 million euros on Marrowby Systems.'))
      .toEqual(['RESTRICTION Ostmark Data Protection Authority -> Quillon Labs', 'RESTRICTION Ostmark Data Protection Authority -> Marrowby Systems']);
    expect(run('The Ostmark Competition Authority fined Quillon Labs 3 million euros and Marrowby Systems 1.5 million euros.'))
      .toEqual(['RESTRICTION Ostmark Competition Authority -> Quillon Labs', 'RESTRICTION Ostmark Competition Authority -> Marrowby Systems']);
  });

  it('customers named as such are no parties of the act', () => {
    expect(run('Quillon Labs sells its chips to customers such as Marrowby Systems and Corvane Data. The Ostmark Competition Authority fined Quillon Labs on Monday.'))
      .toEqual(['RESTRICTION Ostmark Competition Authority -> Quillon Labs']);
  });
  it('a long list with appositions before "to the list"', () => {
    expect(run('The Ostmark Ministry of Trade added Corvane Data, a maker of chip testers based in Elsfield, and Pellory Optics, a Dalmore supplier of lenses, to its export control list.'))
      .toEqual(['RESTRICTION Ostmark Ministry of Trade -> Corvane Data', 'RESTRICTION Ostmark Ministry of Trade -> Pellory Optics']);
  });

  it('ages between the members of a list of persons', () => {
    expect(run('The Ostmark Attorney General charged Ada Vellacott, 52, and Tomas Brindlewood, 39, with stealing trade secrets from Marrowby Systems.').map((x) => x.split(' -> ')[1]))
      .toEqual(['Ada Vellacott', 'Tomas Brindlewood']);
  });
});

describe('a coordinated wrongdoer of a report', () => {
  it('every member of the subject of the reported wrongdoing', () => {
    expect(run('The Ostmark Competition Authority said Quillon Labs and Marrowby Systems had shared customer data without consent.'))
      .toEqual(['ALLEGATION Ostmark Competition Authority -> Quillon Labs', 'ALLEGATION Ostmark Competition Authority -> Marrowby Systems']);
  });

  it('"neither … nor" denies, and a list inside an apposition of the subject is not the subject', () => {
    expect(run('The Ostmark Competition Authority said neither Quillon Labs nor Marrowby Systems had shared customer data without consent.'))
      .not.toContain('ALLEGATION Ostmark Competition Authority -> Quillon Labs');
  });
});

describe('plural descriptions that take up parties named together', () => {
  it('"both companies" as subject: each denies', () => {
    expect(run('The Ostmark Competition Authority opened an investigation into Quillon Labs and Marrowby Systems. Both companies denied wrongdoing.'))
      .toEqual(['INVESTIGATION Ostmark Competition Authority -> Quillon Labs', 'INVESTIGATION Ostmark Competition Authority -> Marrowby Systems',
        'DENIAL Quillon Labs -> Ostmark Competition Authority', 'DENIAL Marrowby Systems -> Ostmark Competition Authority']);
    expect(run('Marrowby Systems accused Quillon Labs and Corvane Data of copying its code. Both companies denied the claims.'))
      .toEqual(['ALLEGATION Marrowby Systems -> Quillon Labs', 'ALLEGATION Marrowby Systems -> Corvane Data',
        'DENIAL Quillon Labs -> Marrowby Systems', 'DENIAL Corvane Data -> Marrowby Systems']);
  });

  it('"both governments" takes up states acting together', () => {
    expect(run('Japan and Canada sanctioned Quillon Labs in May. Both governments accused the company of smuggling chips.'))
      .toEqual(['RESTRICTION Japan -> Quillon Labs', 'RESTRICTION Canada -> Quillon Labs', 'ALLEGATION Japan -> Quillon Labs', 'ALLEGATION Canada -> Quillon Labs']);
  });

  it('"both companies" as object and "the two companies" as a reported wrongdoer', () => {
    expect(run('The Ostmark Competition Authority opened an investigation into Quillon Labs and Marrowby Systems in May. On Friday it fined both companies.'))
      .toEqual(expect.arrayContaining(['RESTRICTION Ostmark Competition Authority -> Quillon Labs', 'RESTRICTION Ostmark Competition Authority -> Marrowby Systems']));
    expect(run('The Ostmark Competition Authority fined Quillon Labs and Marrowby Systems in May. The authority said the two companies had shared customer data without consent.'))
      .toEqual(expect.arrayContaining(['ALLEGATION Ostmark Competition Authority -> Quillon Labs', 'ALLEGATION Ostmark Competition Authority -> Marrowby Systems']));
  });

  it('a description of another kind or number, or a class, takes up nobody', () => {
    const fined = ['RESTRICTION Ostmark Competition Authority -> Quillon Labs', 'RESTRICTION Ostmark Competition Authority -> Marrowby Systems'];
    expect(run('The Ostmark Competition Authority fined Quillon Labs and Marrowby Systems in May. Both governments accused the regulator of fraud.')).toEqual(fined);
    expect(run('The Ostmark Competition Authority fined Quillon Labs and Marrowby Systems in May. It later fined the three companies again.')).toEqual(fined);
    expect(run('The Ostmark Competition Authority fined Quillon Labs and Marrowby Systems in May. All companies must register their chatbots by June.')).toEqual(fined);
  });
});

describe('coordinated agents of a legal document', () => {
  it('"brought by A and B": each brings the suit', () => {
    expect(run('The suit, brought by Tessaly Press and Orrel Media, accuses Quillon Labs of copying articles.'))
      .toEqual(expect.arrayContaining(['LEGAL_ACTION Tessaly Press -> Quillon Labs', 'LEGAL_ACTION Orrel Media -> Quillon Labs']));
  });

  it('an agent after its description', () => {
    expect(run('A copyright lawsuit brought by the magazine publisher Tessaly Press against Quillon Labs was dismissed on Monday.'))
      .toContain('LEGAL_ACTION Tessaly Press -> Quillon Labs');
  });
});
