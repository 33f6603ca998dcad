// "The Nigerian data protection commission fined …": a state's public body described in lower case after a demonym,
// in a text that names no such body, is the state (as "Nigeria's data protection commission" is). Our own sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const triples = (text: string) => extract({ text, published: '2026-04-02' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('a demonym and a lower-case public body is the state when the text names no such body', () => {
  it('as actor and as target', () => {
    expect(triples('The Nigerian data protection commission fined Quillon Labs on Tuesday.')).toEqual(['RESTRICTION Nigeria -> Quillon Labs']);
    expect(triples('Quillon Labs sued the Kenyan communications authority on Tuesday.')).toEqual(['LEGAL_ACTION Quillon Labs -> Kenya']);
  });

  it('a compass word before the demonym is part of it ("South Korean")', () => {
    expect(triples('The South Korean antitrust regulator fined Quillon Labs on Tuesday.')).toEqual(['RESTRICTION South Korea -> Quillon Labs']);
  });

  it('a body the text names is still what the description means', () => {
    expect(triples('The Nigeria Data Protection Commission started looking into Quillon Labs in May. On Tuesday the Nigerian data protection commission fined Quillon Labs.'))
      .toContain('RESTRICTION Nigeria Data Protection Commission -> Quillon Labs');
  });

  it('a name right after the description is what it describes ("the Kenyan regulator Dastia")', () => {
    expect(triples('The Kenyan regulator Dastia fined Quillon Labs on Tuesday.')).toEqual(['RESTRICTION Dastia -> Quillon Labs']);
  });

  it('a company description keeps to companies ("the Kenyan start-up")', () => {
    expect(triples('The Kenyan start-up was fined by Dastia on Tuesday.')).toEqual([]);
  });
});
