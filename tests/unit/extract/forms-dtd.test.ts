// Forms of THREAT, DEMAND and DEESCALATION (session 6, dtd pass): a punitive consequence announced under a condition on
// the threatened party's conduct ("Should the firm refuse, the regulator will suspend …", "said the agency would revoke
// the licence if the firm kept selling …"); and precision: a measure the subject pays ("will pay a penalty of 600,000
// dollars") is no threat; a condition that is no conduct of a party ("If the bill becomes law, the office will order …")
// threatens no one. Texts are our own (invented companies, real states and agencies).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

type Ev = { type: string; actor: string; target: string | null };
const run = (text: string): Ev[] => extract({ text, published: '2026-05-12' }).events;
const threats = (evs: Ev[]) => evs.filter((e) => e.type === 'THREAT').map((e) => `${e.actor} -> ${e.target}`);

const RECALL: [string, string, string][] = [
  ['The Norvik Data Authority ordered Pellavan Systems to delete the recordings within 15 days. Should it refuse, the Norvik Data Authority will impose a ban on the app.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['The Norvik Data Authority told Pellavan Systems to register by Friday. If Pellavan Systems keeps ignoring the order, the Norvik Data Authority may order the service blocked.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['Vietnam suspended the Quorvane app on Monday. The Vietnamese government warned that it would revoke the licence if Quorvane continued to store user data abroad.', 'Vietnam', 'Quorvane'],
  // A pronoun condition: its party is the subject of the sentence before.
  ['The Norvik Data Authority fined Pellavan Systems last month. Pellavan Systems has until Friday to delete the recordings. Should it refuse, the Norvik Data Authority will order the app blocked.', 'Norvik Data Authority', 'Pellavan Systems'],
  // A condition after the act, its subject a description of the party.
  ['Vietnam suspended the Quorvane app on Monday. The Vietnamese government said it would revoke the licence if the firm kept selling the app to schools.', 'Vietnam', 'Quorvane'],
  ['Brallow AI accused Tessaly Labs of defamation. If Tessaly Labs repeats the claims, Brallow AI will take legal action.', 'Brallow AI', 'Tessaly Labs'],
];

const PRECISION: string[] = [
  // A condition that is no conduct of the party: a hypothetical rule, not a threat.
  'The Norvik Competition Office is reviewing Pellavan Systems. If the bill becomes law, the office will order every platform to verify ages.',
  // No condition at all: a plain announcement is left to the restriction patterns.
  'The Norvik Data Authority will order Pellavan Systems to stop the processing next week, officials said.',
];

// A measure its subject pays is no threat by anyone (discourse rule, THREAT_BORNE); an appeal of a fine stays a threat
// of legal action (coref-forms.cases.ts).
const BORNE: string[] = [
  'The Ostria attorney general sued Pellavan Systems in March. Under the consent decree, Pellavan Systems will pay a penalty of 600,000 dollars.',
  'The Norvik Consumer Office settled its case against Pellavan Systems. Pellavan Systems would pay a fine of 2 million euros under the settlement.',
];

describe('a measure paid by its subject threatens no one (forms-dtd)', () => {
  it.each(BORNE)('%s', (text) => {
    expect(threats(run(text))).toEqual([]);
  });
  it('a punitive noun after a modal still threatens', () => {
    expect(threats(run('The Norvik Data Authority ordered Pellavan Systems to delete the recordings. The Norvik Data Authority said it would impose penalties on Pellavan Systems.')))
      .toContain('Norvik Data Authority -> Pellavan Systems');
  });
});

describe('threats under a condition on the threatened party (forms-dtd)', () => {
  it.each(RECALL)('%s', (text, actor, target) => {
    expect(threats(run(text))).toContain(`${actor} -> ${target}`);
  });
  it.each(PRECISION)('no conditional threat: %s', (text) => {
    expect(threats(run(text))).toEqual([]);
  });
});
