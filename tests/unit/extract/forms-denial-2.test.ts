// DENIAL forms where the denier is known only by its role as the accused party (session 5, second denial pass): the
// company, the ministry, a spokesperson, "it", a quotation whose speaker follows it, an accuser in another paragraph, a
// positive assertion of innocence, a release in the first person, the rejection of a ruling or a fine. Texts are our
// own (forms-denial-2.cases.ts); none comes from an evaluation text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { CASES2, NEGATIVES2 } from './forms-denial-2.cases.ts';
import type { Want } from './forms-denial.cases.ts';

const norm = (s: string | null) => (s ?? '').toLowerCase();
const names = (x: string | string[]) => ([] as string[]).concat(x).map(norm);
const has = (events: { type: string; actor: string; target: string | null }[], [type, actor, target]: Want) =>
  events.some((e) => e.type === type && names(actor).includes(norm(e.actor)) && (target === null || names(target).includes(norm(e.target))));

describe('denials by the accused party known by its role', () => {
  for (const c of CASES2) {
    if (c.todo) { it.todo(`${c.id} (${c.form}): ${c.todo}`); continue; }
    it(`${c.id}: ${c.form}`, () => {
      const { events } = extract({ text: c.text, published: '2026-05-12' });
      const got = events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
      for (const w of c.want) expect(has(events, w), `${w.join(' ')} in ${JSON.stringify(got)}`).toBe(true);
    });
  }
});

describe('no denial where the accused concedes, a third party speaks, or there is no dispute', () => {
  for (const n of NEGATIVES2) {
    it(n.id, () => {
      const { events } = extract({ text: n.text, published: '2026-05-12' });
      expect(events.filter((e) => e.type === 'DENIAL').map((e) => `${e.actor} -> ${e.target}`)).toEqual([]);
    });
  }
});

describe('a carried-over accuser\'s first-person denial is the accused\'s', () => {
  it('"We have never …" after the accusation answers the accuser, not the accused', () => {
    const text = 'The FBI accused Arnica Biotech on Monday of passing vaccine research to a foreign government. We have never shared any research with any government.';
    const { events } = extract({ text, published: '2026-05-12' });
    expect(events.filter((e) => e.type === 'DENIAL' && e.actor === 'FBI')).toEqual([]);
  });
});
