// A denial never answers the denier's own side (session 7, denials pass): a party that itself denies in the article is
// the accused side, and another party's "denial" of it (a state's embassy defending its company, the accuser carried
// over as the speaker of the accused's rebuttal) is no denial unless that party acted against the denier or each side
// denied the other's claims elsewhere. Texts are our own (invented companies, states and people).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const denials = (text: string) => extract({ text, published: '2026-05-12' }).events
  .filter((e) => e.type === 'DENIAL').map((e) => `${e.actor} -> ${e.target}`);

describe('a denial never answers the denier\'s own side', () => {
  it('an embassy dismissing the accusations against a company that denies them does not deny that company', () => {
    const got = denials('Marrowby Labs accused Quillon AI on Monday of copying its models. Quillon AI denied the accusations. '
      + 'Tom Reed, a spokesman for the Kestrian Embassy in Dalmore, dismissed the accusations against Quillon as "groundless smears" in an emailed statement.');
    expect(got).toContain('Quillon AI -> Marrowby Labs');
    expect(got.filter((x) => x.endsWith('-> Quillon AI'))).toEqual([]);
  });

  it('the accuser carried over into the accused\'s own rebuttal does not deny the accused', () => {
    const got = denials('Dalmore accused Kestria of hacking Quillon Power. Kestria rejected the accusations as baseless. '
      + 'The Kestrian Embassy dismissed the accusations against Kestria as "groundless smears".');
    expect(got).toContain('Kestria -> Dalmore');
    expect(got).not.toContain('Dalmore -> Kestria');
  });
});

describe('each side may deny the other\'s claims', () => {
  it('a denial of a party that accused the denier back stands', () => {
    const got = denials('Marrowby Labs accused Quillon AI on Monday of copying its models. '
      + 'Quillon AI denied the claims and accused Marrowby Labs of spreading lies. Marrowby Labs rejected the accusations.');
    expect(got).toContain('Quillon AI -> Marrowby Labs');
    expect(got).toContain('Marrowby Labs -> Quillon AI');
  });

  it('two parties denying each other\'s claims in separate sentences both deny', () => {
    const got = denials('Ostrel Devices and Brenholt Networks traded accusations over a patent on Monday. '
      + 'Ostrel Devices rejected the claims made by Brenholt Networks. Brenholt Networks dismissed the claims by Ostrel Devices as baseless.');
    expect(got).toContain('Ostrel Devices -> Brenholt Networks');
    expect(got).toContain('Brenholt Networks -> Ostrel Devices');
  });
});
