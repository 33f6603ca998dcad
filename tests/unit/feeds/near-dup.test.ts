import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNearDuplicate, fingerprint, hammingDistance, similarity } from '../../../feeds/near-dup.ts';

const wire =
  'BEIJING (Wire) - China on Tuesday accused the United States of abusing export controls after Washington added a dozen Chinese artificial intelligence companies to its entity list, ' +
  'saying the move would harm global supply chains. A foreign ministry spokesperson told a regular briefing that Beijing would take necessary measures to safeguard the legitimate rights ' +
  'and interests of Chinese firms. The Commerce Department said the companies had supported military modernisation. Analysts said the decision could escalate tensions over advanced chips. ' +
  'The listed firms include developers of large language models and makers of data-centre hardware, according to a notice published in the Federal Register. Companies on the list need a ' +
  'licence to buy American technology, and such licences are usually denied. Several of the firms said in statements that they had complied with all applicable laws and would seek a review. ' +
  'Industry groups in both countries warned that a cycle of retaliation could slow research collaboration, while lawmakers in Washington urged the administration to go further and close ' +
  'loopholes that let Chinese developers rent computing power from overseas cloud providers. The ministry did not say which countermeasures it was considering.';

describe('SimHash near-duplicates', () => {
  it('scores a syndicated copy with a different dateline and trailer above 0.85', () => {
    const copy = `${wire.replace('BEIJING (Wire) -', 'BEIJING, Jan 7 -')} Reporting by staff; editing by desk.`;
    expect(similarity(fingerprint(wire), fingerprint(copy))).toBeGreaterThanOrEqual(0.85);
  });
  it('scores a different story on the same topic well below 0.85', () => {
    const other =
      'The European Commission opened an investigation on Monday into whether a large cloud provider breached competition rules by bundling its AI assistant with office software, ' +
      'officials said. The probe follows complaints from rivals who argue that the practice shuts them out of the market. The company said it would cooperate fully with the authorities ' +
      'and denied any wrongdoing, adding that customers were free to choose other services.';
    expect(similarity(fingerprint(wire), fingerprint(other))).toBeLessThan(0.85);
  });
  it('is deterministic, 16 hex digits, and empty for short texts', () => {
    expect(fingerprint(wire)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(wire)).toBe(fingerprint(wire));
    expect(fingerprint('too short')).toBe('');
    expect(similarity('', fingerprint(wire))).toBe(0);
  });
  it('finds the closest fingerprint in a list (one story, three outlets)', () => {
    const outlets = ['a', 'b', 'c'].map((o) => ({ outlet: o, fingerprint: fingerprint(`${wire} Published by outlet ${o}.`) }));
    const found = findNearDuplicate(fingerprint(wire), outlets);
    expect(found).not.toBeNull();
    expect(outlets.every((o) => similarity(o.fingerprint, outlets[0].fingerprint) >= 0.85)).toBe(true);
    expect(findNearDuplicate(fingerprint('x '.repeat(5) + 'completely unrelated sentence about football scores and weather forecasts in the spring season for the northern hemisphere regions today'), outlets)).toBeNull();
  });
});

describe('fingerprint bits', () => {
  // The reference: SimHash over FNV-1a 64 of each 3-word shingle, computed with BigInt as first written.
  function reference(text: string): string {
    const t = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (t.length < 20) return '';
    const votes = new Array<number>(64).fill(0);
    for (let i = 0; i + 3 <= t.length; i++) {
      let h = 0xcbf29ce484222325n;
      for (const c of t.slice(i, i + 3).join(' ')) for (const u of c.split('')) h = ((h ^ BigInt(u.charCodeAt(0))) * 0x100000001b3n) & ((1n << 64n) - 1n);
      for (let b = 0; b < 64; b++) votes[b]! += (h >> BigInt(b)) & 1n ? 1 : -1;
    }
    let fp = 0n;
    for (let b = 63; b >= 0; b--) fp = (fp << 1n) | (votes[b]! > 0 ? 1n : 0n);
    return fp.toString(16).padStart(16, '0');
  }

  it('match a BigInt FNV-1a 64 reference bit for bit (Number halves, the token scanner and the bit-sliced counts lose nothing)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), { minLength: 20, maxLength: 60 }), (words) => {
        const text = words.join(' ');
        expect(fingerprint(text)).toBe(reference(text));
      }),
      { numRuns: 200 },
    );
    // Any code points (lone surrogates, astral letters, combining marks) and any separators: the token
    // scanner must split where the regex does.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }), fc.constantFrom(' ', ', ', '\n', '—', '\u00a0', '')), { minLength: 20, maxLength: 80 }),
        (parts) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          expect(fingerprint(text)).toBe(reference(text));
        },
      ),
      { numRuns: 200 },
    );
    // Long texts: more shingles than the bit-sliced counters hold before a flush (255), and a tie.
    const long = Array.from({ length: 1200 }, (_, i) => `w${(i * 7919) % 613} Ünïcode 𝐀𝐁 東京 e\u0301`).join(' ');
    expect(fingerprint(long)).toBe(reference(long));
    expect(fingerprint('same '.repeat(600))).toBe(reference('same '.repeat(600)));
    // A huge text (more tokens than the kept buffer holds), then ordinary ones: still the reference's bits.
    const huge = Array.from({ length: 40_000 }, (_, i) => `t${i % 997}`).join(' ');
    expect(fingerprint(huge)).toBe(reference(huge));
    expect(fingerprint(long)).toBe(reference(long));
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
  });
});
