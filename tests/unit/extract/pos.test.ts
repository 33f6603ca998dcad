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
