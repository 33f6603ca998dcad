// Threats over non-compliance and with the nouns of powers, options, tools and remedies (discourse.ts threat,
// lang/en/discourse-roles.ts). Our own sentences; invented bodies and companies.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const triples = (text: string) => extract({ text, published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('threats', () => {
  it('non-compliance with the actor\'s own order threatens the party it ordered', () => {
    expect(triples('The Dastia Data Authority ordered Marrowby to delete the data. The authority added that any failure to comply would bring a penalty for each day of delay.'))
      .toContain('THREAT Dastia Data Authority -> Marrowby');
  });
  it('"will not hesitate to use its powers" against the party of the condition', () => {
    expect(triples('The Dastia Data Authority fined Marrowby on Monday. If Marrowby ignores the order, the regulator says it will not hesitate to use its enforcement powers.'))
      .toContain('THREAT Dastia Data Authority -> Marrowby');
  });
  it('"remedies" against a named party', () => {
    expect(triples('Quillon accused Marrowby of copying. Quillon said it would seek all remedies open to it against Marrowby.'))
      .toContain('THREAT Quillon -> Marrowby');
  });
  it('a statement of powers naming no party is none', () => {
    expect(triples('The Dastia Data Authority may use its powers to audit any firm, it said.')).toEqual([]);
    expect(triples('The Dastia Data Authority said any failure to file the yearly return on time would bring a penalty.')).toEqual([]);
  });
});
