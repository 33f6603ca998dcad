// Persons coordinated as the joint subject of one act make ONE event, named by the first of them (TypeRule.coSignersOnce
// in extract/types.ts; extract/README.md "One event per (type, actor, target)"): the contract scores an event's actor
// against a list of accepted names, and a joint act lists all its co-acting persons there. Sentences are our own;
// the parties are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const out = (text: string) => extract({ text, title: '', published: '2026-03-12' });
const run = (text: string) => out(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('co-acting persons: one event, named by the first', () => {
  it('two named photographers jointly suing make one suit; both are still persons', () => {
    const text = 'Photographers Mira Talbot and Jonas Wrede sued Halvern Imaging on Tuesday.';
    expect(run(text)).toEqual(['LEGAL_ACTION Mira Talbot -> Halvern Imaging']);
    expect(out(text).entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Mira Talbot', 'Jonas Wrede']);
    expect(run('Illustrators Mira Talbot, Jonas Wrede and Edda Kastl filed a lawsuit against Halvern Imaging in federal court.'))
      .toEqual(['LEGAL_ACTION Mira Talbot -> Halvern Imaging']);
  });

  it('a joint accusation is one allegation', () => {
    expect(run('Photographers Mira Talbot and Jonas Wrede accused Halvern Imaging of copying their pictures.'))
      .toEqual(['ALLEGATION Mira Talbot -> Halvern Imaging']);
  });

  it('persons acting in separate sentences act separately', () => {
    expect(run('Photographer Mira Talbot sued Halvern Imaging on Tuesday. Photographer Jonas Wrede sued Halvern Imaging on Friday.'))
      .toEqual(['LEGAL_ACTION Mira Talbot -> Halvern Imaging', 'LEGAL_ACTION Jonas Wrede -> Halvern Imaging']);
  });

  it('a subject that is not persons only keeps one event per party', () => {
    expect(run('Photographer Mira Talbot and Brask Studios sued Halvern Imaging on Tuesday.'))
      .toEqual(['LEGAL_ACTION Mira Talbot -> Halvern Imaging', 'LEGAL_ACTION Brask Studios -> Halvern Imaging']);
    expect(run('Brask Studios and Orrel Media sued Halvern Imaging on Tuesday.'))
      .toEqual(['LEGAL_ACTION Brask Studios -> Halvern Imaging', 'LEGAL_ACTION Orrel Media -> Halvern Imaging']);
  });
});
