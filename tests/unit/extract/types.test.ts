// The per-type table drives the engine: flipping a rule changes what comes out, so the table is not decoration.
import { afterEach, describe, expect, it } from 'vitest';
import { extract, EVENT_TYPES } from '../../../extract/index.ts';
import { TYPE_RULES } from '../../../extract/types.ts';

const saved = structuredClone(TYPE_RULES);
afterEach(() => { Object.assign(TYPE_RULES.THREAT, saved.THREAT); Object.assign(TYPE_RULES.ALLEGATION, saved.ALLEGATION); });

describe('TYPE_RULES', () => {
  it('has a rule for every event type', () => {
    expect(Object.keys(TYPE_RULES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('gives every rule the same fields in the same order (one shape: no deoptimisation on a rule not met before)', () => {
    const shapes = new Set(Object.values(TYPE_RULES).map((r) => Object.keys(r).join(',')));
    expect(shapes.size).toBe(1);
  });

  it('a threat needs its target unless the table lets it stay open', () => {
    // (A public body: a threat that names no one is only ever a public body's, TYPE_RULES.THREAT.noTargetActorKinds.)
    const text = 'The Federal Trade Commission cautioned firms that their apps could face a ban.';
    expect(extract({ text, published: '2026-03-12' }).events).toEqual([]);
    TYPE_RULES.THREAT.targetOptional = true;
    expect(extract({ text, published: '2026-03-12' }).events.map((e) => e.type)).toEqual(['THREAT']);
  });

  it('a court may not accuse while the table says so', () => {
    const text = 'The Supreme Court accused Marrowby of contempt.';
    expect(extract({ text, published: '2026-03-12' }).events).toEqual([]);
    TYPE_RULES.ALLEGATION.courtMayAct = true;
    expect(extract({ text, published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toEqual(['ALLEGATION Supreme Court -> Marrowby']);
  });
});
