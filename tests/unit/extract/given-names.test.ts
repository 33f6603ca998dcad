import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakerGivenNames, OUT } from '../../../extract/learn/given-names.ts';
import { isGivenName } from '../../../extract/given-names.ts';

describe('given names of many countries (extract/lang/en/given-names-faker.json)', () => {
  it('the committed file is what extract/learn/given-names.ts makes of the installed @faker-js/faker', () => {
    const file = JSON.parse(readFileSync(OUT, 'utf8')) as { names: string[]; locales: string[] };
    const made = fakerGivenNames();
    expect(file.locales).toEqual(made.locales);
    expect(file.names).toEqual(made.names);
  });

  it('names of other countries are given names; common words and invented company words are not', () => {
    for (const n of ['Marek', 'Tomasz', 'Olumide', 'Kwame', 'Matías', 'Eirik', 'Mira']) expect(isGivenName(n), n).toBe(true);
    for (const n of ['Data', 'Cloud', 'Summit', 'Corvex', 'Quillon', 'Nimbus']) expect(isGivenName(n), n).toBe(false);
  });
});
