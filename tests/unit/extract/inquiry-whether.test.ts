// An inquiry "into whether X …" is into X; "inspection" is an inquiry's noun (events.ts objectsAfter; triggers
// investigation.open). Our own sentences; invented bodies and companies.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const triples = (text: string) => extract({ text, published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('an inquiry into an open question about a party', () => {
  it('"opened an investigation into whether X …" is an inquiry into X, as "investigating whether X …" is', () => {
    const noun = triples('The Dastia Data Authority opened an investigation into whether Quillon sold the location history of its users.');
    expect(noun).toContain('INVESTIGATION Dastia Data Authority -> Quillon');
    // The same events as the verb form gives (an inquiry with its reason also carries the implied allegation).
    expect(noun).toEqual(triples('The Dastia Data Authority is investigating whether Quillon sold the location history of its users.'));
  });
  it('"opened an inspection into …" is an inquiry too', () => {
    expect(triples('In May the Dastia Data Authority began an on-site inspection into whether Quillon stored the records of minors.'))
      .toContain('INVESTIGATION Dastia Data Authority -> Quillon');
  });
  it('a subordinate clause after more than a preposition still names no object ("fined X after Y …")', () => {
    expect(triples('The Dastia Data Authority fined Quillon after Marrowby complained.')).not.toContain('RESTRICTION Dastia Data Authority -> Marrowby');
  });
});
