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
