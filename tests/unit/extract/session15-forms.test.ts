import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (fifteenth session); every company and person is invented.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('a denial that names what it answers by a definite noun answers the author of that act', () => {
  it('"the complaint" is the complainant\'s, though an authority acted on the denier nearer to the denial', () => {
    const t = triples('Helvar Data filed a complaint against Orsk Cloud with the Competition Bureau in May, saying the provider bundled storage with compute. '
      + 'The bureau opened an inquiry into Orsk Cloud last week. Orsk said the complaint misstates how its pricing works.');
    expect(t).toContain('DENIAL Orsk Cloud -> Helvar Data');
    expect(t).not.toContain('DENIAL Orsk Cloud -> Competition Bureau');
  });

  it('"the findings" are the inquiring authority\'s, not the complainant\'s', () => {
    const t = triples('Brenna Union complained about Lattix Health to the Privacy Office in January. The Privacy Office investigated Lattix Health and '
      + 'concluded in June that it had shared patient files with advertisers. Lattix Health said it rejected the findings.');
    expect(t).toContain('DENIAL Lattix Health -> Privacy Office');
    expect(t).not.toContain('DENIAL Lattix Health -> Brenna Union');
  });

  it('an act of that kind told only after the denial is taken when none comes before it', () => {
    expect(triples('Corso Retail disputed the lawsuit on Monday. Weyl Foods had sued Corso Retail in a state court over its pricing model.'))
      .toContain('DENIAL Corso Retail -> Weyl Foods');
  });
});
