// Bounds of the denial, demand and de-escalation forms added for recall (issue 17): each form fires on what it was
// written for (extract/lang/en/triggers.ts EXAMPLES) and not on its look-alikes below. Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, published: '2026-03-12' }).events;
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
const ofType = (text: string, type: string) => triples(run(text)).filter((x) => x.startsWith(`${type} `));

describe('denials by rebuttal', () => {
  it('"hit back at X" is a denial only with a reason given or a claim named, not a retaliation', () => {
    expect(ofType('Dalmore hit back at Zemla with tariffs on its steel.', 'DENIAL')).toEqual([]);
    expect(ofType('Quillon accused Marrowby of fraud. Marrowby hit back at Quillon over its claims.', 'DENIAL'))
      .toEqual(['DENIAL Marrowby -> Quillon']);
  });
  it('a state named in a disowned tie is not the accuser', () => {
    expect(ofType('Senator Ada Vell accused Marrowby of spying for Zemla. Marrowby said it has no ties to the government of Zemla.', 'DENIAL'))
      .toEqual(['DENIAL Marrowby -> Ada Vell']);
  });
  it('a finding is contested only when not negated', () => {
    expect(ofType('Dastia accused Marrowby of hiding fees. Marrowby said it would not contest the findings.', 'DENIAL')).toEqual([]);
  });
});

describe('demands as instructions', () => {
  it('"told X to" needs an act to stop or do, not a listener told to expect something', () => {
    expect(ofType('Quillon told reporters to expect a new model in May.', 'DEMAND')).toEqual([]);
  });
  it('civil investigative demands are an inquiry step, not a demand made to a party', () => {
    expect(ofType('The regulator Dastia issued civil investigative demands to Marrowby.', 'DEMAND')).toEqual([]);
  });
  it('a demand named inside a lawsuit is no demand of its own; one made to a party is', () => {
    expect(ofType('Quillon made a sweeping demand in its lawsuit against Marrowby.', 'DEMAND')).toEqual([]);
    expect(ofType('Quillon made a formal demand to Marrowby last week.', 'DEMAND')).toEqual(['DEMAND Quillon -> Marrowby']);
  });
  it("a court's order to delete is a legal step, not a demand", () => {
    const t = triples(run('The Supreme Court ordered Marrowby to delete the copied songs.'));
    expect(t.filter((x) => x.startsWith('DEMAND'))).toEqual([]);
  });
});

describe('de-escalations', () => {
  it('approving a merger is a de-escalation only after a concession ("after …")', () => {
    expect(ofType('The regulator Dastia approved the merger of Quillon and Marrowby.', 'DEESCALATION')).toEqual([]);
  });
  it('a licence granted in the singular counts, as in the plural', () => {
    expect(ofType('Dalmore banned Marrowby in May. Dalmore granted Marrowby a licence in June.', 'DEESCALATION'))
      .toEqual(['DEESCALATION Dalmore -> Marrowby']);
  });
});

describe('a stance against a kind of conduct', () => {
  it('"opposes all forms of X" answers an accusation and accuses nobody; opposing a party\'s measures still accuses it', () => {
    const t = triples(run('Dalmore accused Zemla of hacking its ministries. Zemla said it firmly opposes and combats all forms of cyberattacks.'));
    expect(t).toContain('DENIAL Zemla -> Dalmore');
    expect(t.filter((x) => x.startsWith('ALLEGATION Zemla'))).toEqual([]);
  });
});

describe('a suit defended', () => {
  it('a suit the defendant says it will not defend is no denial', () => {
    expect(ofType('Quillon sued Marrowby over its songs. Marrowby said it would not defend the lawsuit.', 'DENIAL')).toEqual([]);
  });
});

describe('a concession agreed', () => {
  it('"agreed to stop …" concedes; "by the end of the year" after "agreed to" does not', () => {
    expect(ofType('Dastia accused Marrowby of hiding fees. Marrowby agreed to merge with Quillon by the end of the year.', 'DEESCALATION')).toEqual([]);
  });
});

describe('pressure to act', () => {
  it('"pushing X to" needs a demanded act; pushing a product to market is none', () => {
    expect(ofType('Quillon is pushing Marrowby to market its lamps abroad.', 'DEMAND')).toEqual([]);
    expect(ofType('Dalmore is pushing Zemla to restrict exports of its lithography tools.', 'DEMAND')).toEqual(['DEMAND Dalmore -> Zemla']);
  });
});
