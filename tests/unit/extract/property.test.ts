import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../../extract/index.ts';

// Fragments that make arbitrary text reach the event code paths, mixed with arbitrary strings.
const fragments = fc.constantFrom(
  'Anthropic accused Alibaba of theft.', ' said ', 'the company', '(', ')', '“', '”', '?', '\n', 'Q: ', 'A: ', 'U.S.', ' v. ',
  'China will take necessary measures.', 'urged Washington to', 'the ministry', 'including Huawei, SMIC and', 'on Tuesday', 'last month',
  'was sued by', "'s", ' — ', 'The allegation, filed with the board, claims', 'Contrary to the Authority\'s findings,', 'calling it "baseless"',
);
const text = fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }), fragments), { maxLength: 40 }).map((xs) => xs.join(''));

describe('extract properties', () => {
  it('never throws, and every event points at its verbatim sentence', () => {
    // extract() guards against its own bugs by logging them; a logged internal error fails the property too.
    const spy = vi.spyOn(process.stderr, 'write');
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), fc.option(fc.string({ maxLength: 25 }), { nil: undefined }), (body, title, published) => {
        const r = extract({ text: body, title, published });
        for (const e of r.events) {
          const src = e.field === 'title' ? title ?? '' : body;
          expect(src.slice(e.start, e.end)).toBe(e.sentence);
          expect(e.confidence).toBeGreaterThanOrEqual(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(['day', 'month', 'year']).toContain(e.datePrecision);
          expect(typeof e.background).toBe('boolean');
          expect(e.actor.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
    expect(spy.mock.calls.filter((c) => String(c[0]).includes('internal error'))).toEqual([]);
    spy.mockRestore();
  });

  it('survives inputs that are not strings at all', () => {
    expect(extract({ text: undefined as unknown as string })).toEqual({ entities: [], events: [] });
    expect(extract(null as unknown as { text: string }).events).toEqual([]);
  });
});
