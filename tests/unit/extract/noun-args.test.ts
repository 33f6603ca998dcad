// Arguments of acts told as nouns and passives (session 7, branch s7-nominal): the parties sit in the noun's own phrases
// ("by" acts; "against"/"for"/"on"/"into" is the target; "with"/"before"/"in" a forum never is). Every sentence is our own.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, published: '2026-05-12' });
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('noun arguments: the agent after "by" and the target in the noun\'s phrase', () => {
  it('a penalty imposed on X by Y, the target before the agent', () => {
    expect(triples(run('A penalty imposed on Marrowby Systems by the Ostmark Trade Office was upheld on Tuesday.').events))
      .toContain('RESTRICTION Ostmark Trade Office -> Marrowby Systems');
  });
  it('a fine as the passive subject: "a fine of … was imposed on X by Y"', () => {
    expect(triples(run('A fine of $2 million was imposed on Marrowby Systems by the Ostmark Trade Office.').events))
      .toContain('RESTRICTION Ostmark Trade Office -> Marrowby Systems');
  });
  it('the fine against X, announced by Y (apposition between commas)', () => {
    expect(triples(run('The fine against Marrowby Systems, announced by the Ostmark Trade Office on Monday, was the largest this year.').events))
      .toContain('RESTRICTION Ostmark Trade Office -> Marrowby Systems');
  });
  it('who pays or faces the noun undergoes it when the phrase names no target', () => {
    expect(triples(run('Marrowby Systems paid a penalty of $3 million imposed by the Ostmark Trade Office.').events))
      .toContain('RESTRICTION Ostmark Trade Office -> Marrowby Systems');
  });
  it('the probe into X, opened by Y', () => {
    expect(triples(run('The probe into Marrowby Systems, opened by the Ostmark Trade Office in May, continues.').events))
      .toContain('INVESTIGATION Ostmark Trade Office -> Marrowby Systems');
    expect(triples(run('The investigation into Marrowby Systems was opened by the Ostmark Trade Office in May.').events))
      .toContain('INVESTIGATION Ostmark Trade Office -> Marrowby Systems');
  });
  it('an investigation by Y into X', () => {
    expect(triples(run('An investigation by the Ostmark Trade Office into Marrowby Systems found no breach.').events))
      .toContain('INVESTIGATION Ostmark Trade Office -> Marrowby Systems');
  });
  it('an arrest warrant for X was issued by the court', () => {
    expect(triples(run('An arrest warrant for Tomas Brin was issued by the Dalmore District Court on Friday.').events))
      .toContain('LEGAL_ACTION Dalmore District Court -> Tomas Brin');
  });
  it('a complaint lodged with a regulator against X: the forum is passed over, the one complained of is the target', () => {
    const t = triples(run('Quillon Robotics has lodged a formal complaint with the Ostmark Trade Office against Marrowby Systems.').events);
    expect(t).toContain('LEGAL_ACTION Quillon Robotics -> Marrowby Systems');
    expect(t).not.toContain('LEGAL_ACTION Quillon Robotics -> Ostmark Trade Office');
  });
});

describe('noun arguments: what they do not read', () => {
  it('"of" after the agent is the agent\'s own complement, no target of an inquiry', () => {
    const t = triples(run('The charges followed an investigation by the Fraud Unit of the Dalmore Police Service, which began in March.').events);
    expect(t.filter((x) => x.startsWith('INVESTIGATION'))).toEqual([]);
  });
  it('a copula between the noun and the participle ends the noun\'s phrase ("the case is the third brought by …")', () => {
    const t = triples(run('The suit is the second this spring brought by the Ostmark Trade Office, which in June fined Vantic.').events);
    expect(t.filter((x) => x.startsWith('LEGAL_ACTION'))).toEqual([]);
  });
  it('a measure by an agent with no one named as its target makes no event', () => {
    expect(triples(run('Tariffs imposed by the Ostmark Trade Office took effect on Friday.').events)
      .filter((x) => x.startsWith('RESTRICTION'))).toEqual([]);
  });
  it('a description in apposition to the object of "against" adds no party', () => {
    const t = triples(run('Ada Vell filed a lawsuit in the Dalmore District Court against Tarvel Inc., the company behind the Nimbo app.').events);
    expect(t).toContain('LEGAL_ACTION Ada Vell -> Tarvel');
    expect(t.filter((x) => x.startsWith('LEGAL_ACTION'))).toHaveLength(1);
  });
});

describe('noun arguments: who a relative clause and a legal document speak for', () => {
  it('"X, which the Authority accuses of …": an article before the relative clause\'s subject', () => {
    expect(triples(run('Marrowby Systems, which the Ostmark Trade Office accuses of dumping, rejected the claims.').events))
      .toContain('ALLEGATION Ostmark Trade Office -> Marrowby Systems');
    expect(triples(run('Marrowby Systems, which the Ostmark Trade Office fined in May, said it would appeal.').events))
      .toContain('RESTRICTION Ostmark Trade Office -> Marrowby Systems');
  });
  it('a document whose subject names only its agent ("The lawsuit filed by X accuses Y of …")', () => {
    const t = triples(run('The lawsuit filed by Quillon Robotics accuses Marrowby Systems of copying its designs.').events);
    expect(t).toContain('ALLEGATION Quillon Robotics -> Marrowby Systems');
    expect(t).toContain('LEGAL_ACTION Quillon Robotics -> Marrowby Systems');
  });
  it('a petition filed on behalf of others accuses each party it names', () => {
    const t = triples(run('The petition, filed by the Dalmore Drivers Union on behalf of drivers, accuses Marrowby Systems and Tarvel Logistics of wage theft.').events);
    expect(t).toContain('ALLEGATION Dalmore Drivers Union -> Marrowby Systems');
    expect(t).toContain('ALLEGATION Dalmore Drivers Union -> Tarvel Logistics');
  });
  it('the document speaks for its agent, not for the forum it was lodged with', () => {
    const t = triples(run('The complaint, lodged with the Ostmark Trade Office by Quillon Robotics, says Marrowby Systems abused its dominance.').events);
    expect(t).toContain('ALLEGATION Quillon Robotics -> Marrowby Systems');
  });
  it('"According to a complaint filed by X, Y …": the document\'s author is the source', () => {
    const t = triples(run('According to a complaint filed by Quillon Robotics, Marrowby Systems copied its designs.').events);
    expect(t).toContain('ALLEGATION Quillon Robotics -> Marrowby Systems');
    expect(t).toContain('LEGAL_ACTION Quillon Robotics -> Marrowby Systems');
  });
  it('a document with no agent named speaks for no one in its sentence', () => {
    expect(run('The lawsuit accuses Marrowby Systems of copying.').events).toEqual([]);
  });
});
