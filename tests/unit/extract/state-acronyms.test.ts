// A state's agency known by an acronym the gazetteer does not hold ("Brazil's ANPD fined …"): entities.ts
// stateAgencyAcronym, and a name spelled out later for an acronym already known ("The National Data Protection
// Agency (CRPA) said …"). Our own sentences; the companies are invented, the acronyms made up or real but unknown.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string, title = '') => extract({ title, text, published: '2026-04-02' });
const triples = (text: string, title = '') => run(text, title).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
const entity = (text: string, name: string) => run(text).entities.find((e) => e.name === name);

describe("<State>'s ACRONYM acting as a public body is that state's agency", () => {
  it('after a possessive state and before an act of a public body', () => {
    expect(triples("Brazil's ANPD fined Quillon AI on Tuesday.")).toEqual(['RESTRICTION ANPD -> Quillon AI']);
    expect(triples("Kenya's ODPC on Tuesday ordered Quillon AI to delete the recordings.")).toEqual(['DEMAND ODPC -> Quillon AI']);
    expect(triples("Chile’s SERNAC has opened an investigation into Quillon AI.")).toEqual(['INVESTIGATION SERNAC -> Quillon AI']);
    expect(entity("Brazil's ANPD fined Quillon AI on Tuesday.", 'ANPD')?.kind).toBe('regulator');
  });

  it('is grouped with its state: the state and its agency make one party of a measure', () => {
    const ev = run("Brazil's ANPD suspended Quillon AI on Tuesday. Brazil suspended Quillon AI over data transfers.").events;
    expect(ev.filter((e) => e.type === 'RESTRICTION').length).toBe(1);
  });

  it('no agency without an act of a public body, a possessive state, or outside a title', () => {
    // A company's acronym does not fine or order: "Japan's NTT said …" finds no party NTT.
    expect(entity("Japan's NTT said on Tuesday it would buy Quillon AI.", 'NTT')).toBeUndefined();
    expect(entity("The ANPD fined Quillon AI on Tuesday.", 'ANPD')).toBeUndefined();
    expect(entity("Quillon AI's QRX fined its own staff.", 'QRX')).toBeUndefined();
    expect(run("Quillon AI was fined.", "Brazil's ANPD fines Quillon AI").entities.map((e) => e.name)).not.toContain('ANPD');
  });

  it("a name spelled out later for a known acronym is the same party, not a second one", () => {
    const r = run("Chile's CRPA fined Quillon AI on Tuesday. The Consumer Rights Protection Agency (CRPA) said Quillon AI had used messages without consent.");
    expect(r.entities.map((e) => e.name)).not.toContain('Consumer Rights Protection Agency');
    expect(r.entities.find((e) => e.name === 'CRPA')?.aliases).toContain('Consumer Rights Protection Agency');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('ALLEGATION CRPA -> Quillon AI');
  });
});
