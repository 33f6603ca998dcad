// The learned event filter (extract/learned.ts; opt-in).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../../extract/index.ts';
import { filterFeatures, filterModel, keepProbability, setFilterModel, type FilterModel } from '../../../extract/learned.ts';

// Our own sentences: a suit and its answer.
const text = 'Quillon sued Marrowby over its patents on Monday. Marrowby denied the claims.';
const types = (m: FilterModel | null, opts = {}): string[] => { setFilterModel(m); return extract({ text, published: '2026-03-12' }, opts).events.map((e) => e.type); };

afterEach(() => setFilterModel(undefined));

describe('learned event filter', () => {
  it("scores an event by the sum of its features' weights", () => {
    const m: FilterModel = { weights: { 't:DENIAL': -3, 'p:denial.deny': 1 }, bias: 0.5, threshold: 0.5 };
    const f = filterFeatures({ type: 'DENIAL', pattern: 'denial.deny', howActor: 'subject', howTarget: 'counterpart', via: [], actorKind: 'company',
      targetKind: 'company', field: 'text', quote: false, background: false, confidence: 0.7, answers: true });
    expect(f).toContain('t:DENIAL');
    expect(f).toContain('pf:denial');
    expect(keepProbability(m, f)).toBeCloseTo(1 / (1 + Math.exp(1.5)), 6);
  });

  it('drops the events its model scores below the threshold only when asked (filter: true)', () => {
    const dropDenials: FilterModel = { weights: { 't:DENIAL': -5 }, bias: 2, threshold: 0.5 };
    expect(types(dropDenials)).toEqual(['LEGAL_ACTION', 'DENIAL']);
    expect(types(dropDenials, { filter: true })).toEqual(['LEGAL_ACTION']);
    expect(types(null, { filter: true })).toEqual(['LEGAL_ACTION', 'DENIAL']);
  });

  it("shows each kept event's probability under --explain", () => {
    setFilterModel({ weights: {}, bias: 0, threshold: 0.2 });
    const ev = extract({ text, published: '2026-03-12' }, { explain: true, filter: true }).events;
    expect(ev.map((e) => e.explain?.keep)).toEqual([0.5, 0.5]);
    expect(extract({ text, published: '2026-03-12' }, { explain: true }).events.every((e) => e.explain?.keep === undefined)).toBe(true);
  });

  it('hands every event before the filter, with its features, to a collector (training)', () => {
    setFilterModel({ weights: { 't:DENIAL': -5 }, bias: 2, threshold: 0.5 });
    let rows: { event: { type: string }; features: string[] }[] = [];
    const out = extract({ text, published: '2026-03-12' }, { filter: true, collect: (r) => { rows = r; } });
    expect(out.events.map((e) => e.type)).toEqual(['LEGAL_ACTION']);
    expect(rows.map((r) => r.event.type)).toEqual(['LEGAL_ACTION', 'DENIAL']);
    expect(rows[0].features).toContain('p:legal-action.sue');
  });

  it('ships a model trained on our own sets only, of the engine\'s labels only', () => {
    setFilterModel(undefined);
    const m = filterModel();
    expect(m).not.toBeNull();
    expect(m!.threshold).toBeGreaterThan(0);
    expect(m!.threshold).toBeLessThan(1);
    const about = m!.about as { trainedOn: string[] };
    const own = readFileSync(new URL('../../../bench/own-texts/README.md', import.meta.url), 'utf8');
    for (const set of about.trainedOn) expect(own).toContain(`${set}.jsonl`);
    expect(Object.keys(m!.weights).every((k) => /^(?:t|p|pf|ha|ht|t_ha|t_ht|ka|kt|t_k|field|q|bg|conf|via|ans|nt):/.test(k))).toBe(true);
  });
});
