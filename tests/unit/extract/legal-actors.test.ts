// Who acts in a legal step (session 7b): a state's prosecutors named by its demonym are that state; an unnamed judge
// is the one judge the article names. Every text is our own; companies and people are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('legal actors: prosecutors named by a demonym are their state', () => {
  it('names the state, not the ministry that reports it', () => {
    const ents = extract({ text: 'Belgian prosecutors charged Orren Kaple, a former Quillon Systems engineer, with fraud.', title: '', published: '2026-03-12' }).entities;
    expect(ents.map((e) => e.name)).toContain('Belgium');
  });
});

describe('legal actors: a judge described before the article names them', () => {
  const rows: [string, string[], string[]][] = [
    ['A federal judge in Denver on Tuesday granted a preliminary injunction against Marrowby Labs. U.S. District Judge Ada Vell said Quillon Systems was likely to win its lawsuit.',
      ['LEGAL_ACTION Ada Vell -> Marrowby Labs'], []],
    // Two judges named: the description means neither for sure.
    ['A federal judge in Denver on Tuesday granted a preliminary injunction against Marrowby Labs. Judge Ada Vell and Judge Tobin Marsh heard the case together.',
      [], ['LEGAL_ACTION Ada Vell -> Marrowby Labs', 'LEGAL_ACTION Tobin Marsh -> Marrowby Labs']],
    // A court named alone (where a case is heard) is not taken for an unnamed judge.
    ['A judge on Tuesday ordered Marrowby Labs to remain in custody. Marrowby Labs will appear again at the Harwick Commercial Court in June.',
      [], ['LEGAL_ACTION Harwick Commercial Court -> Marrowby Labs']],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});
