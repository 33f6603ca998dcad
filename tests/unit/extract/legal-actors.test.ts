// Who acts in a legal step (session 7b): a judge named with the court they sit on acts as that court; a state's
// prosecutors named by its demonym are that state. Every text is our own; companies and people are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('legal actors: a judge of a named court acts as the court', () => {
  const rows: [string, string[], string[]][] = [
    ['On Monday, Judge Mara Quell of the Harwick Commercial Court ordered Trellis Analytics to pay $2 million to Ostrik Press.',
      ['LEGAL_ACTION Harwick Commercial Court -> Trellis Analytics'], ['LEGAL_ACTION Mara Quell -> Trellis Analytics']],
    ['On Friday, Justice Tobias Renk of the Federal Court of Australia ordered Quillon Systems to pay A$3 million for ignoring a notice.',
      ['LEGAL_ACTION Federal Court of Australia -> Quillon Systems'], ['LEGAL_ACTION Tobias Renk -> Quillon Systems']],
    // A judge named without a court keeps their own name.
    ['Ostrik Press sued Trellis Analytics in May. On Monday, Judge Mara Quell ordered Trellis Analytics to pay $2 million to Ostrik Press.',
      ['LEGAL_ACTION Mara Quell -> Trellis Analytics'], []],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});

describe('legal actors: prosecutors named by a demonym are their state', () => {
  it('names the state, not the ministry that reports it', () => {
    const ents = extract({ text: 'Belgian prosecutors charged Orren Kaple, a former Quillon Systems engineer, with fraud.', title: '', published: '2026-03-12' }).entities;
    expect(ents.map((e) => e.name)).toContain('Belgium');
  });
});

describe('legal actors: a measure contested in court is a legal step against its author', () => {
  const rows: [string, string[], string[]][] = [
    ['The Ministry of Trade of Peru ordered Quillon Systems to close its office on Monday. Quillon Systems challenged the order within days.',
      ['LEGAL_ACTION Quillon Systems -> Ministry of Trade'], []],
    ['The Ministry of Trade of Peru ordered Quillon Systems to close its office on Monday. Quillon Systems filed a petition in the Lima High Court on Wednesday.',
      ['LEGAL_ACTION Quillon Systems -> Ministry of Trade'], ['LEGAL_ACTION Quillon Systems -> Lima High Court']],
    // With "against" the filing names its own target.
    ['Ostrik Press accused Quillon Systems of copying its archive. Quillon Systems filed a petition in the Lima High Court against Marrowby Labs.',
      [], ['LEGAL_ACTION Quillon Systems -> Ostrik Press']],
    // A challenge that is only planned is no step yet.
    ['The Ministry of Trade of Peru ordered Quillon Systems to close its office on Monday. Quillon Systems plans to challenge the order.',
      [], ['LEGAL_ACTION Quillon Systems -> Ministry of Trade']],
    // The noun "challenge" after a determiner is no act.
    ['The Ministry of Trade of Peru ordered Quillon Systems to close its office on Monday. Analysts said the challenge to the order would be hard.',
      [], ['LEGAL_ACTION Quillon Systems -> Ministry of Trade']],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
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
