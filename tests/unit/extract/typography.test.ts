// The page's typography changes nothing the engine finds (session 11): no-break and other space characters, runs of
// spaces, invisible characters (zero-width space, soft hyphen, byte-order mark) and CRLF line ends are read as the plain
// text would be, and every event's sentence is still cut verbatim from the source at its offsets.
import { describe, expect, it } from 'vitest';
import { extract, normaliseText } from '../../../extract/index.ts';

const PLAIN = [
  'Harlow Press sued Yorrow Labs in March and accused the firm of copying 7,000 textbooks.',
  'Yorrow Labs rejected the claims and said it would appeal.',
  '',
  'U.S. District Judge Ada Vell on Tuesday criticised Yorrow Labs and ordered it to pay $5 million.',
].join('\n');

const triples = (text: string) => extract({ text, published: '2026-04-02' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

const VARIANTS: [string, (t: string) => string][] = [
  ['no-break spaces', (t) => { let n = 0; return t.replace(/ /g, () => (++n % 3 === 0 ? '\u00a0' : n % 5 === 0 ? '\u202f' : ' ')); }],
  ['runs of spaces', (t) => t.replace(/\. /g, '.  ').replace(/, /g, ',   ')],
  ['zero-width spaces and a byte-order mark', (t) => `\ufeff${t.replace(/\n/g, '\n\u200b').replace(/\. /g, '. \u200b')}`],
  ['soft hyphens inside words', (t) => t.replace('criticised', 'crit\u00adi\u00adcised').replace('accusing', 'accus\u00ading')],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
];

describe('typography', () => {
  const plain = triples(PLAIN);

  it('the plain text gives its events', () => {
    expect(plain).toContain('LEGAL_ACTION Harlow Press -> Yorrow Labs');
    expect(plain).toContain('DENIAL Yorrow Labs -> Harlow Press');
  });

  for (const [name, vary] of VARIANTS) {
    it(`${name}: the same events, each sentence cut verbatim from the source`, () => {
      const text = vary(PLAIN);
      const r = extract({ text, published: '2026-04-02' });
      expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toEqual(plain);
      for (const e of r.events) expect(text.slice(e.start, e.end)).toBe(e.sentence);
    });
  }

  it('normaliseText maps every offset of the read text back into the source', () => {
    const src = 'A\u00a0 B\u200bC\r\nD';
    const { text, at } = normaliseText(src);
    expect(text).toBe('A BC\nD');
    for (let i = 0; i < text.length; i++) expect(text[i] === ' ' ? /\s/.test(src[at(i)]) : src[at(i)] === text[i] || (text[i] === '\n' && src[at(i)] === '\n')).toBe(true);
    expect(at(text.length)).toBe(src.length);
    // Nothing to change: the source itself.
    expect(normaliseText('plain text').text).toBe('plain text');
  });
});
