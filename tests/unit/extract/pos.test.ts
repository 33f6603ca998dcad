import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { isNameLike, posTags } from '../../../extract/pos.ts';

describe('POS evidence from natural', () => {
  it('reads tags from the Brill lexicon', () => {
    expect(posTags('Officials')?.[0]).toBe('NNS');
    expect(isNameLike('Officials')).toBe(false);
    expect(isNameLike('Senior')).toBe(false);
    expect(isNameLike('Sam')).toBe(true);
    expect(isNameLike('Okafor')).toBe(true); // unknown to the lexicon: a name
  });

  it('keeps common words out of discovered people', () => {
    const r = extract({ published: '2026-11-20', text: 'Senior Officials said the company had copied the code. Maria Okafor said the board would act.' });
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain('Senior Officials');
    expect(names).toContain('Maria Okafor');
  });
});

describe('British spellings', () => {
  it('take the American entry of the lexicon ("Characterising", "criticised", "labour"); short words are left alone', () => {
    expect(posTags('Characterising')?.[0]).toBe('VBG');
    expect(posTags('criticised')).toContain('VBN');
    expect(posTags('organisations')?.[0]).toBe('NNS');
    expect(posTags('labour')?.[0]).toBe('NN');
    expect(posTags('four')).toBeUndefined();
  });

  it('a sentence opening with a British -ising verb names no party', () => {
    const r = extract({ text: 'Quillon accused Marrowby of theft. Characterising a routine audit as theft is simply not accurate.', published: '2026-03-10' });
    expect(r.entities.map((e) => e.name)).not.toContain('Characterising');
  });
});
