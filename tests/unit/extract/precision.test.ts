// Constraints that keep rules from over-firing on text they were not written for (issue 17, precision pass).
// Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string, title?: string, published = '2026-03-12') => extract({ text, title, published }).events;
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('extract precision: role constraints', () => {
  it('a name inside a fronted adverbial clause is not the subject of the main clause', () => {
    const t = triples(run('Hours after the ruling against Quillon was published, Marrowby sued Dalvane over its licence terms.'));
    expect(t).toContain('LEGAL_ACTION Marrowby -> Dalvane');
    expect(t.some((x) => x.startsWith('LEGAL_ACTION Quillon'))).toBe(false);
    // With no name of its own in the main clause, the subject is not taken from the fronted clause.
    const u = triples(run('When the auditors reached Quillon last week, regulators accused Dalvane of hiding the files.'));
    expect(u.some((x) => x.includes('Quillon ->'))).toBe(false);
  });

  it("the article's leading authority must be named in its lead (title or first two sentences) to fill a missing actor", () => {
    const tail = 'The Federal Trade Commission issued a statement. The Federal Trade Commission said it was aware. The Federal Trade Commission declined further comment. Earlier, local officials banned Quillon from the square.';
    expect(triples(run(`The festival drew large crowds on Sunday. Vendors sold food late into the night. ${tail}`))).toEqual([]);
    expect(triples(run(tail))).toEqual(['RESTRICTION Federal Trade Commission -> Quillon']);
  });

  it("a third party calling a named accuser's claims false denies nothing; the accused saying so does", () => {
    const third = triples(run('Quillon sued Vantic in May. Ada Rell, a professor at Dalmore University, said Quillon\'s claims were false.'));
    expect(third.some((x) => x.startsWith('DENIAL'))).toBe(false);
    const accused = triples(run('Quillon accused Marrowby of fraud in May. Marrowby said Quillon\'s claims were false.'));
    expect(accused).toContain('DENIAL Marrowby -> Quillon');
  });

  it('a participle between a verb and its object noun is an adjective ("ship restricted chips"), no restriction', () => {
    const types = (text: string) => extract({ title: null, published: '2026-05-02', text }).events.map((e) => e.type);
    expect(types('Quorra Silicon shipped restricted chips to Iran, the Commerce Department said.')).not.toContain('RESTRICTION');
    expect(types('Tarn Micro sold sanctioned equipment to Russia through a shell company, prosecutors said.')).not.toContain('RESTRICTION');
    // The finite verb after its subject, or after an auxiliary, is still the act.
    expect(types('Japan restricted exports of lithography tools to Ostmark on Friday.')).toContain('RESTRICTION');
    expect(types('Japan has restricted exports of lithography tools to Ostmark.')).toContain('RESTRICTION');
  });

  it('reviewing or auditing is an inquiry only by an authority', () => {
    const types = (text: string) => extract({ title: null, published: '2026-05-02', text }).events.map((e) => e.type);
    expect(types('Halden Cloud said it was reviewing Ashgrove Labs\' offer for its hosting unit.')).toEqual([]);
    expect(types('The Varden Competition Office is reviewing Halden Cloud\'s pricing of its hosting contracts.')).toContain('INVESTIGATION');
  });

  it('a wrong named after "as" a condemning verb is the condemned thing\'s, not the subject\'s', () => {
    const t = triples(run('Japan imposed export controls on China on Monday. China\'s commerce ministry condemned the move as an act of economic coercion.'));
    expect(t).toContain('ALLEGATION China -> Japan');
    expect(t.filter((x) => x.startsWith('ALLEGATION Japan'))).toEqual([]);
  });

  it('an act asked for after "we request that" has not happened', () => {
    const t = triples(run('Senator Imogen Fairweather wrote to the Data Commission of Ostrel about Zenara Technologies. We request that the Data Commission of Ostrel open an inquiry into Zenara Technologies.'));
    expect(t.filter((x) => x.startsWith('INVESTIGATION'))).toEqual([]);
  });

  it('an act in a gerund after "at" is an aim, not an act ("legislation aimed at penalizing X")', () => {
    const types = (text: string) => extract({ title: null, published: '2026-05-02', text }).events.map((e) => e.type);
    expect(types('Senator Ada Vell introduced a bill aimed at penalizing Marrowby for its exports.')).not.toContain('RESTRICTION');
    expect(types('The Ostrel Data Commission penalised Marrowby for a data breach in March.')).toContain('RESTRICTION');
  });

  it('a question put in writing ("To ask the Minister, what …") reports no act', () => {
    expect(triples(run('To ask the Minister for Trade, what steps she has taken since Quillon accused Marrowby of fraud.'))).toEqual([]);
    expect(triples(run('Quillon accused Marrowby of fraud.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });

  it('an act announced with "will" has not happened: a suit or a measure promised is a threat', () => {
    expect(triples(run('Quillon said it will sue Marrowby over the copying.'))).toEqual(['THREAT Quillon -> Marrowby']);
    expect(triples(run('The United States said it will impose tariffs on Zemla from June.'))).toEqual(['THREAT United States -> Zemla']);
    expect(triples(run('Quillon said it will take legal action against Marrowby.'))).toEqual(['THREAT Quillon -> Marrowby']);
  });

  it('"requested" or "recommended" with an addressee is a demand only when an act to do follows it', () => {
    expect(triples(run('Marrowby sells cakes. Quillon keeps requesting the Lumo Cake back on the menu.'))).toEqual([]);
    expect(triples(run('After a records request Ministers are refusing to disclose the photos.'))).toEqual([]);
    expect(triples(run('The regulator Dastia requested Marrowby delete the recordings.'))).toEqual(['DEMAND Dastia -> Marrowby']);
  });

  it('a legal step the subject undergoes needs its author named after the pattern', () => {
    expect(triples(run('Ada Vell, a driver from Dalmore, pleaded guilty to fraud on Monday.'))).toEqual([]);
    expect(triples(run('Ada Vell pleaded guilty to charges brought by the Japanese government.'))).toEqual(['LEGAL_ACTION Japan -> Ada Vell']);
  });

  it('speech introduced by "declaring", "countered" or "insists" has its speaker', () => {
    expect(triples(run('Quillon sued Marrowby in May. Marrowby hit back, declaring, "The lawsuit is without merit."'))).toContain('DENIAL Marrowby -> Quillon');
    expect(triples(run('Quillon accused Marrowby of fraud. Marrowby countered that the claims were simply untrue.'))).toContain('DENIAL Marrowby -> Quillon');
  });

  it('denying a party a licence or rejecting its merger restricts it; revoking a licence is no de-escalation', () => {
    const a = triples(run('Marrowby sells lamps. The Japanese government denied Marrowby a licence.'));
    expect(a).toEqual(['RESTRICTION Japan -> Marrowby']);
    const b = triples(run('Marrowby sells lamps. The regulator Dastia rejected the merger of Marrowby and Vantic.'));
    expect(b.some((x) => x.startsWith('DENIAL'))).toBe(false);
    const c = triples(run('Marrowby sells lamps. The Japanese government revoked Marrowby\'s export licence.'));
    expect(c).toEqual(['RESTRICTION Japan -> Marrowby']);
    expect(triples(run('Japan banned Marrowby in May. Japan revoked the ban on Marrowby in June.'))).toContain('DEESCALATION Japan -> Marrowby');
  });

  it('an appeal or a settlement is against the other side of the case, never the judge who ruled', () => {
    const t = triples(run('Marrowby sells lamps. Quillon sued Marrowby in May. Judge Mara Quell denied Marrowby\'s request to dismiss the case. Marrowby appealed the ruling. In June the two companies settled the dispute.'));
    expect(t).toContain('LEGAL_ACTION Marrowby -> Quillon');
    expect(t).toContain('DEESCALATION Marrowby -> Quillon');
    expect(t.some((x) => x.endsWith('-> Mara Quell'))).toBe(false);
  });

  it('a count of time in a clause ("comes two days after") is not a subject counted as two', () => {
    const t = triples(run('Quillon sued Marrowby in May. The exchange comes two days after the Federal Trade Commission opened an inquiry into Marrowby. Both firms later agreed to talks.'));
    expect(t).toContain('INVESTIGATION Federal Trade Commission -> Marrowby');
    expect(t.some((x) => x.startsWith('INVESTIGATION Quillon') || x.startsWith('INVESTIGATION Marrowby'))).toBe(false);
    expect(t.some((x) => x.startsWith('DEESCALATION'))).toBe(true);
  });

  it('a denial verb as a gerund after a preposition is the content of an accusation, not a denial', () => {
    const t = triples(run('Quillon accused Marrowby of denying its customers a refund.'));
    expect(t).toContain('ALLEGATION Quillon -> Marrowby');
    expect(t.some((x) => x.startsWith('DENIAL'))).toBe(false);
  });

  it('a participle trigger after a preposition is an adjective ("on accused smuggler X"), not an act', () => {
    expect(triples(run('Two guards at the Dalmore jail said they had checked on accused smuggler Ivo Brann every hour.'))
      .some((x) => x.startsWith('ALLEGATION'))).toBe(false);
  });

  it('a negator or modal before the first of verbs joined by "or" holds for the later one', () => {
    expect(triples(run('Dalvane said at no point could Ostmark stop its older devices from shipping abroad or block Quillon from the market.'))
      .some((x) => x.startsWith('RESTRICTION'))).toBe(false);
    expect(triples(run('Ostmark stopped the older devices from shipping abroad and blocked Quillon from the market.'))).toContain('RESTRICTION Ostmark -> Quillon');
  });

  it('a noun-only trigger is the subject\'s act only through a verb that opens, conducts or reports it', () => {
    expect(triples(run('Senator Ada Vell referred to earlier inquiries into Quillon during the hearing.'))
      .some((x) => x.startsWith('INVESTIGATION Ada Vell'))).toBe(false);
    expect(triples(run('The regulator Dastia opened an inquiry into Quillon on Monday.'))).toContain('INVESTIGATION Dastia -> Quillon');
    expect(triples(run('Dastia said its inquiry into Quillon would take a year.'))).toContain('INVESTIGATION Dastia -> Quillon');
  });

  it('a capitalised number or quantity word is never a party ("Two guards", "Three firms")', () => {
    const { entities } = extract({ text: 'DALMORE – Two federal guards were charged on Tuesday. One former guard said Three companies bid for the contract.', published: '2026-03-12' });
    expect(entities.map((e) => e.name).filter((n) => /^(?:Two|One|Three)\b/.test(n))).toEqual([]);
  });

  it('a gerund after "to" (a preposition: "pleaded guilty to threatening") names an offence, not an act of the subject', () => {
    expect(triples(run('Bram Olsen, a Dalmore resident, pleaded guilty to threatening to harm Senator Ada Vell.'))
      .some((x) => x.startsWith('THREAT'))).toBe(false);
    expect(triples(run('Quillon threatened to sue Marrowby over the patents.'))).toContain('THREAT Quillon -> Marrowby');
  });

  it('who reacts to a decision ("welcomed the move to drop the probe") did not take it', () => {
    expect(triples(run('Quillon welcomed the sudden move to close the investigation into Marrowby.'))
      .some((x) => x.startsWith('DEESCALATION Quillon'))).toBe(false);
    expect(triples(run('The European Commission closed its investigation into Quillon in June.'))).toContain('DEESCALATION European Commission -> Quillon');
  });

  it('a name before a noun of a kind of party ("Zemlan AI companies", "a Zemlan AI firm, Quillon") names a category, not a party', () => {
    expect(triples(run('The regulator Dastia fined a Zemlan AI firm, Quillon, on Monday.'))).toEqual(['RESTRICTION Dastia -> Quillon']);
    const t = triples(run('Zemlan AI companies have been under pressure, and Vell Media sued Quillon last week.'));
    expect(t).toContain('LEGAL_ACTION Vell Media -> Quillon');
    expect(t.some((x) => x.includes('Zemlan AI'))).toBe(false);
  });

  it('after "said" a complement clause with a subject of its own does not make the speaker the wrongdoer', () => {
    const t = triples(run('Quillon sued Marrowby on Monday. Dastia said scrapers bypass technical protections to steal data and sell it.'));
    expect(t).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
    // The speaker's own clause continued: the speaker is the wrongdoer.
    expect(triples(run('Marrowby said Dastia preaches openness while secretly copying rival code.'))).toContain('ALLEGATION Marrowby -> Dastia');
  });

  it('an active "add … to a list" needs its object before "to" ("adding to a growing list of complaints" restricts no one)', () => {
    expect(triples(run('Quillon is suing Marrowby for infringement, adding to a growing list of companies that have said Marrowby copied them.'))
      .some((x) => x.startsWith('RESTRICTION'))).toBe(false);
  });

  it('a compound preposition of time or cause ("ahead of", "in the wake of") introduces no target', () => {
    expect(triples(run('Ostmark banned fireworks ahead of Vellfest.')).some((x) => x.endsWith('-> Vellfest'))).toBe(false);
    expect(triples(run('Ostmark banned Quillon in the wake of Vellfest.'))).toContain('RESTRICTION Ostmark -> Quillon');
  });

  it("the reported wrongdoing's subject comes first: a later name after of/including/such as/from is an object or list member", () => {
    expect(triples(run('Quillon said Marrowby sold copies of songs by Dastia, Vellum and Brann Media without permission.')))
      .toEqual(['ALLEGATION Quillon -> Marrowby']);
  });
});

describe('extract precision: a subject that names no party (issue 17, roles pass)', () => {
  it('"…, and a family sued X": the clause has a subject of its own, so neither an earlier name nor the leading authority acts', () => {
    const t = triples(run('The Federal Trade Commission has sent questions to chatbot makers. The Federal Trade Commission wants answers. Pressure rose after Dalvane published internal Quillon memos that described the risks, and a family sued Quillon over its chatbot.'));
    expect(t.some((x) => x.startsWith('LEGAL_ACTION'))).toBe(false);
    expect(triples(run('Marrowby said on Monday that it had sued Quillon.'))).toEqual(['LEGAL_ACTION Marrowby -> Quillon']);
  });

  it('a reported wrongdoing told by an unnamed speaker ("Prosecutors alleged", "Several analysts said") is no party\'s allegation', () => {
    expect(triples(run('Marrowby sued Quillon in May. Prosecutors alleged that Quillon had stolen the designs.'))).toEqual(['LEGAL_ACTION Marrowby -> Quillon']);
    expect(triples(run('Marrowby sued Quillon in May. Several analysts said Quillon had stolen the designs.'))).toEqual(['LEGAL_ACTION Marrowby -> Quillon']);
    expect(triples(run('Marrowby sued Quillon in May. Marrowby alleged that Quillon had stolen the designs.'))).toContain('ALLEGATION Marrowby -> Quillon');
  });
});

describe('extract precision: who speaks for a legal document, and names that look like verbs', () => {
  it('"The lawsuit, brought by X against Y and its partner Z, alleges …" is told by X, not by the last name before the verb', () => {
    const t = triples(run('The lawsuit, brought by Dalmore Media against Quillon and its partner, Marrowby, alleges that Quillon unlawfully copied its articles.'));
    expect(t.some((x) => x.startsWith('ALLEGATION Marrowby'))).toBe(false);
    expect(t).toContain('LEGAL_ACTION Dalmore Media -> Quillon');
    expect(t).toContain('ALLEGATION Dalmore Media -> Quillon');
  });

  it('a word of a name ("Ostrik Press") is not the verb "press" that would make the act only asked for', () => {
    expect(triples(run('Dalmore Media and Ostrik Press sued Quillon on Monday.'))).toEqual(['LEGAL_ACTION Dalmore Media -> Quillon', 'LEGAL_ACTION Ostrik Press -> Quillon']);
  });
});

describe('extract precision: acts told only by a legal document\'s claim', () => {
  it('"…, Quillon has blocked Dalmore from …, the lawsuit claimed." is no restriction of its own', () => {
    const t = triples(run('Dalmore Media sued Quillon. By copying its articles, Quillon has blocked Dalmore Media from selling its archive, the lawsuit claimed.'));
    expect(t).toEqual(['LEGAL_ACTION Dalmore Media -> Quillon']);
    // Told as a fact, the same act stands.
    expect(triples(run('Japan has blocked Quillon from selling its chips, the ministry said on Monday.'))).toContain('RESTRICTION Japan -> Quillon');
  });
});

describe('extract precision: the verb that governs a noun-only trigger', () => {
  it('"have limited their inquiry", "referred to inquiries into X": no act, whoever the subject', () => {
    expect(triples(run('Dalmore lawmakers have limited their inquiry to the Quillon deal.'))).toEqual([]);
    expect(triples(run('The Federal Trade Commission referred to inquiries into Quillon.'))).toEqual([]);
  });
  it('an auxiliary or a noun read as a verb does not govern: "has limited its inquiry" is no act, "made a demand in its lawsuit against X" is one', () => {
    expect(triples(run('The Dalmore Senate Committee has limited its inquiry to the Quillon deal.'))).toEqual([]);
    expect(triples(run('Dalmore Media and other plaintiffs have made a sweeping and unnecessary demand in their baseless lawsuit against Quillon.')))
      .toEqual(['LEGAL_ACTION Dalmore Media -> Quillon']);
  });
  it('"has opened an inquiry", "said its inquiry … would continue" still are', () => {
    expect(triples(run('The FTC has opened an inquiry into Quillon.'))).toEqual(['INVESTIGATION Federal Trade Commission -> Quillon']);
    expect(triples(run('The FTC said its inquiry into Quillon would continue.'))).toEqual(['INVESTIGATION Federal Trade Commission -> Quillon']);
  });
});

describe('extract precision: the writer and unnamed groups are no parties', () => {
  it('"I urge …" with nobody quoted is the writer; quoted, it is the speaker', () => {
    const lead = 'The Federal Trade Commission opened a probe. The Federal Trade Commission said more. The Federal Trade Commission met.';
    expect(triples(run(`${lead} I urge Quillon to stop selling the device.`)).some((x) => x.startsWith('DEMAND'))).toBe(false);
    expect(triples(run('"I urge Quillon to stop selling the device," said Ada Vell, a lawyer.'))).toEqual(['DEMAND Ada Vell -> Quillon']);
  });
  it('"Many analysts agree that X has …": the wrongdoing is told by an unnamed group', () => {
    expect(triples(run('Marrowby sued Quillon. Many analysts agree that Quillon has long stolen designs.'))).toEqual(['LEGAL_ACTION Marrowby -> Quillon']);
  });
});

describe('extract precision: places', () => {
  it('"in southern X" is a place, no object', () => {
    expect(triples(run('Japan accused the guards in southern Korea of smuggling.')).some((x) => x.endsWith('-> South Korea'))).toBe(false);
    expect(triples(run('Japan accused South Korea of smuggling.'))).toEqual(['ALLEGATION Japan -> South Korea']);
  });
});

describe('extract precision: makers and closed relative clauses', () => {
  it('"the chatbots made by X and Y, which have a partnership, have copied …": Y is a maker, not the teller', () => {
    const t = triples(run('Dalmore Media sued Quillon and Marrowby in May. The suit argues that the chatbots made by Quillon and Marrowby, which have a close partnership, have copied millions of its articles.'));
    expect(t.some((x) => x.startsWith('ALLEGATION Marrowby') || x.startsWith('ALLEGATION Quillon'))).toBe(false);
  });
});

describe('extract precision: acts that did not happen by the report', () => {
  it('an inverted condition ("Were Japan to ban X, …", "Had Japan fined X, …") is no act', () => {
    expect(triples(run('Were Japan to ban Quillon, prices would rise.'))).toEqual([]);
    expect(triples(run('Had Japan fined Quillon, the deal would have collapsed.'))).toEqual([]);
  });
  it('an act inside a denied clause, or in reports called false, is no act', () => {
    expect(triples(run('Japan denied that it had banned Quillon.')).some((x) => x.startsWith('RESTRICTION'))).toBe(false);
    expect(triples(run('Reports that Japan had banned Quillon were false.'))).toEqual([]);
    expect(triples(run('Japan banned Quillon, officials said.'))).toEqual(['RESTRICTION Japan -> Quillon']);
  });
});
