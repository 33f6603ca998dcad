// Precision on text nobody wrote rules against (issue 17, held-out pass): forms found on general news that are not
// dispute acts. Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string, title?: string, published = '2026-03-12') => extract({ text, title, published }).events;
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('extract precision on general news', () => {
  it('a wrongdoing that only qualifies a common noun names no wrongdoer', () => {
    const lead = 'Quillon sued Marrowby in March over a patent. ';
    // restrictive relative clause on a common noun: a kind of post, not anyone's act
    expect(triples(run(`${lead}Quillon said it will delete any post that violates its community rules.`))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
    // a participle before a noun: a kind of goods
    expect(triples(run(`${lead}Quillon said the forum was a bazaar for weapons, stolen passports and forged permits.`))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
    // the same wrongdoing with its subject named is still reported
    expect(triples(run(`${lead}Quillon said Marrowby violates its community rules.`))).toContain('ALLEGATION Quillon -> Marrowby');
    expect(triples(run(`${lead}Quillon said Marrowby had stolen passwords from its staff.`))).toContain('ALLEGATION Quillon -> Marrowby');
  });
});

describe('extract precision: the agent of a participle after a noun', () => {
  it('a participle modifying a noun after a preposition or in apposition has that noun as its agent', () => {
    // the motion condemns, not the one who abstained
    expect(triples(run('Dalmore abstained in the council vote on a resolution condemning Zemlan.'))).toEqual([]);
    // the committee investigates, not the one who testified
    expect(triples(run('Ada Vell testified on Monday before the ethics committee, the special panel investigating Quillon.'))).toEqual([]);
    // a place after the noun leaves it the agent: the proceedings accuse, not their subject
    expect(triples(run('Jon Tess, now the subject of civil proceedings in Brenton accusing him of fraud, once worked for Marrowby.'))).toEqual([]);
  });

  it('a document or statement is its author\'s act, and a participle after a verb\'s object is untouched', () => {
    expect(triples(run('Quillon said in a statement accusing Marrowby of copying its code that it would respond.'))).toContain('ALLEGATION Quillon -> Marrowby');
    expect(triples(run('Quillon filed a lawsuit accusing Marrowby of copying its code.'))).toContain('ALLEGATION Quillon -> Marrowby');
  });
});

describe('extract precision: scheduled acts', () => {
  it('a headline "X to VERB" and "X is to VERB" are plans, not acts', () => {
    const body = 'Officials met on Tuesday.';
    expect(triples(run(body, 'France to ban Brazil over beef fraud'))).toEqual([]);
    expect(triples(run(body, 'France to unveil new tariffs including a ban on Brazil'))).toEqual([]);
    expect(triples(run('France is to ban Brazil over beef fraud from next year.'))).toEqual([]);
    // the act itself, in a headline or in the text, is still one
    // (with the ban's stated wrongdoing, France's allegation: implied.ts)
    expect(triples(run(body, 'France bans Brazil over beef fraud'))).toEqual(['RESTRICTION France -> Brazil', 'ALLEGATION France -> Brazil']);
    expect(triples(run('France has banned Brazil over beef fraud.'))).toEqual(['RESTRICTION France -> Brazil', 'ALLEGATION France -> Brazil']);
  });
});

describe('extract precision: hyphenated modifiers', () => {
  it('"the X-owned AI lab" names X, not an organisation "X-owned AI"', () => {
    const r = extract({ text: 'A former engineer at Brightloom, the Quillon-owned AI research lab, accuses the company of ignoring her. Quillon said it had reviewed the case.', published: '2026-03-12' });
    expect(r.entities.map((e) => e.name).some((n) => /-owned/.test(n))).toBe(false);
    expect(r.entities.map((e) => e.name)).toContain('Quillon');
    expect(triples(r.events).some((x) => /-owned/.test(x))).toBe(false);
    // a name spelt with a hyphen and capitals is still a name
    expect(triples(run('Vell-Brant AI sued Marrowby over its licence terms.'))).toEqual(['LEGAL_ACTION Vell-Brant AI -> Marrowby']);
  });
});

describe('extract precision: senses of trigger words', () => {
  it('"call on X" is a demand only with what X is to do ("to …", "for …"), not a visit', () => {
    expect(triples(run('Ada Vell called on Marrowby chairman Jon Tess at his home in Brenton.')).some((x) => x.startsWith('DEMAND'))).toBe(false);
    expect(triples(run('Ada Vell called on Marrowby chairman Jon Tess to resign.'))).toContain('DEMAND Ada Vell -> Jon Tess');
    expect(triples(run('Quillon called on Marrowby for an immediate halt to the sales.'))).toContain('DEMAND Quillon -> Marrowby');
  });
});

describe('extract precision: a country name as a modifier', () => {
  it('any country name before a common noun modifies it ("Brazil resident Ada Vell"), as "US chips" does', () => {
    expect(triples(run('The Justice Department charged Brazil resident Ada Vell with fraud.'))).toContain('LEGAL_ACTION Department of Justice -> Ada Vell');
    expect(triples(run('The Justice Department charged Brazil resident Ada Vell with fraud.')).some((x) => x.includes('Brazil'))).toBe(false);
    // the state acting, with a verb or an action noun after its name, is still the state
    expect(triples(run('Germany bans Quillon from public contracts.'))).toEqual(['RESTRICTION Germany -> Quillon']);
    expect(triples(run('Russia restricts how users can reach Quillon.'))).toEqual(['RESTRICTION Russia -> Quillon']);
    expect(triples(run('Brazil regulators fined Quillon.'))).toEqual(['RESTRICTION Brazil -> Quillon']);
  });
});

describe('extract precision: proposals', () => {
  it('a proposed act is not the act', () => {
    expect(triples(run('The Dalmore cabinet has proposed fresh sanctions against Zemlan over the incursion.'))).toEqual([]);
    expect(triples(run('The Brenton Commission proposes fining Quillon for the leak.'))).toEqual([]);
    expect(triples(run('The Dalmore cabinet has imposed fresh sanctions against Zemlan over the incursion.'))).toContain('RESTRICTION Dalmore -> Zemlan');
  });
});

describe('extract precision: helpers are not targets', () => {
  it('"with the help of X", "in cooperation with X", "alongside X" name a helper', () => {
    expect(triples(run('The Dalmore Police Authority said it had been investigating the marketplace with the help of Zemlan since May.')).some((x) => x.endsWith('-> Zemlan'))).toBe(false);
    expect(triples(run('The Dalmore Police Authority is investigating the forum in cooperation with Zemlan.')).some((x) => x.endsWith('-> Zemlan'))).toBe(false);
    expect(triples(run('The Dalmore Police Authority is investigating Quillon with the help of Zemlan.'))).toEqual(['INVESTIGATION Dalmore Police Authority -> Quillon']);
  });
});

describe('extract precision: captions outside a court case', () => {
  it('"A v B" is a legal action only in an article that speaks of a case', () => {
    expect(triples(run('Kickoff is at three. Brenton Rovers v Dalmore United: the second half is under way.'))).toEqual([]);
    expect(triples(run('The court heard arguments on Monday in Quillon v. Marrowby, a dispute over code.'))).toContain('LEGAL_ACTION Quillon -> Marrowby');
  });
});

describe('extract precision: the patient of a demanded act', () => {
  it('"called for X to be punished" addresses nobody named; "urged X to be open" addresses X', () => {
    expect(triples(run('Ada Vell called for Jon Tess to be held to account for the leak.')).some((x) => x.startsWith('DEMAND'))).toBe(false);
    expect(triples(run('Quillon urged Marrowby to be fined for the leak.')).some((x) => x.startsWith('DEMAND'))).toBe(false);
    expect(triples(run('Quillon urged Marrowby to be open about the leak.'))).toContain('DEMAND Quillon -> Marrowby');
    expect(triples(run('Quillon called on Marrowby to stop selling the device.'))).toContain('DEMAND Quillon -> Marrowby');
  });
});
