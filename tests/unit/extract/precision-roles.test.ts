// Precision of roles: a party the text leaves unnamed is not filled in from the article's other events.
// Every sentence here is our own (fictional companies).
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string, title?: string, published = '2026-03-12') => extract({ text, title, published });
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('extract precision: an unnamed party introduced by an indefinite description', () => {
  it('a passive agent "by a …" is nobody the article names, not the actor of another act on the same target', () => {
    const r = run('Corvane AI sued Pellucid Systems in March over its chip designs. '
      + 'Separately, Pellucid Systems was accused of fraud by a former supplier in a letter to investors.');
    expect(triples(r.events)).toContain('LEGAL_ACTION Corvane AI -> Pellucid Systems');
    expect(triples(r.events).filter((t) => t.startsWith('ALLEGATION'))).toEqual([]);
  });

  it('a named passive agent still acts ("accused of fraud by Corvane AI")', () => {
    const r = run('Pellucid Systems was accused of fraud by Corvane AI in a letter to investors.');
    expect(triples(r.events)).toContain('ALLEGATION Corvane AI -> Pellucid Systems');
  });

  it('a reported wrongdoing whose doer is "a former engineer" takes no counterpart from other events', () => {
    const r = run('Corvane AI sued Pellucid Systems on Monday over its chip designs. '
      + 'A former Corvane AI engineer stole confidential design files before leaving in May, the lawsuit says.');
    expect(triples(r.events)).toContain('LEGAL_ACTION Corvane AI -> Pellucid Systems');
    expect(triples(r.events).filter((t) => t.startsWith('ALLEGATION'))).toEqual([]);
  });

  it('a named wrongdoer in the same position is still accused', () => {
    const r = run('Corvane AI said Pellucid Systems stole confidential design files from its servers.');
    expect(triples(r.events).filter((t) => t.startsWith('ALLEGATION'))).toEqual(['ALLEGATION Corvane AI -> Pellucid Systems']);
  });
});

describe('extract precision: a dateline does not hide the indefinite subject', () => {
  it('"PLACE, date (Wire) - A former engineer stole …" takes no counterpart either', () => {
    const r = run('SAN JOSE, May 4 (Wirefeed) - A former Corvane AI engineer has been charged with stealing chip designs, the U.S. Justice Department said.\n\n'
      + 'The embassy of Japan urged the United States to drop the case against Tessaract Labs.');
    expect(triples(r.events).filter((t) => t.startsWith('ALLEGATION'))).toEqual([]);
  });
});

describe('extract precision: a dismissed suit names its own plaintiff', () => {
  const dismissal = (text: string) => triples(run(text).events).filter((t) => t.startsWith('LEGAL_ACTION Tokyo District Court'));
  it('"dismissed a suit that X had brought against Y" is against X, not the plaintiff of another suit in the article', () => {
    expect(dismissal('Corvane AI sued Pellucid Systems on Monday over its chip designs.\n\n'
      + 'In March, the Tokyo District Court dismissed a patent suit that Tessaract Labs had brought against Pellucid Systems over a licence.'))
      .toEqual(['LEGAL_ACTION Tokyo District Court -> Tessaract Labs']);
  });

  it('"dismissed the case filed by X" is against X', () => {
    expect(dismissal('Corvane AI sued Pellucid Systems on Monday over its chip designs.\n\n'
      + 'In March, the Tokyo District Court dismissed the patent case filed by Tessaract Labs over a licence.'))
      .toEqual(['LEGAL_ACTION Tokyo District Court -> Tessaract Labs']);
  });

  it('a suit the sentence does not attribute is still the one the article reported', () => {
    expect(dismissal('Corvane AI sued Pellucid Systems on Monday over its chip designs.\n\n'
      + 'In March, the Tokyo District Court dismissed the patent case.'))
      .toEqual(['LEGAL_ACTION Tokyo District Court -> Corvane AI']);
  });
});

describe('extract precision: the wrongdoer is the subject, not a brand in its object', () => {
  const base = 'Corvane Systems makes chips.\n\nSenator Ada Vell wrote to the Commerce Department about Quillon AI on Monday.\n\n';
  it('"According to public records, X has obtained Y-brand chips in violation of …" never accuses the brand; with its accuser only carried over, it accuses no one (session 9)', () => {
    const r = run(base + 'According to public reporting, Quillon has obtained several thousand Corvane H-series accelerators through '
      + 'shell companies registered in Singapore, in apparent violation of the export controls.');
    expect(triples(r.events).filter((x) => x.includes('Corvane'))).toEqual([]);
    expect(triples(r.events)).toEqual([]);
  });

  it('a named source after "according to" still speaks', () => {
    const r = run(base + 'According to Senator Ada Vell, Quillon has obtained several thousand Corvane accelerators in violation of the export controls.');
    expect(triples(r.events)).toEqual(['ALLEGATION Ada Vell -> Quillon AI']);
  });

  it('a possessor of the wrongdoing after the subject\'s verb is still the wrongdoer', () => {
    const r = run("Spokesperson Li Wen said China firmly opposes the U.S. side's abuse of export control measures.");
    expect(triples(r.events)).toContain('ALLEGATION Li Wen -> United States');
    expect(triples(r.events).some((t) => t.endsWith('-> China'))).toBe(false);
  });
});

describe('extract precision: a wrongdoing named as the content of a possessed claim', () => {
  it('"threw out the artists\' claims of unfair competition" is no allegation by the main clause\'s subject', () => {
    const r = run("Tessaract Labs sued Corvane AI in March. A judge on Friday refused to dismiss a lawsuit in which a group of "
      + "artists accuse Corvane AI of copying their work, but threw out the artists' claims of unfair competition.");
    expect(triples(r.events)).toEqual(['LEGAL_ACTION Tessaract Labs -> Corvane AI']);
  });
});

describe('extract precision: a wrongdoing told as a noun with no doer named', () => {
  it('"reported the suspected theft to the police" takes no counterpart from the article\'s other events', () => {
    const r = run('Corvane AI sued Pellucid Systems in March. Corvane, which reported the suspected theft to the police in May, '
      + 'said it was cooperating with investigators.');
    expect(triples(r.events)).toEqual(['LEGAL_ACTION Corvane AI -> Pellucid Systems']);
  });

  it('a doer named as possessor still makes the allegation ("Pellucid\'s theft")', () => {
    const r = run("Corvane AI said Pellucid Systems' theft of its designs cost it millions.");
    expect(triples(r.events)).toContain('ALLEGATION Corvane AI -> Pellucid Systems');
  });
});

describe('extract precision: a negated proof of a wrongdoing denies it', () => {
  it('"has never produced a shred of evidence that X poses a threat" in a briefing turn is no allegation against X', () => {
    const r = run('Japan banned Quillon AI from public contracts in May.\n\nSpokesperson Li Wen: Over the past two years the Japanese side '
      + 'has never produced a shred of evidence that Quillon poses any threat to its national security.');
    expect(triples(r.events).filter((t) => t.startsWith('ALLEGATION'))).toEqual([]);
  });

  it('evidence that is not negated still carries the allegation', () => {
    const r = run('Japan banned Quillon AI from public contracts in May. Japan said it had evidence that Quillon stole data.');
    expect(triples(r.events)).toContain('ALLEGATION Japan -> Quillon AI');
  });
});

describe('extract precision: a description prefers the name it is the head of', () => {
  it('"the ministry" after "Brazil\'s Ministry of Industry" is that ministry, not a state named since', () => {
    const r = run("Brazil's Ministry of Industry on Tuesday added Corvane AI to its list of unreliable suppliers, in a move that deepens "
      + 'a row with the United States over chips.\n\nThe ministry said in a statement that Corvane had violated export rules.');
    expect(triples(r.events)).toContain('ALLEGATION Ministry of Industry -> Corvane AI');
    expect(triples(r.events).some((t) => t.startsWith('ALLEGATION United States'))).toBe(false);
  });
});
