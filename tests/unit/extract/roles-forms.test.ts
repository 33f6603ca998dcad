import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us; every company and person is invented.
const triples = (text: string) => extract({ text, published: '2026-03-10' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('who a product belongs to, and who "the company" is', () => {
  it('"Quillon AI Inc., the Ohio-based firm that builds and runs the Nova chatbot": Nova speaks for Quillon, and so does "the company"', () => {
    const t = triples('The Italian Data Protection Authority ordered a limitation on the processing of data by Quillon AI Inc., the Ohio-based firm that builds and runs the Nova chatbot. The Authority has also opened an investigation into the company\'s collection of data. Users of Nova complained.');
    expect(t).toContain('INVESTIGATION Garante per la protezione dei dati personali -> Quillon AI');
    expect(t.some((x) => x.includes('-> Nova'))).toBe(false);
  });

  it('a description in subject position after "that" is the one fitting party named earlier in its sentence', () => {
    const t = triples('Marrowby sued Quillon in May. Marrowby said Quillon copied its code. Marrowby also accused Quillon of fraud. Tessel Audio and a group of illustrators said they had settled claims that the company used drawings without consent.');
    expect(t.some((x) => x.includes('-> Marrowby') && x.startsWith('ALLEGATION Tessel'))).toBe(false);
  });
});

describe('objects after a legal basis', () => {
  it('"a review under Section 5 of the Markets Act 2019 into pricing by X" is into X', () => {
    expect(triples('The Federal Trade Commission opened a review under Section 5 of the Markets Act 2019 into unfair pricing by Quillon Forge Ltd in its cloud contracts.'))
      .toContain('INVESTIGATION Federal Trade Commission -> Quillon Forge');
  });
});

describe('statements of principle and the words of a suit', () => {
  it('"has always opposed and punished all kinds of spying" accuses nobody', () => {
    // (It answers the accusation: the discourse rules read it as China's denial.)
    const t = triples('Quillon accused Brazil of spying. Brazil has always opposed and punished all kinds of spying under its laws.');
    expect(t.filter((x) => x.startsWith('ALLEGATION'))).toEqual(['ALLEGATION Quillon -> Brazil']);
  });

  it('a "breach-of-warranty lawsuit" is the name of a suit, and dismissing one\'s own suit withdraws it', () => {
    expect(triples('Quillon sued Marrowby in May. Tessel Labs voluntarily dismissed its breach-of-warranty lawsuit against Orrin AI on Friday.'))
      .toEqual(['DEESCALATION Tessel Labs -> Orrin AI', 'LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('in a docket roundup a case caption on its own line opens a new section: nobody carries over into it', () => {
    const t = triples('Quillon v. Marrowby (D. Del.)\n\nA jury found that Marrowby copied Quillon\'s code. Quillon said it was pleased.\n\nTessel Labs v. Orrin AI (D. Mass.)\n\nThe suit over a breach of a research licence was set for trial in May.');
    expect(t.some((x) => x.startsWith('ALLEGATION Quillon -> Tessel') || x.startsWith('ALLEGATION Quillon -> Orrin'))).toBe(false);
  });
});

describe('names of parties', () => {
  const names = (text: string) => extract({ text, published: '2026-03-10' }).entities.map((e) => e.name);

  it('a word of sequence before a comma ("Third, my office …") is no party', () => {
    expect(names('Third, my office has opened an investigation into Quillon, Attorney General Ada Vell said.')).not.toContain('Third');
  });

  it('fields named by common nouns and coordinated before a head make one name ("the Culture, Media and Sport Committee")', () => {
    expect(names('The Culture, Media and Sport Committee criticised Quillon.')).toContain('Culture, Media and Sport Committee');
    expect(names('The Energy and Transport Committee has written to Quillon.')).toContain('Energy and Transport Committee');
    // Names the lexicon does not know are a list, not one name.
    expect(names('Quillon and Marrowby Committee members met.')).not.toContain('Quillon and Marrowby Committee');
  });
});

describe('who brought a complaint, and names ending in -ing', () => {
  it('"Marrowby Hosting", "Dunmore Computing": a capitalised -ing noun after an unknown word continues the name', () => {
    expect(triples('Marrowby Hosting filed a complaint against Quillon with the Competition and Markets Authority in March.'))
      .toEqual(['LEGAL_ACTION Marrowby Hosting -> Quillon']);
  });

  it('"a complaint was filed with the Commission in May by X": X brought it, against whom X accused', () => {
    expect(triples('Marrowby Hosting accused Quillon of abusing its dominance. The inquiry began after a complaint was filed with the Federal Trade Commission in May by Marrowby Hosting.'))
      .toEqual(['ALLEGATION Marrowby Hosting -> Quillon', 'LEGAL_ACTION Marrowby Hosting -> Quillon']);
  });

  it('"was charged in a sealed complaint filed in <a court> with …" is a charge announced by the speaking authority', () => {
    expect(triples('Quillon sells chips. Ada Vell, 52, of Harlow Springs, was charged in a sealed complaint filed in the U.S. District Court for the District of Oregon with export violations, the Justice Department said.'))
      .toContain('LEGAL_ACTION Department of Justice -> Ada Vell');
  });
});

describe('words that name no party', () => {
  const run = (text: string) => extract({ text, published: '2026-03-10' });
  it('a US state abbreviation in a dateline ("RENO, Nev. -") and a geographic feature ("across the Channel")', () => {
    expect(run('RENO, Nev. - A federal judge on Wednesday barred Quillon Labs from selling the drones.').entities.map((e) => e.name)).not.toContain('Nev');
    expect(run('France accused Britain of delaying ferries across the Channel.').entities.map((e) => e.name)).not.toContain('Channel');
  });

  it('a capital after an indefinite article modifies a noun ("a Seoul recruitment firm"), it is not the state', () => {
    expect(triples('The Federal Trade Commission has opened an investigation into a Seoul recruitment firm that hired engineers.')).toEqual([]);
  });

  it('"the Committee on Agriculture and Forestry" is one name', () => {
    expect(triples('The Committee on Agriculture and Forestry subpoenaed Quillon.')).toEqual(['LEGAL_ACTION Committee on Agriculture and Forestry -> Quillon']);
  });
});

describe('a state opening the name of a public body', () => {
  it('"Brazil\'s Digital Affairs Office", "the Mexico Competition Commission" are bodies', () => {
    const names = (text: string) => extract({ text, published: '2026-03-10' }).entities.map((e) => e.name);
    expect(names('Brazil\'s Digital Affairs Office accused Quillon of fraud.')).toContain('Digital Affairs Office');
    expect(triples('The Mexico Competition Commission fined Quillon.')).toEqual(['RESTRICTION Mexico Competition Commission -> Quillon']);
  });
});

describe('company names of a made-up word and common words', () => {
  const names = (text: string) => extract({ text, published: '2026-03-10' }).entities.map((e) => e.name);
  it('"Quillon Social", "Orrin Digital", "Kestrel Mobile": adjectives after a proper word continue the name; the short form is the same company', () => {
    expect(triples('Korea\'s data regulator fined Harlow Interactive, Orrin Digital and Kestrel Mobile.')).toEqual([
      'RESTRICTION South Korea -> Harlow Interactive', 'RESTRICTION South Korea -> Kestrel Mobile', 'RESTRICTION South Korea -> Orrin Digital']);
    expect(triples('The European Commission fined Quillon Social on Monday. Quillon said it would appeal the fine in court.'))
      .toContain('RESTRICTION European Commission -> Quillon Social');
    expect(names('The European Commission fined Quillon Social on Monday. Quillon said it would appeal.')).not.toContain('Quillon');
  });

  it('a legal suffix is no part of the name ("Harlow Robotics Pte Ltd"), and a place ("Ostmark City") is no company', () => {
    expect(names('The regulator fined Harlow Robotics Pte Ltd on Monday.')).toContain('Harlow Robotics');
    expect(names('He was stopped as he was about to board a flight to Ostmark City on Monday.')).not.toContain('Ostmark City');
  });
});

describe('account terminations with no party named', () => {
  it('are against the one the actor accused; with nobody accused, no event', () => {
    expect(triples('Quillon accused Marrowby of copying its model. Quillon said it had terminated about 400 accounts tied to the scheme and revoked the API keys of a reseller.'))
      .toEqual(['ALLEGATION Quillon -> Marrowby', 'RESTRICTION Quillon -> Marrowby']);
    expect(triples('Quillon said it had terminated about 400 accounts tied to spam.')).toEqual([]);
  });
});

describe('a maker named with its legal suffix', () => {
  it('"Tessel Voice Inc., the firm that builds the Mirel assistant": Mirel is Tessel Voice\'s, and "Tessel" is the same company', () => {
    const r = extract({ text: 'The Authority ordered a limitation on processing by Tessel Voice Inc., the Ohio firm that builds and runs the Mirel assistant. Tessel must reply within 30 days. The fine may reach EUR 8 million.', published: '2026-03-10' });
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain('Tessel');
    expect(names).not.toContain('EUR');
    expect(r.entities.find((e) => e.name === 'Mirel')?.organisation).toBe('Tessel Voice');
  });
});
