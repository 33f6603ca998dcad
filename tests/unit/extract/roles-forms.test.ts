import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us; every company and person is invented.
const triples = (text: string) => extract({ text, published: '2026-03-10' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('who a product belongs to, and who "the company" is', () => {
  it('"Quillon AI Inc., the company that develops and operates the Nova chatbot": Nova speaks for Quillon, and so does "the company"', () => {
    const t = triples('The Italian Data Protection Authority ordered a limitation on the processing of data by Quillon AI Inc., the California-based company that develops and operates the Nova chatbot. The Authority has also opened an investigation into the company\'s collection of data. Users of Nova complained.');
    expect(t).toContain('INVESTIGATION Garante per la protezione dei dati personali -> Quillon AI');
    expect(t.some((x) => x.includes('-> Nova'))).toBe(false);
  });

  it('a description in subject position after "that" is the one fitting party named earlier in its sentence', () => {
    const t = triples('Marrowby sued Quillon in May. Marrowby said Quillon copied its code. Marrowby also accused Quillon of fraud. Tessel Voice and a group of narrators said they had settled claims that the company used recordings without consent.');
    expect(t.some((x) => x.includes('-> Marrowby') && x.startsWith('ALLEGATION Tessel'))).toBe(false);
  });
});

describe('objects after a legal basis', () => {
  it('"an investigation under Chapter II of the Competition Act 1998 into suspected conduct by X" is into X', () => {
    expect(triples('The Competition and Markets Authority has today launched an investigation under Chapter II of the Competition Act 1998 into suspected anti-competitive conduct by Quillon Forge Ltd in connection with its cloud contracts.'))
      .toContain('INVESTIGATION Competition and Markets Authority -> Quillon Forge');
  });
});

describe('statements of principle and the words of a suit', () => {
  it('"has consistently opposed and cracked down on all forms of hacking" accuses nobody', () => {
    // (It answers the accusation: the discourse rules read it as China's denial.)
    const t = triples('Quillon accused China of hacking. China has consistently opposed and cracked down on all forms of hacking in accordance with the law.');
    expect(t.filter((x) => x.startsWith('ALLEGATION'))).toEqual(['ALLEGATION Quillon -> China']);
  });

  it('a "breach-of-contract suit" is the name of a suit, and dismissing one\'s own suit withdraws it', () => {
    expect(triples('Quillon sued Marrowby in May. Tessel Labs voluntarily dismissed its breach-of-contract suit against Orrin AI on Friday.'))
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

  it('fields named by common nouns and coordinated before a head make one name ("the Science, Innovation and Technology Committee")', () => {
    expect(names('The Science, Innovation and Technology Committee criticised Quillon.')).toContain('Science, Innovation and Technology Committee');
    expect(names('The Business and Trade Committee has written to Quillon.')).toContain('Business and Trade Committee');
    // Names the lexicon does not know are a list, not one name.
    expect(names('Quillon and Marrowby Committee members met.')).not.toContain('Quillon and Marrowby Committee');
  });
});

describe('who brought a complaint, and names ending in -ing', () => {
  it('"Marrowby Hosting", "Dunmore Computing": a capitalised -ing noun after an unknown word continues the name', () => {
    expect(triples('Marrowby Hosting filed a complaint against Quillon with the Competition and Markets Authority in March.'))
      .toEqual(['LEGAL_ACTION Marrowby Hosting -> Quillon']);
  });

  it('"a complaint lodged with the Authority in March by X" was brought by X, against whom X accused', () => {
    expect(triples('Marrowby Hosting accused Quillon of abusing its dominance. The case follows a formal complaint lodged with the Competition and Markets Authority in March by Marrowby Hosting.'))
      .toEqual(['ALLEGATION Marrowby Hosting -> Quillon', 'LEGAL_ACTION Marrowby Hosting -> Quillon']);
  });

  it('"was charged in a federal indictment unsealed in <a court> with …" is a charge announced by the speaking authority', () => {
    expect(triples('Quillon sells chips. Ada Vell, 38, of Sunnyvale, was charged in a federal indictment unsealed in the U.S. District Court for the Northern District of California with theft of trade secrets, the Justice Department said.'))
      .toContain('LEGAL_ACTION Department of Justice -> Ada Vell');
  });
});

describe('words that name no party', () => {
  const run = (text: string) => extract({ text, published: '2026-03-10' });
  it('a US state abbreviation in a dateline ("SAN JOSE, Calif. -") and a geographic feature ("across the Strait")', () => {
    expect(run('SAN JOSE, Calif. - A federal judge on Wednesday barred Quillon Labs from using any source code.').entities.map((e) => e.name)).not.toContain('Calif');
    expect(run('Beijing accused Taipei of obstructing exchanges across the Strait.').entities.map((e) => e.name)).not.toContain('Strait');
  });

  it('a capital after an indefinite article modifies a noun ("a Taipei headhunting agency"), it is not the state', () => {
    expect(triples('The Investigation Bureau has opened an investigation into a Taipei headhunting agency that recruited engineers.')).toEqual([]);
  });

  it('"the Committee on Oversight and Government Reform" is one name', () => {
    expect(triples('The Committee on Oversight and Government Reform subpoenaed Quillon.')).toEqual(['LEGAL_ACTION Committee on Oversight and Government Reform -> Quillon']);
  });
});

describe('a state opening the name of a public body', () => {
  it('"Beijing\'s Taiwan Affairs Office", "the Korea Fair Trade Commission" are bodies; "U.S." before a court stays the state', () => {
    const names = (text: string) => extract({ text, published: '2026-03-10' }).entities.map((e) => e.name);
    expect(names('Beijing\'s Taiwan Affairs Office accused Taipei of obstructing exchanges.')).toContain('Taiwan Affairs Office');
    expect(triples('The Korea Fair Trade Commission fined Quillon.')).toEqual(['RESTRICTION Korea Fair Trade Commission -> Quillon']);
  });
});

describe('company names of a made-up word and common words', () => {
  const names = (text: string) => extract({ text, published: '2026-03-10' }).entities.map((e) => e.name);
  it('"Quillon Social", "Orrin Digital", "Kestrel Mobile": adjectives after a proper word continue the name; the short form is the same company', () => {
    expect(triples('Korea\'s data regulator fined Lingbo Interactive, Orrin Digital and Kestrel Mobile.')).toEqual([
      'RESTRICTION South Korea -> Kestrel Mobile', 'RESTRICTION South Korea -> Lingbo Interactive', 'RESTRICTION South Korea -> Orrin Digital']);
    expect(triples('The European Commission fined Quillon Social on Monday. Quillon said it would appeal the fine in court.'))
      .toContain('RESTRICTION European Commission -> Quillon Social');
    expect(names('The European Commission fined Quillon Social on Monday. Quillon said it would appeal.')).not.toContain('Quillon');
  });

  it('a legal suffix is no part of the name ("Lingbo Interactive Pte Ltd"), and a place ("Veldoria City") is no company', () => {
    expect(names('The regulator fined Lingbo Interactive Pte Ltd on Monday.')).toContain('Lingbo Interactive');
    expect(names('He was arrested as he prepared to board a flight to Veldoria City on Monday.')).not.toContain('Veldoria City');
  });
});

describe('account terminations with no party named', () => {
  it('are against the one the actor accused; with nobody accused, no event', () => {
    expect(triples('Quillon accused Marrowby of copying its model. Quillon said it had terminated more than 2,300 accounts linked to the activity and cut off API access for two resellers.'))
      .toEqual(['ALLEGATION Quillon -> Marrowby', 'RESTRICTION Quillon -> Marrowby']);
    expect(triples('Quillon said it had terminated more than 2,300 accounts linked to spam.')).toEqual([]);
  });
});

describe('a maker named with its legal suffix', () => {
  it('"Corvina AI Inc., the company that develops the Nimbo chatbot": Nimbo is Corvina AI\'s, and "Corvina" is the same company', () => {
    const r = extract({ text: 'The Authority ordered a limitation on processing by Corvina AI Inc., the California-based company that develops and operates the Nimbo chatbot. Corvina must reply within 20 days. The fine may reach EUR 20 million.', published: '2026-03-10' });
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain('Corvina');
    expect(names).not.toContain('EUR');
    expect(r.entities.find((e) => e.name === 'Nimbo')?.organisation).toBe('Corvina AI');
  });
});
