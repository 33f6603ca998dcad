import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (seventeenth session); every company and person is invented. Public bodies with lists of
// subjects in their names exist in many states; the names below are of that shape, not copied from any text.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const names = (text: string) => run(text).entities.map((e) => e.name);

describe('a public body whose name lists its subjects stays one name', () => {
  it('a serial comma before the last subject', () => {
    expect(names('The Assembly Committee on Fisheries, Ports, and Shipping summoned Garrow Marine on Friday.'))
      .toContain('Assembly Committee on Fisheries, Ports, and Shipping');
  });
  it('"and the" before the last subject', () => {
    expect(names('The Ministry of Youth, Sport and the Creative Economy fined Lindqvar Games over loot boxes.'))
      .toContain('Ministry of Youth, Sport and the Creative Economy');
  });
  it('a company head word alone as a member ("…, Communications and …")', () => {
    expect(names('The Department of Housing, Communications and Local Government suspended Pelt Mobile.'))
      .toContain('Department of Housing, Communications and Local Government');
  });
  it('a known body\'s name going on with "and" and a last subject is another body', () => {
    const n = names('The Department of Energy and Mineral Resources revoked the permit of Brask Mining.');
    expect(n).toContain('Department of Energy and Mineral Resources');
    expect(n).not.toContain('Department of Energy');
  });
  it('but "and the" before another body, and "and" before a known party, still separate two parties', () => {
    const n = names('The Ministry of Finance, Trade and Industry and the Foreign Ministry criticised Orlen Vale.');
    expect(n).toContain('Ministry of Finance, Trade and Industry');
    expect(n.some((x) => /Foreign|Ministry of Foreign Affairs/.test(x))).toBe(true);
    expect(names('The Department of Energy and Nvidia signed the agreement.')).toContain('Department of Energy');
  });
  it('a serial comma between two companies is no list of subjects', () => {
    const n = names('The Ministry of Health, Garrow Labs, and Pelt Mobile signed the data accord on Monday.');
    expect(n).toContain('Garrow Labs');
    expect(n).toContain('Pelt Mobile');
  });
});
