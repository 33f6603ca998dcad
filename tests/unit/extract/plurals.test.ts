import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us; the companies and the demonym are invented.
const triples = (text: string) => extract({ text, published: '2026-03-10' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('a counted plural of parties named member by member later', () => {
  it('an act on "four Dalmoran suppliers" is an act on each member the next sentence names, and so is "accusing them of"', () => {
    const t = triples('The Commerce Department added four Dalmoran suppliers to the Entity List on Friday, accusing them of selling sensors to militias. The four suppliers — Quillon Parts, Marrowby Freight and Tessel Systems — denied any wrongdoing.');
    for (const c of ['Quillon Parts', 'Marrowby Freight', 'Tessel Systems']) {
      expect(t).toContain(`RESTRICTION Department of Commerce -> ${c}`);
      expect(t).toContain(`ALLEGATION Department of Commerce -> ${c}`);
    }
  });

  it('"The companies are A and B" names them too', () => {
    expect(triples('The Treasury Department sanctioned two firms on Monday. The companies are Quillon Parts and Marrowby Freight, officials said.'))
      .toEqual(['RESTRICTION Treasury Department -> Marrowby Freight', 'RESTRICTION Treasury Department -> Quillon Parts']);
  });

  it('the act\'s own noun names them later ("The designation … covers A, B and C"; "The sanctions apply to A and B")', () => {
    expect(triples('The Commerce Department on Friday added three Iranian drone makers to its Entity List. The designation, announced by the agency\'s export office, covers Halden Aero, Vostrel Rotor and Teskor Dynamics.'))
      .toEqual(['RESTRICTION Department of Commerce -> Halden Aero', 'RESTRICTION Department of Commerce -> Teskor Dynamics', 'RESTRICTION Department of Commerce -> Vostrel Rotor']);
    expect(triples('The Treasury Department sanctioned four companies on Monday. The measures, which take effect at once, target Ostrava Link and Mirrow Trading.'))
      .toEqual(['RESTRICTION Treasury Department -> Mirrow Trading', 'RESTRICTION Treasury Department -> Ostrava Link']);
    expect(triples('The Commerce Department added two firms to the list. The order was signed by the secretary and names no individuals.')).toEqual([]);
  });

  it('"The companies named are A and B", "They are A and B", "The apps, A and B, …"', () => {
    expect(triples('The Treasury Department sanctioned four companies on Monday. The companies named are Ostrava Link and Pellam Freight.'))
      .toEqual(['RESTRICTION Treasury Department -> Ostrava Link', 'RESTRICTION Treasury Department -> Pellam Freight']);
    expect(triples("Spain's data protection agency fined two chatbot developers on Thursday. They are Lumo Minds and Starling Bots."))
      .toEqual(['RESTRICTION Spain -> Lumo Minds', 'RESTRICTION Spain -> Starling Bots']);
    expect(triples("India's IT ministry banned two messaging apps on Tuesday. The apps, Zephyr Chat and Korra Talk, had refused to store data locally."))
      .toEqual(['RESTRICTION MeitY -> Korra Talk', 'RESTRICTION MeitY -> Zephyr Chat']);
  });

  it('"among them Wuxi-based A and the B Institute": a seat before a member, an article alone before another', () => {
    expect(triples('The Commerce Department blacklisted nine Chinese firms on Friday, among them Wuxi-based Qingyu Micro and the Hefei Xingyuan Institute of Computing.'))
      .toEqual(['RESTRICTION Department of Commerce -> Hefei Xingyuan Institute of Computing', 'RESTRICTION Department of Commerce -> Qingyu Micro']);
  });

  it('with no members named, a counted plural is still no party', () => {
    expect(triples('The Treasury Department sanctioned two firms on Monday. Officials gave no names.')).toEqual([]);
  });

  it('a later list that is not about the plural (no plural noun opening it) is not taken', () => {
    expect(triples('The Treasury Department sanctioned two firms on Monday. Quillon Parts and Marrowby Freight reported higher sales.')).toEqual([]);
  });
});

describe('the object pronoun of a participial clause', () => {
  it('"…, accusing it of …" is the main clause\'s named object; a month named "May" is no modal', () => {
    expect(triples('Quillon sued Marrowby in May, accusing it of theft.')).toEqual(['ALLEGATION Quillon -> Marrowby', 'LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('"…, accusing them of …" is each of the main clause\'s named objects', () => {
    expect(triples('The Treasury Department sanctioned Quillon Parts and Marrowby Freight on Monday, accusing them of shipping drone parts to militias.')).toEqual([
      'ALLEGATION Treasury Department -> Marrowby Freight', 'ALLEGATION Treasury Department -> Quillon Parts',
      'RESTRICTION Treasury Department -> Marrowby Freight', 'RESTRICTION Treasury Department -> Quillon Parts']);
  });

  it('a modal "may" still makes an act unreal', () => {
    expect(triples('Quillon may sue Marrowby.')).toEqual([]);
  });
});

describe('parties of a relation and of a legal suffix', () => {
  it('"an inquiry into the partnership between A and B" is into both; "talks between" a date range is not', () => {
    expect(triples('The Competition and Markets Authority has launched an inquiry into the partnership between Quillon AI and Marrowby Cloud.'))
      .toEqual(['INVESTIGATION Competition and Markets Authority -> Marrowby Cloud', 'INVESTIGATION Competition and Markets Authority -> Quillon AI']);
    expect(triples('The Competition and Markets Authority fined Quillon AI for sales made between March and May.'))
      .toEqual(['RESTRICTION Competition and Markets Authority -> Quillon AI']);
  });

  it('"against A, Inc. and its chief executive, B" names both', () => {
    expect(triples('The Federal Trade Commission filed a lawsuit against Quillon AI, Inc. and its chief executive, Ada Vell, over its claims.'))
      .toEqual(['LEGAL_ACTION Federal Trade Commission -> Ada Vell', 'LEGAL_ACTION Federal Trade Commission -> Quillon AI']);
  });
});

describe('members named beside a counted plural, and persons by their form', () => {
  it('"charged two Dalmoran nationals, Mira Osk and Bo Tessel, with …" charges each; they are persons', () => {
    const r = extract({ text: 'The U.S. Justice Department on Tuesday charged two Dalmoran nationals, Mira Osk and Bo Tessel, with smuggling drone parts for Quillon.', published: '2026-03-10' });
    const t = r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(t).toContain('LEGAL_ACTION United States -> Mira Osk');
    expect(t).toContain('LEGAL_ACTION United States -> Bo Tessel');
    expect(r.entities.find((e) => e.name === 'Bo Tessel')?.kind).toBe('person');
  });

  it('an age set off after a name makes a person, and "of <place>" after it names no party', () => {
    const r = extract({ text: 'Mira Osk, 44, of Harlow Springs, was charged with fraud, the Justice Department said.', published: '2026-03-10' });
    expect(r.entities.find((e) => e.name === 'Mira Osk')?.kind).toBe('person');
    expect(r.entities.map((e) => e.name)).not.toContain('Harlow Springs');
  });

  it('"sanctioned three firms — A, B and C — on Monday" is against each', () => {
    expect(triples('The Treasury Department sanctioned three firms — Quillon Parts, Marrowby Freight and Tessel Systems — on Monday.')).toEqual([
      'RESTRICTION Treasury Department -> Marrowby Freight', 'RESTRICTION Treasury Department -> Quillon Parts', 'RESTRICTION Treasury Department -> Tessel Systems']);
  });
});

describe('a counted plural whose members close its clause, or stand beside it in a long list', () => {
  const targets = (text: string) => extract({ text, published: '2026-03-10' }).events.filter((e) => e.type === 'RESTRICTION').map((e) => e.target).sort();
  it('reads the members after a colon', () => {
    expect(targets('The Commerce Department added three Ostrian firms to the entity list: Harlow Ecom, Binder Builders and Pell Machine.'))
      .toEqual(['Binder Builders', 'Harlow Ecom', 'Pell Machine']);
  });
  it('reads a list of three in apposition before the list it joins', () => {
    expect(targets('The Commerce Department added three firms, Harlow Ecom, Binder Builders and Pell Machine, to the entity list.'))
      .toEqual(['Binder Builders', 'Harlow Ecom', 'Pell Machine']);
  });
});
