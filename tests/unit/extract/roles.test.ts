// Role filling (issue 17, roles pass): who the parties of an event are when the text names them indirectly.
// Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';
import { Registry, findMentions } from '../../../extract/entities.ts';
import { splitSentences, tokenize } from '../../../extract/text.ts';

const run = (text: string, title?: string, published = '2026-03-12') => extract({ text, title, published });
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('extract roles: a product speaks for its maker', () => {
  it("a possessive maker before a product name and a product noun (\"Tarvel's Nova chatbot\")", () => {
    const r = run("Tarvel's Nova chatbot was blocked by Italy's data protection authority on Monday.");
    expect(triples(r.events)).toEqual(['RESTRICTION Garante per la protezione dei dati personali -> Tarvel']);
    expect(r.entities.find((e) => e.name === 'Nova')).toMatchObject({ kind: 'model', organisation: 'Tarvel' });
  });

  it('a product noun before the name, an appositive with the maker, and "its" all tie the product to its maker', () => {
    expect(triples(run("The FTC sued Tarvel's chatbot Nova over its marketing.").events)).toEqual(['LEGAL_ACTION Federal Trade Commission -> Tarvel']);
    expect(triples(run('The Federal Trade Commission opened an investigation into Nova, a chatbot operated by Tarvel Labs, on Monday.').events))
      .toEqual(['INVESTIGATION Federal Trade Commission -> Tarvel Labs']);
    expect(triples(run("Japan has banned the Nova app, Tarvel's assistant, from app stores.").events)).toEqual(['RESTRICTION Japan -> Tarvel']);
    const r = run('Tarvel Labs said its Nova assistant had been withdrawn. Japan banned Nova on Friday.');
    expect(triples(r.events)).toEqual(['RESTRICTION Japan -> Tarvel Labs']);
  });

  it('a possessor with no product noun is not a maker ("Ostmark\'s Tarvel" stays a party of its own)', () => {
    const r = run("Japan fined Quillon's rival Tarvel on Monday.");
    expect(r.entities.find((e) => e.name === 'Tarvel')?.kind).toBe('company');
  });

  it('a hyphenated alias ("data-protection authority") is the same body', () => {
    expect(triples(run("Italy's data-protection authority on Monday fined Tarvel Labs 2 million euros.").events))
      .toEqual(['RESTRICTION Garante per la protezione dei dati personali -> Tarvel Labs']);
  });

  it('"the Paris-based start-up" may be a discovered company whose seat the text has not given', () => {
    expect(triples(run('Tarvel Labs makes chatbots. Japan on Monday fined the Paris-based start-up 4.5 million euros.').events))
      .toEqual(['RESTRICTION Japan -> Tarvel Labs']);
  });

  it("a regulator keeps its own name when a headline gives the act to its state", () => {
    const r = run("Italy's data protection authority on Monday fined Tarvel Labs 2 million euros.", 'Italy fines Tarvel Labs');
    expect(triples(r.events)).toEqual(['RESTRICTION Garante per la protezione dei dati personali -> Tarvel Labs']);
  });
});

describe('extract roles: the social network X', () => {
  it('"X" is the company, also as "X Corp" and its former name', () => {
    expect(triples(run('Ofcom said on Monday that it had opened a formal investigation into X.').events)).toEqual(['INVESTIGATION Ofcom -> X']);
    expect(triples(run('The European Commission fined X Corp. over its verification badges.').events)).toEqual(['RESTRICTION European Commission -> X']);
  });
});

describe('extract roles: "them" and an accusation\'s content', () => {
  it('"accuses them of …" takes the parties acted on together last, not a name inside the accusation', () => {
    const t = triples(run('Quillon filed a lawsuit against Dalvane, Ostrik and Pemberly on Monday. Quillon accuses them of illegally copying its content by scraping Marrowby search results.').events);
    expect(t).toEqual(expect.arrayContaining(['ALLEGATION Quillon -> Dalvane', 'ALLEGATION Quillon -> Ostrik', 'ALLEGATION Quillon -> Pemberly']));
    expect(t.some((x) => x.includes('Marrowby'))).toBe(false);
  });

  it('with no group to refer to, "them" leaves the target open rather than taking a later name', () => {
    const t = triples(run('Quillon accuses them of illegally copying its content by scraping Marrowby search results.').events);
    expect(t.some((x) => x.includes('-> Marrowby'))).toBe(false);
  });
});

describe('extract roles: a short form of a company named in full', () => {
  it('"the Ledger" after "The Dalmore Ledger" is the same company', () => {
    const r = run('The Dalmore Ledger sued Quillon in May. The lawsuit, brought by the Ledger against Quillon, alleges that Quillon copied its articles.');
    expect(triples(r.events)).toContain('LEGAL_ACTION Dalmore Ledger -> Quillon');
    expect(r.entities.some((e) => e.name === 'Ledger')).toBe(false);
  });
});

describe('extract roles: headlines inside the text, and brands before their owner', () => {
  const body = 'Dalmore Media has sued Quillon Labs in federal court. The publisher owns the Ledger and the Gazette.';
  it('a title-case line of the text reads as a headline: "Sued by" is passive, its capitalised words are no parties', () => {
    const r = run(`Quillon Labs Sued by Dalmore Media for Copyright Infringement\n\n${body}`);
    expect(triples(r.events)).toEqual(['LEGAL_ACTION Dalmore Media -> Quillon Labs', 'ALLEGATION Dalmore Media -> Quillon Labs']);
    expect(r.entities.some((e) => e.name === 'Copyright Infringement')).toBe(false);
  });

  it('"Ledger and Gazette owner Dalmore Media": the brands modify their owner, who is the agent', () => {
    const r = run('Quillon Labs has been sued by Ledger and Gazette owner Dalmore Media over its chatbot.');
    expect(triples(r.events)).toEqual(['LEGAL_ACTION Dalmore Media -> Quillon Labs']);
  });
});

describe('extract roles: people named by a role, and names used as modifiers', () => {
  it('"attorney general, Ada Vell," is a person, and "Vell\'s office" is hers', () => {
    const r = run("Dalmore's attorney general, Ada Vell, sent a letter to Quillon on Friday. Vell's office opened an investigation into Quillon.");
    expect(r.entities.find((e) => e.name === 'Ada Vell')?.kind).toBe('person');
    expect(triples(r.events)).toContain('INVESTIGATION Ada Vell -> Quillon');
  });

  it('a name known only by its form, right before a plural common noun, is a modifier ("Dalmore kids")', () => {
    const t = triples(run('Dalmore sued Quillon in May. "We must protect Dalmore kids from deceptive technology," said Ada Vell, a lawyer.').events);
    expect(t.some((x) => x.endsWith('-> Dalmore'))).toBe(false);
    // A plural that the lexicon also reads as a verb ("kids") is still a noun after a name.
    const reg = new Registry();
    reg.discovered('Dalmore', 'company', { guessed: true });
    const [s] = splitSentences('We must protect Dalmore kids and Dalmore voters from Dalmore.');
    const ms = findMentions(tokenize(s.text, s.start), reg, s);
    expect(ms.map((m) => !!m.attr)).toEqual([true, true, false]);
  });
});

describe('extract roles: case captions', () => {
  it('a caption side of five words is one party ("Dalmore Media Holdings Europe GmbH et al v. Quillon Inc.")', () => {
    const r = run('Dalmore Media Holdings Europe GmbH et al v. Quillon Inc., No. 1:2024cv00123 (D. Del. 2025)');
    // (The legal forms leave the names, as everywhere else: session 12.)
    expect(triples(r.events)).toEqual(['LEGAL_ACTION Dalmore Media Holdings Europe -> Quillon']);
    expect(r.entities.find((e) => e.name === 'Quillon')?.kind).toBe('company');
  });
});

describe('extract roles: a person tied to the organisation the text gives', () => {
  it('"Name, Org\'s general counsel, said" ties the person to an organisation not known before, and counsel speaks for it', () => {
    const r = run('Lina Vell, Quillon\'s general counsel, said Marrowby had stolen its designs. Quillon sued Marrowby.');
    expect(r.entities.find((e) => e.name === 'Lina Vell')).toMatchObject({ kind: 'person', organisation: 'Quillon' });
    expect(triples(r.events)).toContain('ALLEGATION Quillon -> Marrowby');
  });
  it('an executive keeps their own name but is tied to the company', () => {
    const r = run("Ada Vell, Quillon's chief executive, said Marrowby had stolen its designs.");
    expect(r.entities.find((e) => e.name === 'Ada Vell')).toMatchObject({ kind: 'person', organisation: 'Quillon' });
  });
});

describe('extract roles: pronouns in later sentences', () => {
  it('"It" with no earlier actor is the last sentence\'s subject', () => {
    expect(triples(run('A report on Monday named Quillon as the source of the leak. It has since sued Marrowby over the claims.').events))
      .toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });
});

describe('extract roles: publications are no parties', () => {
  it('"told Wirefeed that the company …": the listener is neither a party nor the company meant', () => {
    const t = triples(run('Marrowby accused Quillon of theft. A Quillon spokesperson told Wirefeed that the company denies the claims made by Marrowby.').events);
    expect(t).toContain('DENIAL Quillon -> Marrowby');
    expect(t.some((x) => x.includes('Wirefeed'))).toBe(false);
  });
  it('"According to Wirefeed, X sued Y": the source is not the subject', () => {
    expect(triples(run('According to Wirefeed, Quillon sued Marrowby.').events)).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });
});

describe('extract roles: transcripts', () => {
  const head = "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on May 3\n\n";
  it("an answer with no subject of its own is the answering ministry's, not the question's last speaker", () => {
    const t = triples(run(`${head}Q: Japan said on Monday that China had stolen chip designs from Japanese firms. What is your comment?\n\nA: These accusations are groundless.`).events);
    expect(t).toContain('ALLEGATION Japan -> China');
    expect(t).toContain('DENIAL China -> Japan');
    expect(t.some((x) => x.startsWith('DENIAL Japan'))).toBe(false);
  });
  it('a turn "Ada Vell: …" names a person', () => {
    expect(run('Marrowby sued Quillon in March.\nAda Vell: The lawsuit is baseless.').entities.find((e) => e.name === 'Ada Vell')?.kind).toBe('person');
  });
});

describe('extract roles: states named by their ministries', () => {
  it('"the Japanese and Korean trade ministries accused X" is each state', () => {
    expect(triples(run('In a joint statement on Monday, the Japanese and Korean trade ministries accused the United States of dumping chips.').events))
      .toEqual(['ALLEGATION Japan -> United States', 'ALLEGATION South Korea -> United States']);
  });
});

describe('extract roles: court rulings and subject descriptions', () => {
  const caption = 'Case: Dalvane AI, Inc. v. Ostrik Systems, Inc., No. 3:26-cv-01234.';
  it('"granted X\'s motion" rules against the other side of the case; "denied X\'s motion" against X', () => {
    expect(triples(run(`${caption} Judge Ada Vell granted Dalvane's motion for a preliminary injunction.`).events)).toContain('LEGAL_ACTION Ada Vell -> Ostrik Systems');
    expect(triples(run(`${caption} Judge Ada Vell denied Ostrik's motion to dismiss.`).events)).toContain('LEGAL_ACTION Ada Vell -> Ostrik Systems');
    expect(triples(run(`${caption} Judge Ada Vell granted Dalvane's motion for a preliminary injunction.`).events).some((x) => x.startsWith('LEGAL_ACTION Ada Vell -> Dalvane'))).toBe(false);
  });
  it('a caption side ending in "AI" is a party', () => {
    expect(triples(run(caption).events)).toEqual(['LEGAL_ACTION Dalvane AI -> Ostrik Systems']);
  });
  it('"the company demanded that Marrowby …" is not Marrowby', () => {
    const t = triples(run("Quillon accused Marrowby of copying its code. In a letter to Marrowby's general counsel, which Quillon made public, the company demanded that Marrowby preserve its records.").events);
    expect(t).toContain('DEMAND Quillon -> Marrowby');
    expect(t.some((x) => x.startsWith('DEMAND Marrowby'))).toBe(false);
  });
});

describe('extract roles: noun-triggered accusations and relative clauses', () => {
  it('"denies the accusation, which X made in May, that it copied …" is a denial, not an allegation by the accused', () => {
    const t = triples(run('Quillon denies the accusation, which Marrowby made in May, that it copied code.').events);
    expect(t).toEqual(['DENIAL Quillon -> Marrowby']);
  });
  it('"Quillon, which Marrowby accuses of …": the relative clause\'s subject acts on its antecedent', () => {
    expect(triples(run('Quillon, which Marrowby accuses of stealing its designs, said on Monday it would appeal.').events)).toContain('ALLEGATION Marrowby -> Quillon');
    expect(triples(run('Quillon, which Japan fined in May, said it would appeal.').events)).toEqual(['RESTRICTION Japan -> Quillon']);
  });
});

describe('extract roles: lists and "them"', () => {
  it('a list after "such as" with an Oxford comma keeps its last member, a mixed-case name ("KRMProxy") included', () => {
    const t = triples(run('Quillon has filed a lawsuit against data scraping companies, such as Dalvix, Ostrakon, and KRMProxy.').events);
    expect(t.filter((x) => x.startsWith('LEGAL_ACTION'))).toEqual(['LEGAL_ACTION Quillon -> Dalvix', 'LEGAL_ACTION Quillon -> Ostrakon', 'LEGAL_ACTION Quillon -> KRMProxy']);
  });
  it('"The company accuses them": a description that would be one of "them" is who acted on them', () => {
    const t = triples(run('Quillon has filed a lawsuit against data scraping companies, such as Dalvix, Ostrakon, and KRMProxy. The company accuses them of illegally harvesting its content.').events);
    expect(t).toEqual(expect.arrayContaining(['ALLEGATION Quillon -> Dalvix', 'ALLEGATION Quillon -> Ostrakon', 'ALLEGATION Quillon -> KRMProxy']));
    expect(t.some((x) => x.startsWith('ALLEGATION KRMProxy'))).toBe(false);
  });
});

describe('extract roles: case citations are not captions', () => {
  const opinion = 'Dalvane Media v. Quillon Labs, No. 1:25-cv-00123 (D. Del. 2026). See also Pemberly v. Vantic, 510 U.S. 569 (1994). Quillon cited Marrowby Press v. Ostrik Inc., 804 F.3d 202 (2d Cir. 2015).';
  it('a case cited with a signal ("See also") or a reporter ("804 F.3d 202") names no legal action; the caption does', () => {
    const r = run(opinion);
    expect(triples(r.events)).toEqual(['LEGAL_ACTION Dalvane Media -> Quillon Labs']);
  });
  it('a reporter between volume and page ("510 U.S. 569") is no state', () => {
    expect(run(opinion).entities.some((e) => e.name === 'United States')).toBe(false);
  });
});

describe('extract roles: groups', () => {
  it('"The two companies" is never one entity: the pair that acted together, or nobody', () => {
    expect(triples(run('Marrowby sued Dalvane in May. The two companies have sued Quillon.').events)).toEqual(['LEGAL_ACTION Marrowby -> Dalvane']);
    expect(triples(run('Marrowby and Dalvane sued Ostrik in May. The two companies have also sued Quillon.').events))
      .toEqual(expect.arrayContaining(['LEGAL_ACTION Marrowby -> Quillon', 'LEGAL_ACTION Dalvane -> Quillon']));
  });
  it('"Many experts believe X stole …" is told by an unnamed group; "Marrowby believes …" by Marrowby', () => {
    expect(triples(run('Marrowby sued Dalvane in May. Many experts believe Quillon stole the designs.').events)).toEqual(['LEGAL_ACTION Marrowby -> Dalvane']);
    expect(triples(run('Marrowby sued Dalvane in May. Marrowby believes Quillon stole the designs.').events)).toContain('ALLEGATION Marrowby -> Quillon');
  });
});

describe('extract roles: modifiers and coordinated passives', () => {
  it('"the Quillon-owned AI research lab" is no organisation of its own', () => {
    const r = run('A former employee at Dalmind, the Quillon-owned AI research lab, accuses the company\'s HR department of delaying its response.');
    expect(r.entities.some((e) => /owned/.test(e.name))).toBe(false);
    expect(triples(r.events)).toEqual([]);
  });
  it('"was labelled … and blocked … by X": the second participle is passive too', () => {
    // (Since session 12 the British "labelled" is read too: calling the publication discriminatory is Quillon's allegation.)
    expect(triples(run("Dalvane's publication was labelled as discriminatory and blocked from being promoted by Quillon.").events))
      .toEqual(['ALLEGATION Quillon -> Dalvane', 'RESTRICTION Quillon -> Dalvane']);
  });
});

describe('extract roles: compounds of two states', () => {
  it('"the Russia-Ukraine war" names no party', () => {
    const r = run('Japan said the Russia-Ukraine war had hurt trade. Japan sued the Russia-Ukraine fund in May.');
    expect(r.entities.some((e) => e.name === 'Russia-Ukraine')).toBe(false);
    expect(triples(r.events).some((x) => x.includes('Russia-Ukraine'))).toBe(false);
    expect(run('Japan said the Beijing-Washington talks had stalled.').entities.some((e) => e.name === 'Beijing-Washington')).toBe(false);
  });
});

describe('extract roles: asides in parentheses', () => {
  it('a name anywhere inside parentheses is no party ("(2d Cir. 2015)", "(Reporting by Ada Vell; Editing by Lin Wei)")', () => {
    const r = run('Quillon sued Marrowby in May (Reporting by Dalvane Ostrik; Editing by Pemberly Vance). The ruling was upheld (2d Cir. 2015).');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Marrowby', 'Quillon']);
  });
});

describe('extract roles: a title before a law is no person', () => {
  it('"the European General Data Protection Regulation" names no person "Data Protection"', () => {
    const r = run('Privamark lodged a complaint against Quillon, saying the chatbot breached the European General Data Protection Regulation by inventing facts about a user. Privamark urged the Ostrian Data Protection Authority to look into Quillon.');
    expect(r.entities.some((e) => e.name === 'Data Protection')).toBe(false);
    expect(triples(r.events)).toContain('DEMAND Privamark -> Ostrian Data Protection Authority');
  });
});

describe('extract roles: reported clauses without "that", and headline participles', () => {
  it('"Quillon said Japan fined Marrowby": the reported clause has its own subject; "told Reuters it had sued" does not', () => {
    expect(triples(run('Quillon said Japan fined Marrowby.').events)).toEqual(['RESTRICTION Japan -> Marrowby']);
    expect(triples(run('Quillon said the FTC had opened an inquiry into its deal with Marrowby.').events)).toEqual(['INVESTIGATION Federal Trade Commission -> Marrowby']);
    expect(triples(run('Quillon told Reuters it had sued Marrowby.').events)).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });
  it('in a headline, a participle\'s subject is the name right before it ("Quillon Acknowledges FTC Probing …")', () => {
    const t = triples(run('Quillon said on Monday that it would cooperate.', 'Quillon Acknowledges FTC Probing Its Marrowby Deal').events);
    expect(t.some((x) => x.startsWith('INVESTIGATION Quillon'))).toBe(false);
  });
});

describe('extract roles: who threatens when someone "would face" penalties', () => {
  it('the speaker threatens, with or without "that"', () => {
    // Who would face them is threatened.
    expect(triples(run('Dastia said that Marrowby would face penalties.').events)).toEqual(['THREAT Dastia -> Marrowby']);
    expect(triples(run('Dastia said Marrowby would face penalties.').events)).toEqual(['THREAT Dastia -> Marrowby']);
  });
});
