// An organisation's initials name it (entities.ts linkInitials). Our own sentences; invented bodies and companies.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { initialsOf } from '../../../extract/entities.ts';

const run = (text: string) => extract({ text, published: '2026-03-12' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('initials of an organisation', () => {
  it('are those of its capitalised words, and of every word but the article', () => {
    expect(initialsOf('Northern Data Oversight Board')).toEqual(['NDOB']);
    expect(initialsOf('Bureau of Trade and Security')).toEqual(['BTS', 'BOTAS']);
    expect(initialsOf('Ministry of Ports, Water and Energy')).toEqual(['MPWE', 'MOPWAE']);
    expect(initialsOf('Quillon Labs')).toEqual([]); // two words: too short to be sure
  });

  it('name the body in later sentences, where its acts then count', () => {
    const text = 'The Northern Data Oversight Board was set up in 2021 to police cloud contracts. On Monday the NDOB fined Quillon for hiding fees.';
    expect(run(text).entities.find((e) => e.name === 'Northern Data Oversight Board')?.aliases).toContain('NDOB');
    expect(triples(text)).toContain('RESTRICTION Northern Data Oversight Board -> Quillon');
  });

  it('with the connectors counted too ("MOPAE")', () => {
    const text = 'Quillon signed a supply deal with the Ministry of Ports and Energy last year. On Friday Quillon sued MOPAE over unpaid invoices.';
    expect(triples(text)).toContain('LEGAL_ACTION Quillon -> Ministry of Ports and Energy');
  });

  it('name no one when two of the article\'s bodies share them, or when no body has them', () => {
    const two = 'The National Data Board and the Northern Digital Bureau met in May. The NDB said it would fine Quillon.';
    expect(run(two).entities.some((e) => e.aliases.includes('NDB'))).toBe(false);
    const none = 'The Northern Data Oversight Board met in May. The FDOB, a trade group, praised the decision.';
    expect(run(none).entities.find((e) => e.name === 'Northern Data Oversight Board')?.aliases ?? []).not.toContain('FDOB');
  });
});
