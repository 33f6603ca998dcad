// Statement forms of DENIAL, ALLEGATION and DEMAND that never say "deny", "accuse" or "demand" (forms pass, session
// 5): a measure said not to be what the other side calls it, the alleged thing said not to exist, systems said to be
// secure, a transcript answer; findings and assessments; modal and letter demands. The texts are our own
// (forms-denial.cases.ts: invented companies and people, real states and agencies); none comes from an evaluation text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { CASES, type Want } from './forms-denial.cases.ts';

const norm = (s: string | null) => (s ?? '').toLowerCase();
const names = (x: string | string[]) => ([] as string[]).concat(x).map(norm);
const has = (events: { type: string; actor: string; target: string | null }[], [type, actor, target]: Want) =>
  events.some((e) => e.type === type && names(actor).includes(norm(e.actor)) && (target === null || names(target).includes(norm(e.target))));

describe('statement forms of denials, allegations and demands', () => {
  for (const c of CASES) {
    if (c.todo) { it.todo(`${c.id} (${c.form}): ${c.todo}`); continue; }
    it(`${c.id}: ${c.form}`, () => {
      const { events } = extract({ text: c.text, published: '2026-05-12' });
      const got = events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
      for (const w of c.want) expect(has(events, w), `${w.join(' ')} in ${JSON.stringify(got)}`).toBe(true);
      for (const w of c.not ?? []) expect(has(events, w), `no ${w.join(' ')} in ${JSON.stringify(got)}`).toBe(false);
    });
  }
});

describe('a class of acts named in general is alleged of no one', () => {
  it('"opposes all forms of hacking and cyber theft" alleges no theft', () => {
    const text = 'Bloomberg: Zemla said Marrowby stole chip designs from Quillon. Do you have a comment?\n\nLin Yutong: China has always opposed all forms of hacking and cyber theft. These accusations are groundless.';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.filter((e) => e.type === 'ALLEGATION' && e.target === 'China')).toEqual([]);
  });
});

describe('the subject of a judgement before a reported wrongdoing judges, it does not do the wrong', () => {
  it('"entities that Zemla has determined pose a threat" alleges nothing against Zemla', () => {
    const text = 'Senator Ada Vell said chips sold by Marrowby reached entities that Zemla has determined pose a threat to its national security.';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.filter((e) => e.type === 'ALLEGATION' && e.target === 'Zemla')).toEqual([]);
  });
});
