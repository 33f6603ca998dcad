// Statement forms of LEGAL_ACTION and INVESTIGATION (issue: forms of legal steps and inquiries): charges and
// indictments in the passive, with counts or by a grand jury; verdicts; rulings and orders by courts and named judges;
// stays; appeals and their outcome; deferred-prosecution agreements and settlements; captions and citations; inquiries
// opened to determine something, taken to a further phase, carried out as inspections or raids, announced as "we".
// Every text is our own; companies and people are invented, courts and agencies are real. Each row: the text and the
// events (type, actor -> target) it must give.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe("forms: LEGAL_ACTION: charges, indictments and arrests (passive, with counts, by a grand jury): the prosecuting authority the text names acts", () => {
  const rows: [string, string[]][] = [
    ["Ada Renwick, a former engineer at Fenwright Robotics, was charged with three counts of theft of trade secrets, the Justice Department said on Tuesday.",
      ["LEGAL_ACTION Department of Justice -> Ada Renwick"]],
    ["Federal prosecutors in Manhattan charged Tomas Vell, a former sales director at Marrowby Labs, with two counts of wire fraud on Monday. The Justice Department said Vell had sold designs belonging to Marrowby Labs.",
      ["LEGAL_ACTION Department of Justice -> Tomas Vell"]],
    ["Marrowby Labs faces further charges, the Federal Trade Commission said on Thursday. The agency accused the company of misleading investors about its chips.",
      ["LEGAL_ACTION Federal Trade Commission -> Marrowby Labs"]],
    ["A federal grand jury indicted two former engineers of Fenwright Robotics, Lin Oster and Pavel Droz, on charges of economic espionage, the Justice Department said. Both men were arrested in Boston.",
      ["LEGAL_ACTION Department of Justice -> Lin Oster", "LEGAL_ACTION Department of Justice -> Pavel Droz"]],
    ["The Justice Department said a grand jury in Delaware had indicted Kiran Basu, the former finance chief of Dalvane Systems, on five counts of securities fraud.",
      ["LEGAL_ACTION Department of Justice -> Kiran Basu"]],
    ["Kiran Basu was arrested in Frankfurt on Monday and charged with smuggling chips made by Fenwright Robotics, the Justice Department said in a statement.",
      ["LEGAL_ACTION Department of Justice -> Kiran Basu"]],
    ["The Securities and Exchange Commission charged Dalvane Systems and its chief executive, Oren Halley, with fraud. Halley faces two further counts of insider trading brought by the agency.",
      ["LEGAL_ACTION Securities and Exchange Commission -> Dalvane Systems", "LEGAL_ACTION Securities and Exchange Commission -> Oren Halley"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: LEGAL_ACTION: a jury's verdict is the court's, against the party found liable", () => {
  const rows: [string, string[]][] = [
    ["Fenwright Robotics sued Marrowby Labs in the U.S. District Court for the District of Delaware in 2024. On Friday a federal jury found Marrowby Labs liable for infringing patents held by Fenwright Robotics.",
      ["LEGAL_ACTION Fenwright Robotics -> Marrowby Labs", "LEGAL_ACTION U.S. District Court for the District of Delaware -> Marrowby Labs"]],
    ["A jury in the U.S. District Court for the Eastern District of Texas found Marrowby Labs liable for infringing two patents held by Fenwright Robotics and awarded Fenwright $40 million.",
      ["LEGAL_ACTION U.S. District Court for the Eastern District of Texas -> Marrowby Labs"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: LEGAL_ACTION: rulings and orders by courts and by named judges", () => {
  const rows: [string, string[]][] = [
    ["Judge Mira Tolland of the U.S. District Court for the Northern District of California ordered Marrowby Labs to stop selling its Aster chip. Fenwright Robotics had sued Marrowby in March.",
      ["LEGAL_ACTION Mira Tolland -> Marrowby Labs", "LEGAL_ACTION Fenwright Robotics -> Marrowby Labs"]],
    ["Fenwright Robotics sued Marrowby Labs in London in January. Judge Tomas Irving of the High Court granted Fenwright an injunction against Marrowby Labs on Wednesday.",
      ["LEGAL_ACTION Tomas Irving -> Marrowby Labs"]],
    ["Fenwright Robotics sued Marrowby Labs in January. On Monday Judge Tomas Irving of the U.S. District Court in San Francisco denied Marrowby Labs' motion to dismiss the lawsuit.",
      ["LEGAL_ACTION Tomas Irving -> Marrowby Labs"]],
    ["The Dutch Supreme Court ruled against Dalvane Systems on Friday, ending its challenge to a fine imposed by the Netherlands Authority for Consumers and Markets.",
      ["LEGAL_ACTION Dutch Supreme Court -> Dalvane Systems"]], // another state's Supreme Court than the gazetteer's
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: LEGAL_ACTION: a request to suspend or stay an order, and the court's answer", () => {
  const rows: [string, string[]][] = [
    ["The Federal Trade Commission ordered Marrowby Labs to delete its face data. Marrowby Labs asked the U.S. Court of Appeals for the Ninth Circuit to suspend the order while it appeals. The court denied the request on Friday.",
      ["LEGAL_ACTION Marrowby Labs -> Federal Trade Commission", "LEGAL_ACTION U.S. Court of Appeals for the Ninth Circuit -> Marrowby Labs"]],
    ["Fenwright Robotics sued Marrowby Labs in March and won an injunction in May. Marrowby Labs filed a motion to stay the injunction pending appeal, which Judge Mira Tolland of the U.S. District Court for the District of Delaware granted on Tuesday.",
      ["LEGAL_ACTION Marrowby Labs -> Fenwright Robotics"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: LEGAL_ACTION: appeals and their outcome", () => {
  const rows: [string, string[]][] = [
    ["Fenwright Robotics sued Marrowby Labs in the U.S. District Court for the District of Delaware in 2024, and a federal jury found Marrowby Labs liable for infringing its patents last year. Marrowby Labs appealed the verdict to the U.S. Court of Appeals for the Federal Circuit, which upheld it in March.",
      ["LEGAL_ACTION Marrowby Labs -> Fenwright Robotics", "LEGAL_ACTION U.S. Court of Appeals for the Federal Circuit -> Marrowby Labs"]],
    ["The General Court of the European Union dismissed Dalvane Systems' appeal against the European Commission's fine on Wednesday.",
      ["LEGAL_ACTION General Court -> Dalvane Systems"]],
    ["Dalvane Systems lost its appeal against the Competition and Markets Authority at the Competition Appeal Tribunal on Thursday.",
      ["LEGAL_ACTION Dalvane Systems -> Competition and Markets Authority"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: LEGAL_ACTION and DEESCALATION: deferred-prosecution agreements and settlements", () => {
  const rows: [string, string[]][] = [
    ["Dalvane Systems entered into a deferred prosecution agreement with the Justice Department and agreed to pay $40 million in penalties for shipping servers to sanctioned buyers.",
      ["LEGAL_ACTION Department of Justice -> Dalvane Systems", "DEESCALATION Dalvane Systems -> Department of Justice"]],
    ["The Justice Department reached a deferred prosecution agreement with Dalvane Systems over illegal exports of chips, officials said on Monday.",
      ["LEGAL_ACTION Department of Justice -> Dalvane Systems"]],
    ["Marrowby Labs agreed to pay $12 million to settle the lawsuit brought by Fenwright Robotics, the companies said on Friday.",
      ["DEESCALATION Marrowby Labs -> Fenwright Robotics", "LEGAL_ACTION Fenwright Robotics -> Marrowby Labs"]],
    ["Dalvane Systems has settled with the Securities and Exchange Commission over charges that it misled investors, paying $8 million.",
      ["DEESCALATION Dalvane Systems -> Securities and Exchange Commission"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: LEGAL_ACTION: a case caption names the parties, a citation's names never do", () => {
  const rows: [string, string[]][] = [
    ["In Fenwright Robotics v. Marrowby Labs, the court held that the chip layout was protected. The judge cited Brenner v. Manson, 383 U.S. 519 (1966), in support.",
      ["LEGAL_ACTION Fenwright Robotics -> Marrowby Labs"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
  it('the names of a cited case are no parties', () => {
    const got = run("In Fenwright Robotics v. Marrowby Labs, the court held that the chip layout was protected. The judge cited Brenner v. Manson, 383 U.S. 519 (1966), in support.");
    expect(got.filter((g) => /Brenner|Manson/.test(g))).toEqual([]);
  });
});

describe("forms: INVESTIGATION: opened to determine, moved to a further phase, a probe into or review of a deal", () => {
  const rows: [string, string[]][] = [
    ["The European Commission opened an investigation to determine whether Fenwright Robotics abused its dominant position in cloud services.",
      ["INVESTIGATION European Commission -> Fenwright Robotics"]],
    ["The Federal Trade Commission has opened an inquiry into Marrowby Labs to determine whether its chatbot misled children.",
      ["INVESTIGATION Federal Trade Commission -> Marrowby Labs"]],
    ["The Competition and Markets Authority moved its investigation of Fenwright Robotics' purchase of Marrowby Labs to a second phase on Tuesday.",
      ["INVESTIGATION Competition and Markets Authority -> Fenwright Robotics"]],
    ["The Federal Trade Commission launched a review of Fenwright Robotics' acquisition of Marrowby Labs, the agency said.",
      ["INVESTIGATION Federal Trade Commission -> Fenwright Robotics"]],
    ["The European Commission said it had opened an in-depth investigation into Fenwright Robotics' planned takeover of Marrowby Labs.",
      ["INVESTIGATION European Commission -> Fenwright Robotics"]],
    ["The Competition and Markets Authority referred its probe of Dalvane Systems to an in-depth phase 2 investigation on Monday.",
      ["INVESTIGATION Competition and Markets Authority -> Dalvane Systems"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: INVESTIGATION: inspections and dawn raids at a company's offices", () => {
  const rows: [string, string[]][] = [
    ["Officials of the Bundeskartellamt carried out unannounced inspections at the offices of Fenwright Robotics in Munich on Tuesday.",
      ["INVESTIGATION Bundeskartellamt -> Fenwright Robotics"]],
    ["The Japan Fair Trade Commission conducted dawn raids at Marrowby Labs' offices in Tokyo, the regulator said.",
      ["INVESTIGATION Japan Fair Trade Commission -> Marrowby Labs"]],
    ["Investigators from the European Commission raided the Brussels offices of Dalvane Systems on Thursday.",
      ["INVESTIGATION European Commission -> Dalvane Systems"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("forms: INVESTIGATION: an inquiry the agency announces in the first person, or is carrying out", () => {
  const rows: [string, string[]][] = [
    ["The Information Commissioner's Office said on Monday: \"We have opened an investigation into Fenwright Robotics and its use of facial recognition in shops.\"",
      ["INVESTIGATION Information Commissioner's Office -> Fenwright Robotics"]],
    ["\"Today we have opened formal proceedings against Marrowby Labs,\" said Mira Tolland, a spokesperson for the European Commission. The Commission will assess whether the company broke the Digital Markets Act.",
      ["INVESTIGATION European Commission -> Marrowby Labs"]],
    ["The Federal Trade Commission is investigating Dalvane Systems' handling of customer data, the agency said on Wednesday.",
      ["INVESTIGATION Federal Trade Commission -> Dalvane Systems"]],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});
describe('forms: the names these forms lean on', () => {
  it('a party\'s filing is never against the court it is filed at or asks', () => {
    expect(run('Dalvane Systems lodged a complaint at the Paris Commercial Court against Marrowby Labs on Monday.'))
      .toEqual(['LEGAL_ACTION Dalvane Systems -> Marrowby Labs']);
    const got = run('Fenwright Robotics sued Marrowby Labs in the U.S. District Court for the District of Delaware in May. Judge Mira Tolland set a hearing for June. On Friday Fenwright Robotics filed a motion asking the judge to bar Marrowby Labs from selling the chip.');
    expect(got.filter((g) => / -> (?:Mira Tolland|U\.S\. District Court)/.test(g))).toEqual([]);
  });

  it('a state before a court\'s name is part of it, with the court\'s seat ("U.S. District Court for the … District of …")', () => {
    const got = run('Fenwright Robotics sued Marrowby Labs in the U.S. District Court for the Western District of Texas on Monday. Marrowby Labs asked the U.S. Court of Appeals for the Fifth Circuit to stay the case.');
    expect(got.filter((g) => g.includes('United States'))).toEqual([]);
    const names = extract({ text: 'Fenwright Robotics sued Marrowby Labs in the U.S. District Court for the Western District of Texas on Monday.', published: '2026-03-12' }).entities.map((e) => e.name);
    expect(names).toContain('U.S. District Court for the Western District of Texas');
  });

  it('a grand jury is no court: with no prosecuting authority named, it acts under its own name (as our labels name it)', () => {
    expect(run('A federal grand jury indicted Lin Oster, a former engineer at Fenwright Robotics, on charges of economic espionage.'))
      .toEqual(['LEGAL_ACTION federal grand jury -> Lin Oster']);
  });

  it('a capital before a noun of premises is where they are ("the Brussels offices"), no party', () => {
    expect(run('Investigators from the European Commission raided the Brussels offices of Dalvane Systems on Thursday.'))
      .toEqual(['INVESTIGATION European Commission -> Dalvane Systems']);
  });

  it('the possessor of a deal is its party; the deal\'s object after "of" is not the possessor\'s possession', () => {
    expect(run('The Federal Trade Commission launched a review of Fenwright Robotics\' acquisition of Marrowby Labs.'))
      .toEqual(['INVESTIGATION Federal Trade Commission -> Fenwright Robotics']);
  });

  it('a deferred prosecution agreement reached by the authority is still the authority\'s step and the accused\'s settlement', () => {
    const got = run('The Justice Department reached a deferred prosecution agreement with Dalvane Systems over illegal exports of chips.');
    expect(got).toContain('LEGAL_ACTION Department of Justice -> Dalvane Systems');
    expect(got).toContain('DEESCALATION Dalvane Systems -> Department of Justice');
    expect(got).not.toContain('LEGAL_ACTION Dalvane Systems -> Department of Justice');
  });
});

describe('forms: more legal steps and inquiries', () => {
  it('a subpoena issued to a party, the verb, but not the noun of a power or a plural subject', () => {
    expect(run('The House Judiciary Committee issued a subpoena to Kestrow Networks for its moderation records.'))
      .toContain('LEGAL_ACTION House Judiciary Committee -> Kestrow Networks');
    expect(run('The Senate Commerce Committee has no subpoena authority of its own; subpoenas would have to come from the full Senate Judiciary Committee, Kestrow Networks said.')
      .filter((g) => g.startsWith('LEGAL_ACTION'))).toEqual([]);
  });

  it('court proceedings brought by a regulator against a party, with the court as the forum', () => {
    expect(run('The eSafety Commissioner commenced civil penalty proceedings in the Federal Court of Australia against Kestrow Networks on Tuesday.'))
      .toEqual(['LEGAL_ACTION eSafety Commissioner -> Kestrow Networks']);
  });

  it('a panel of a named court rules for the court', () => {
    const got = run('Fenwright Robotics sued Marrowby Labs in 2024. A three-judge panel of the U.S. Court of Appeals for the Ninth Circuit ruled against Marrowby Labs on Monday.');
    expect(got).toContain('LEGAL_ACTION U.S. Court of Appeals for the Ninth Circuit -> Marrowby Labs');
  });

  it('"my office" in a speaker\'s turn is the speaker\'s step', () => {
    const got = run('Transcript: news conference of Ostria Attorney General Mira Tolland\n\nTOLLAND: Good morning, everyone.\n\nTOLLAND: This morning my office filed a lawsuit in the Ostria District Court against Pinefold Data.\n\nTOLLAND: My office has also opened an investigation into Kestrow Networks.');
    expect(got).toContain('LEGAL_ACTION Mira Tolland -> Pinefold Data');
    expect(got).toContain('INVESTIGATION Mira Tolland -> Kestrow Networks');
  });

  it('"issued the following statement." introduces the first-person release below it', () => {
    expect(run('The Information Commissioner\'s Office has today issued the following statement.\n\n"We have launched an inquiry into Pinefold Data after reports that it shared customer records with advertisers."'))
      .toContain("INVESTIGATION Information Commissioner's Office -> Pinefold Data");
  });

  it('an inquiry opened "weeks after the U.S. …" is not into the United States', () => {
    expect(run('Dalvane Systems sells memory chips in China. The State Administration for Market Regulation opened an investigation in May, weeks after the U.S. tightened export rules.')
      .filter((g) => g.includes('-> United States'))).toEqual([]);
  });
});

describe('forms: charges with no named author, and appeals that are none', () => {
  it('"an indictment … charges X", "prosecutors unsealed an indictment charging X": the authority that announces it', () => {
    expect(run('Dalvane Systems makes servers. An indictment unsealed in Boston charges Tomas Vell, 44, a former sales director at Dalvane Systems, with wire fraud, the Justice Department said.'))
      .toContain('LEGAL_ACTION Department of Justice -> Tomas Vell');
    expect(run('Federal prosecutors in Boston unsealed an indictment charging Tomas Vell, 44, a former sales director at Dalvane Systems, with wire fraud, the Justice Department said.'))
      .toContain('LEGAL_ACTION Department of Justice -> Tomas Vell');
  });

  it('with no authority named and an accused the article ties to no party, an indictment is no dispute\'s', () => {
    expect(run('An indictment unsealed in Boston charges Tomas Vell with wire fraud.').filter((g) => g.startsWith('LEGAL_ACTION'))).toEqual([]);
  });

  it('an age set off by commas makes a person, and the apposition after it gives their organisation', () => {
    const ents = extract({ text: 'Tomas Vell, 44, a former sales director at Dalvane Systems, was arrested on Monday.', published: '2026-03-12' }).entities;
    expect(ents.find((e) => e.name === 'Tomas Vell')).toMatchObject({ kind: 'person', organisation: 'Dalvane Systems' });
  });

  it('"the right to appeal", "pending appeal" and "the Dutch appeal came as …" are no appeals', () => {
    const base = 'Fenwright Robotics sued Marrowby Labs in May. ';
    for (const t of ['Marrowby Labs has the right to appeal the decision to the Court of Appeal.',
      'The injunction stays in force pending a full appeal by Marrowby Labs.',
      'The Dutch appeal came as Marrowby Labs agreed to pay a fine in Ostria.']) {
      expect(run(base + t).filter((g) => g.startsWith('LEGAL_ACTION Marrowby Labs'))).toEqual([]);
    }
    expect(run(base + 'Marrowby Labs appealed the ruling on Monday.')).toContain('LEGAL_ACTION Marrowby Labs -> Fenwright Robotics');
  });
});

describe('forms: settling an authority\'s charges, and a court named by its seat', () => {
  it('"settled <authority> charges" is the authority\'s legal step and the settler\'s settlement', () => {
    const got = run('Kestrow Networks agreed to pay $4 million to settle Securities and Exchange Commission charges that it misled investors.');
    expect(got).toContain('LEGAL_ACTION Securities and Exchange Commission -> Kestrow Networks');
    expect(got).toContain('DEESCALATION Kestrow Networks -> Securities and Exchange Commission');
    expect(run('Kestrow Networks settled the lawsuit in March.').filter((g) => g.startsWith('LEGAL_ACTION'))).toEqual([]);
  });

  it('"an appeal against a Dastia court ruling" is against the other side, not the place', () => {
    const got = run('Fenwright Robotics sued Marrowby Labs in 2024. Marrowby Labs has lodged an appeal against a Dastia court ruling that found it liable.');
    expect(got).toContain('LEGAL_ACTION Marrowby Labs -> Fenwright Robotics');
    expect(got.filter((g) => g.includes('Dastia'))).toEqual([]);
  });

  it('an appeal is against the other side, not the report\'s source, and alleges nothing the ruling found', () => {
    const got = run('Fenwright Robotics sued Marrowby Labs in 2024. Marrowby Labs has lodged an appeal against a Dastia court ruling that found it had copied chip designs, according to Wirefeed.');
    expect(got).toContain('LEGAL_ACTION Marrowby Labs -> Fenwright Robotics');
    expect(got.filter((g) => g.includes('Wirefeed') || g.startsWith('ALLEGATION Marrowby Labs'))).toEqual([]);
  });
});

describe('forms: coordinated accused in the passive', () => {
  it('"A and B, both former engineers at X, were indicted, the department said": one legal step on each', () => {
    const got = run('Lin Oster and Pavel Droz, both former engineers at Fenwright Robotics, were indicted on Tuesday, the Justice Department said.');
    expect(got).toContain('LEGAL_ACTION Department of Justice -> Lin Oster');
    expect(got).toContain('LEGAL_ACTION Department of Justice -> Pavel Droz');
  });
});
