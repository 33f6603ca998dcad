// Legal steps, inquiries, threats and de-escalations, second round (session 6b): an agentless measure on a party is the
// act of the state body that accused that party in the article. Every text is our own; companies are invented,
// agencies are real. Each row: the text and the events (type, actor -> target) it must give, and those it must not.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('forms: an agentless measure on a party is the act of the state body that accused it', () => {
  const rows: [string, string[], string[]][] = [
    ['The Japan Fair Trade Commission accused Quillon Systems of hiding fees. Quillon Systems was fined 3 billion yen on Tuesday.',
      ['RESTRICTION Japan Fair Trade Commission -> Quillon Systems'], []],
    ['The Federal Trade Commission accused Marrowby Labs of deceiving buyers of its camera. Marrowby Labs has been banned from selling the camera for three years.',
      ['RESTRICTION Federal Trade Commission -> Marrowby Labs'], []],
    // A company's accusation makes it no author of a measure on the accused.
    ['Ostrik Press accused Quillon Systems of copying its archive. Quillon Systems was fined 3 billion yen on Tuesday.',
      [], ['RESTRICTION Ostrik Press -> Quillon Systems']],
    // A measure on another party than the accused takes no author from the accusation.
    ['The Japan Fair Trade Commission accused Quillon Systems of hiding fees. Marrowby Labs was fined 2 billion yen on Tuesday.',
      [], ['RESTRICTION Japan Fair Trade Commission -> Marrowby Labs']],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});
