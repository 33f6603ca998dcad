import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

// Who the parties are (session 9): "it" as the object of an act (events.ts itObjectAt/itAntecedent), people of a state, a demand after a reported clause. Every sentence here is written for these tests; the
// parties are invented.
const run = (text: string) => extract({ text, title: null, published: '2026-05-02' }).events;
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('"it" as the object of an act', () => {
  it('stands for the party named in the sentence before', () => {
    expect(triples(run('The Varnish Trade Bureau fined Kettle Harbour Ltd for late filings and ordered it to close its office.'))).toContain('RESTRICTION Varnish Trade Bureau -> Kettle Harbour');
    expect(triples(run('The Data Office questioned Brantle Bank about its vendors and then opened an inquiry into it.'))).toContain('INVESTIGATION Data Office -> Brantle Bank');
  });

  it('a party after "of" is no antecedent; the sentence before gives it', () => {
    expect(triples(run('Telvar Networks has been under scrutiny since March. The regulator of Ostmark, the Ostmark Telecom Authority, fined it $2 million on Friday.')))
      .toContain('RESTRICTION Ostmark Telecom Authority -> Telvar Networks');
    expect(triples(run('Quorra Labs copied code from Pell Systems, according to the complaint. Pell sued it in June.'))).toContain('LEGAL_ACTION Pell Systems -> Quorra Labs');
  });

  it('a participle\'s own noun may be its antecedent ("wrote to the regulator asking it to …")', () => {
    expect(triples(run('Senator Ada Vell wrote to the Trade Department asking it to move against Quillon.'))).not.toContain('DEMAND Ada Vell -> Quillon');
  });

  it('the act\'s own subject is never its antecedent', () => {
    const t = triples(run('Quillon Labs agreed to pay $5 million to end a suit in which Marrow Systems accused it of copying code.'));
    expect(t).not.toContain('ALLEGATION Quillon Labs -> Marrow Systems');
  });

  it('"it" as the subject of a clause of its own is no object', () => {
    const t = triples(run('Ashgrove Labs sued Corvid Systems in May. The court said it would rule in June.'));
    expect(t.filter((x) => x.includes('court'))).toEqual([]);
  });
});

describe('people of a state named by where they sit', () => {
  it('"Regulators in South Korea", "Authorities in Brazil": the state acts', () => {
    expect(triples(run('Regulators in South Korea fined Quorra Labs 3 billion won for mishandling user data.'))).toContain('RESTRICTION South Korea -> Quorra Labs');
    expect(triples(run('Prosecutors in Taiwan opened an investigation last week into the chipmaker Quorra over the leak.'))).toContain('INVESTIGATION Taiwan -> Quorra');
  });

  it('a place that is no state gives no actor', () => {
    expect(triples(run('Officials in Harbour Street fined Quorra Labs for blocking the pavement.'))).toEqual([]);
  });
});

describe('a demand coordinated after a reported clause with no "that"', () => {
  it('is the reporter\'s: "X said Y had … and called on Z to act"', () => {
    const t = triples(run('Norcastle Hosting complained about Brantmoor Cloud last year. Norcastle\'s chief executive, Greta Lindholm, said Brantmoor had locked customers in for a decade and called on the Competition Office to act quickly.'));
    expect(t.filter((x) => x.startsWith('DEMAND Brantmoor'))).toEqual([]);
    expect(t.some((x) => /^DEMAND (Norcastle Hosting|Greta Lindholm) -> Competition Office$/.test(x))).toBe(true);
  });
});

describe('the subject of a relative clause opened by a preposition and "which"', () => {
  it('"a lawsuit in which X accused Y of …" is X\'s allegation against Y, also with "it" and a description before X', () => {
    expect(triples(run('Tessmark agreed to resolve a suit in which Korvel Systems accused Tessmark of stealing designs.'))).toContain('ALLEGATION Korvel Systems -> Tessmark');
    const t = triples(run('Tessmark agreed to resolve a suit in which rival chipmaker Korvel Systems accused it of stealing designs, the companies said.'));
    expect(t).toContain('ALLEGATION Korvel Systems -> Tessmark');
    expect(t).not.toContain('ALLEGATION Tessmark -> Korvel Systems');
  });
});

describe('a relative clause after a comma, a time phrase before its verb', () => {
  it('"…, the Federation, which in March sued X" has the Federation as the subject of every act', () => {
    expect(triples(run('The ban followed a complaint by the Harbour Press Federation, which in March sued Glintrove for copying its archive.'))).toContain('LEGAL_ACTION Harbour Press Federation -> Glintrove');
    expect(triples(run('Indonesia blocked the app in March. The move was welcomed by the Harbourside Parents Council, which last month accused Glintrove of exposing children to gambling ads.')))
      .toContain('ALLEGATION Harbourside Parents Council -> Glintrove');
  });

  it('a relative clause with a verb of its own before the act is not it ("which said X had …")', () => {
    const t = triples(run('The report came from Redcliff Partners, which said Glintrove had accused Pellan of theft.'));
    expect(t).not.toContain('ALLEGATION Redcliff Partners -> Pellan');
  });
});

describe('a release\'s dateline lead names the voice of its unquoted paragraphs', () => {
  const RELEASE = 'Bengaluru, 5 March 2026 – Sarvani Intelligence today responded to allegations published by Norwood AI.\n\nSarvani Intelligence rejects the allegations that our models were built by copying Norwood\'s systems.\n\nWe therefore call on Norwood AI to retract its statements.';
  it('"We call on X" below it is the organisation\'s demand', () => {
    expect(triples(run(RELEASE))).toContain('DEMAND Sarvani Intelligence -> Norwood AI');
  });
  it('a wire story\'s lead, with the agency in parentheses, gives no voice', () => {
    const t = triples(run('SEOUL, May 4, 2026 (Brinkwatch Wire) - Pyxis Mobile was fined by the Fair Trade Commission.\n\nWe call on Pyxis Mobile to pay at once.'));
    expect(t.filter((x) => x.startsWith('DEMAND Pyxis'))).toEqual([]);
  });
});

describe('"it" never stands for one person', () => {
  it('"asking it to …" after a sentence whose first party is a person does not ask that person', () => {
    const t = triples(run('Vigilan Tech installed the cameras. The transport secretary, Tomás Ibarra, praised the cameras on Monday. Red Privacy Watch has also filed a complaint with a national institute, asking it to fine Vigilan Tech.'));
    expect(t.filter((x) => x.startsWith('DEMAND') && x.endsWith('Tomás Ibarra'))).toEqual([]);
  });
});

describe('"<demonym> companies" as an act\'s object names the state\'s side', () => {
  it('with no count, after the act\'s preposition', () => {
    expect(triples(run('The United States imposed new export restrictions on Chinese companies on Monday.'))).toContain('RESTRICTION United States -> China');
    expect(triples(run('China lifted the export restrictions on American firms.'))).toContain('DEESCALATION China -> United States');
    expect(triples(run('China lifted the export restrictions on U.S. companies.'))).toContain('DEESCALATION China -> United States');
  });
  it('not opening a clause: "Chinese firms said …" is no state speaking', () => {
    expect(triples(run('Chinese firms said the rules were unfair.'))).toEqual([]);
  });
});

describe('goods of a state\'s origin as a measure\'s object', () => {
  it('"tariffs on Korean steel" is a measure on South Korea, and its later suspension a de-escalation', () => {
    expect(triples(run('Japan imposed tariffs on Korean steel in May.'))).toContain('RESTRICTION Japan -> South Korea');
    expect(triples(run('Japan imposed tariffs on Korean steel in May. Japan postponed the tariffs until next year.'))).toContain('DEESCALATION Japan -> South Korea');
  });
  it('a demonym before goods that opens the clause is no party ("Korean steel fell 3%")', () => {
    expect(triples(run('Korean steel prices fell 3% in May, traders said.'))).toEqual([]);
  });
});

describe('talks told of both sides together', () => {
  it('"A and B will hold talks" is both sides\' de-escalation', () => {
    const t = triples(run('Japan imposed tariffs on South Korea in May. Japan and South Korea will hold talks next week.'));
    expect(t).toEqual(expect.arrayContaining(['DEESCALATION Japan -> South Korea', 'DEESCALATION South Korea -> Japan']));
  });
  it('one side ready for talks is that side\'s alone', () => {
    const t = triples(run('Japan imposed tariffs on South Korea in May. South Korea said it was ready for talks with Japan.'));
    expect(t).not.toContain('DEESCALATION Japan -> South Korea');
  });
});

describe('a threatened legal step has its forum too', () => {
  it('"threatened to file a complaint with the WTO" threatens the counterpart, not the forum', () => {
    const t = triples(run('Japan imposed export controls on South Korea in May. South Korea threatened to file a complaint with the World Trade Organization.'));
    expect(t).toContain('THREAT South Korea -> Japan');
    expect(t.filter((x) => x.endsWith('World Trade Organization'))).toEqual([]);
  });
});
