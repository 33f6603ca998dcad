import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNearDuplicate, fingerprint, hammingDistance, similarity, StoryWindow, type WindowStory } from '../../../feeds/near-dup.ts';

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

describe('StoryWindow (the near-duplicate window in memory)', () => {
  const hex = (hi: number, lo: number) => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
  const naive = (stories: WindowStory[], fp: string, since: number, max: number, except: number) => {
    let best: { id: number; sourceId: string; distance: number } | null = null;
    for (const s of stories) {
      if (s.createdAt < since || s.articleId === except) continue;
      const d = hammingDistance(fp, s.fingerprint);
      if (d > max) continue;
      if (!best || d < best.distance || (d === best.distance && s.articleId > best.id)) best = { id: s.articleId, sourceId: s.sourceId, distance: d };
    }
    return best;
  };

  it('finds the nearest story within the distance, the newest on a tie, never the article itself or one too old', () => {
    const w = new StoryWindow();
    const base = hex(0x12345678, 0x9abcdef0);
    w.add({ articleId: 1, sourceId: 'a', createdAt: 1_000, fingerprint: hex(0x12345678, 0x9abcdef3) }); // 2 bits
    w.add({ articleId: 2, sourceId: 'b', createdAt: 2_000, fingerprint: hex(0x12345679, 0x9abcdef1) }); // 2 bits, newer
    w.add({ articleId: 3, sourceId: 'c', createdAt: 3_000, fingerprint: base }); // the article itself
    w.add({ articleId: 4, sourceId: 'd', createdAt: 500, fingerprint: base }); // too old
    w.add({ articleId: 2, sourceId: 'x', createdAt: 9_000, fingerprint: base }); // already there: ignored
    expect(w.size).toBe(4);
    expect(w.nearest(base, 800, 9, 3)).toEqual({ id: 2, sourceId: 'b', distance: 2 });
    expect(w.nearest(base, 800, 1, 3)).toBeNull();
    expect(w.nearest(base, 0, 9, 3)).toEqual({ id: 4, sourceId: 'd', distance: 0 });
    w.prune(800);
    expect(w.size).toBe(3);
    expect(w.nearest(base, 0, 9, 3)).toEqual({ id: 2, sourceId: 'b', distance: 2 });
    w.add({ articleId: 4, sourceId: 'd', createdAt: 900, fingerprint: base }); // pruned ids can come back
    expect(w.nearest(base, 0, 9, 3)?.id).toBe(4);
  });

  it('agrees with a plain scan on random windows, across growth and pruning', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.integer({ min: 1, max: 400 }), t: fc.integer({ min: 0, max: 100 }), hi: fc.integer(), flips: fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 12 }) }), { maxLength: 1500 }),
        fc.integer(),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        (rows, lo, since, pruneAt) => {
          const w = new StoryWindow();
          const probe = hex(rows[0]?.hi ?? 0, lo);
          const kept: WindowStory[] = [];
          const seen = new Set<number>();
          for (const r of rows) {
            let h = r.hi;
            let l = lo;
            for (const b of r.flips) b < 32 ? (l ^= 1 << b) : (h ^= 1 << (b - 32));
            const s = { articleId: r.id, sourceId: `s${r.id}`, createdAt: r.t, fingerprint: hex(h, l) };
            w.add(s);
            if (!seen.has(r.id)) (seen.add(r.id), kept.push(s));
          }
          w.prune(pruneAt);
          const left = kept.filter((s) => s.createdAt >= pruneAt);
          expect(w.size).toBe(left.length);
          expect(w.nearest(probe, since, 9, rows[1]?.id ?? -1)).toEqual(naive(left, probe, since, 9, rows[1]?.id ?? -1));
        },
      ),
      { numRuns: 200 },
    );
  });
});
