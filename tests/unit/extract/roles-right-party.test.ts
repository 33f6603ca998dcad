import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us; every company and person is invented (real states and bodies only).
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('"the Commission" of a state named only by its name or capital', () => {
  it('a union named by its capital: "the Commission" is its one body of that name, not the union', () => {
    const t = triples('Brussels, 3 May 2026\n\nSPOKESPERSON (MARTA KOVAC): This morning the Commission fined Torvane Cloud 200 million euros.');
    expect(t).toContain('RESTRICTION European Commission -> Torvane Cloud');
  });

  it('a state with several bodies of that name keeps the state ("the Commission" is ambiguous)', () => {
    const t = triples('Washington, 3 May 2026 - The United States said on Monday that the Commission had fined Torvane Cloud 20 million dollars.');
    expect(t.some((x) => x.startsWith('RESTRICTION European Commission'))).toBe(false);
  });
});

describe('a statement\'s heading names the voice of its unquoted paragraphs', () => {
  it('"OSLO, <date> — Statement by X": "we" in the text below is X', () => {
    const t = triples('OSLO, 2 March 2026 — Statement by Tarvel Robotics\n\nOn 1 March, Senator Ada Vell said in a speech that Tarvel shares drone images with Beijing.\n\nWe call on Senator Vell to retract the statements she made.');
    expect(t).toContain('DEMAND Tarvel Robotics -> Ada Vell');
  });

  it('a long sentence that happens to open with "Statement by" is no heading', () => {
    const t = triples('Statement by Tarvel Robotics was read out by a clerk at the hearing in Oslo on Monday while the committee waited for the minister to arrive and the press filed in.\n\nWe call on Senator Ada Vell to retract her remarks.');
    expect(t.some((x) => x.startsWith('DEMAND Tarvel Robotics'))).toBe(false);
  });
});

describe('a demand coordinated after a reported "that" clause', () => {
  it('"X said that Y was … and called on Z to …": X demands, not Y', () => {
    const t = triples('FairCloud, an association of cloud firms, filed a complaint against Dorvane Cloud with the European Commission. FairCloud said on Thursday that Dorvane was already pushing smaller developers out of the market and called on the Commission to adopt interim measures.');
    expect(t).toContain('DEMAND FairCloud -> European Commission');
    expect(t.some((x) => x.startsWith('DEMAND Dorvane'))).toBe(false);
  });

  it('without a reported clause the subject of the coordinated demand stays', () => {
    const t = triples('Dorvane Cloud cut its prices and called on the European Commission to drop the case.');
    expect(t).toContain('DEMAND Dorvane Cloud -> European Commission');
  });
});

describe('a question\'s opening auxiliary opens no name', () => {
  it('"Is the Commission …?", "Has the Department …?" name no "Is the Commission"', () => {
    const n = run('The Commission fined Torvane Cloud. REPORTER: Is the Commission worried about an appeal? Has the Department opened a review of Torvane?').entities.map((e) => e.name);
    expect(n.some((x) => /^(?:Is|Has) /.test(x))).toBe(false);
  });
});

describe('the wrongdoing in a penalty\'s "for" phrase', () => {
  it('"Vell says the Commission has fined X for breaching …": the Commission alleges it of X; Vell alleges nothing of the Commission', () => {
    const t = triples('Commissioner Ada Vell says the European Commission has fined Torvane Social 400 million euros for breaching the Digital Services Act.');
    expect(t).toContain('ALLEGATION European Commission -> Torvane Social');
    expect(t.some((x) => x.startsWith('ALLEGATION Ada Vell'))).toBe(false);
  });
});
