// Every trigger pattern of the language bundle carries example sentences of ours; each must make that pattern fire
// with the stated type, actor and target (issue 17: patterns are data, their examples are the tests).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { TRIGGERS, EXAMPLES } from '../../../extract/lexicon.ts';

describe('language bundle: every pattern fires on its own examples', () => {
  it('every pattern has an example and every example a pattern', () => {
    const ids = TRIGGERS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !EXAMPLES[id]?.length)).toEqual([]);
    expect(Object.keys(EXAMPLES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  const cases = TRIGGERS.flatMap((t) => (EXAMPLES[t.id] ?? []).map(([text, actor, target]) => [t.id, t.type, text, actor, target] as const));
  it.each(cases)('%s (%s): %s', (id, type, text, actor, target) => {
    const { events } = extract({ text, published: '2026-03-12' }, { explain: true });
    const got = events.map((e) => `${e.explain?.pattern} ${e.type} ${e.actor} -> ${e.target}`);
    expect(got).toContain(`${id} ${type} ${actor} -> ${target}`);
  });
});
