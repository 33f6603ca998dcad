import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { CASES } from './coref-forms.cases.ts';

// Reference resolution: descriptions and pronouns (entities.ts resolveDescriptions, subjectOf, noteAppositions).
const run = (text: string) => extract({ title: null, published: '2026-04-02', text }, { explain: true }).events;

describe('who a description or a pronoun refers to', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      const evs = run(c.text).map((e) => [e.type, e.actor, e.target]);
      for (const w of c.want) expect(evs).toContainEqual(w);
      for (const n of c.not ?? []) expect(evs).not.toContainEqual(n);
    });
  }
});
