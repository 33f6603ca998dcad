// Inquiries and de-escalations (session 7): forms of an inquiry and its parties. Every text is our own; companies and
// people are invented, states and agencies are real or generic. Each row: the text and the events (type, actor ->
// target) it must give, and those it must not.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('forms: inquiries and de-escalations, session 7', () => {
  const rows: [string, string[], string[]][] = [
    // Proceedings or a procedure of any named kind.
    ['The Data Protection Authority has initiated administrative proceedings against Quillon Labs over its chatbot.',
      ['INVESTIGATION Data Protection Authority -> Quillon Labs'], []],
    ['The Data Protection Authority has opened a separate supervisory procedure into Quillon Labs.',
      ['INVESTIGATION Data Protection Authority -> Quillon Labs'], []],
    // A diplomat summoned is a protest between states, no inquiry; a company summoned is questioned.
    ["Sweden summoned Norway's ambassador over the hacking of its ministries.", [], ['INVESTIGATION Sweden -> Norway']],
    ["On Monday the Foreign Ministry of Sweden summoned the Norwegian chargé d'affaires in Stockholm.", [], ['INVESTIGATION Ministry of Foreign Affairs -> Norway']],
    ['The Trade Ministry summoned Quillon Labs over the leak.', ['INVESTIGATION Trade Ministry -> Quillon Labs'], []],
    // An authority's easing act done for the other side's concession: that side de-escalates towards the authority too.
    ['The Trade Ministry blocked Quillon Labs in May. The Trade Ministry lifted its block on Quillon Labs after the company registered with the ministry.',
      ['DEESCALATION Trade Ministry -> Quillon Labs', 'DEESCALATION Quillon Labs -> Trade Ministry'], []],
    ["The Competition Authority opened a probe into Quillon Labs in May. The Competition Authority closed its investigation into Quillon Labs after accepting the firm's undertakings on its search tool.",
      ['DEESCALATION Competition Authority -> Quillon Labs', 'DEESCALATION Quillon Labs -> Competition Authority'], []],
    ['The Competition Authority opened a probe into Quillon Labs in May. The Competition Authority has accepted commitments offered by Quillon Labs, closing its investigation into the bundling.',
      ['DEESCALATION Quillon Labs -> Competition Authority'], []],
    // Talks agreed or to be held are both sides' de-escalation.
    ['Norway imposed tariffs on Sweden in May. Norway agreed to hold talks with Sweden next month.',
      ['DEESCALATION Norway -> Sweden', 'DEESCALATION Sweden -> Norway'], []],
    ['Norway imposed tariffs on Sweden in May. Norway will hold consultations with Sweden in Geneva.',
      ['DEESCALATION Norway -> Sweden', 'DEESCALATION Sweden -> Norway'], []],
    // An agreement to stop a practice is one side's concession only.
    ['Dastia accused Marrowby of hiding fees. Marrowby agreed to stop charging the fees.',
      ['DEESCALATION Marrowby -> Dastia'], ['DEESCALATION Dastia -> Marrowby']],
    // A reason that is no act of the other side, or an easing act by a company, implies nothing.
    ['The Data Protection Authority suspended Quillon Labs in May. The Data Protection Authority lifted the suspension on Quillon Labs after a court ruled against it.',
      ['DEESCALATION Data Protection Authority -> Quillon Labs'], ['DEESCALATION Quillon Labs -> Data Protection Authority']],
    ['Marrowby Data sued Quillon Labs in May. Marrowby Data dropped its lawsuit against Quillon Labs after the company paid.',
      ['DEESCALATION Marrowby Data -> Quillon Labs'], ['DEESCALATION Quillon Labs -> Marrowby Data']],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});
