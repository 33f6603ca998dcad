import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences, wrapWidth, tokenize } from '../../../extract/text.ts';
import { extract } from '../../../extract/index.ts';

// Texts written for these tests, laid out as press releases, wire copy and court filings come.
const verbatim = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

const RELEASE = [
  'FOR IMMEDIATE RELEASE',
  '',
  'The Harbour Data Authority on Tuesday opened an inquiry into Lumen',
  'Freight Ltd over the way the carrier trained its routing models on',
  'customer records. The authority said the company had not asked its',
  'customers before using their records.',
  '',
  'Media contact',
  'Press Office',
].join('\n');

describe('splitSentences: hard-wrapped lines', () => {
  it('a wrapped press release keeps each sentence whole, a blank line and a heading still end one', () => {
    expect(wrapWidth(RELEASE)).toBe(Math.max(...RELEASE.split('\n').map((l) => l.length)));
    expect(verbatim(RELEASE)).toEqual([
      'FOR IMMEDIATE RELEASE',
      'The Harbour Data Authority on Tuesday opened an inquiry into Lumen\nFreight Ltd over the way the carrier trained its routing models on\ncustomer records.',
      'The authority said the company had not asked its\ncustomers before using their records.',
      'Media contact',
      'Press Office',
    ]);
  });

  it('reads the line breaks of a wrapped sentence as spaces in `text`, keeping the offsets verbatim', () => {
    for (const s of splitSentences(RELEASE)) {
      expect(s.text).toHaveLength(s.end - s.start);
      expect(s.text).toBe(RELEASE.slice(s.start, s.end).replace(/\n/g, ' '));
    }
  });

  it('a lower-case word or a line stopped mid-phrase goes on, without any wrapping width', () => {
    expect(verbatim('The board said the lender had\nbreached the rules twice.\nIt will appeal.')).toEqual([
      'The board said the lender had\nbreached the rules twice.', 'It will appeal.',
    ]);
    expect(verbatim('The complaint was filed on behalf of the\nNorthern Growers Union in state court.')).toHaveLength(1);
    expect(verbatim('The committee wrote to Sen.\nJane Roe on Oct.\n9 about the matter.')).toHaveLength(1);
    expect(verbatim('The order names the U.S.\nDepartment of Energy.')).toHaveLength(1);
    expect(verbatim('The claim was filed on behalf of the growers by\nJ. Roe, a lawyer in the capital.')).toHaveLength(1);
    expect(verbatim('The order sets two duties:\nA. keep records\nB. report breaches')).toHaveLength(3);
  });

  it('a line break still ends a sentence after a full stop, a colon, a heading, a list item or a speaker turn', () => {
    expect(verbatim('The regulator fined the bank.\nThe bank will appeal.')).toHaveLength(2);
    expect(verbatim('Acme filed suit against the U.S.\nThe government has not replied.')).toHaveLength(2);
    expect(verbatim('The agency listed three findings:\n- the lender kept records too long\n- the lender shared them with brokers')).toHaveLength(3);
    expect(verbatim('Background\nThe dispute began over a licence.')).toHaveLength(2);
    expect(verbatim('UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF NOWHERE\nAcme Corp v. Beta Inc.')).toHaveLength(3);
    expect(verbatim('Q: Will the ministry respond to the measures announced by the\nA: We have made our position clear.')).toHaveLength(2);
    expect(verbatim('Minister Roe: The ban protects our data and the\nChair: Thank you.')).toHaveLength(2);
  });

  it('does not join the items of an unmarked list, links, or short labels', () => {
    expect(verbatim('cabbage\npeas\nbeans')).toHaveLength(3);
    expect(verbatim('3) A board game for the family\nhttp://example.test/x')).toHaveLength(2);
    expect(verbatim('Opening hours\nweekdays only')).toHaveLength(2);
  });

  it('keeps the Q/A mark of a wrapped question and the line of its first line', () => {
    const s = splitSentences('Intro line.\nQ: Does the ministry plan to respond to the export\ncontrols announced this week?');
    expect(s).toHaveLength(2);
    expect(s[1]).toMatchObject({ qa: 'Q', line: 1 });
  });

  it('a text whose lines are not wrapped has no width; lines of an infobox are not a wrapped text', () => {
    expect(wrapWidth('One paragraph on a single long line that runs on for well over one hundred characters, as page text does.\n\nAnother.')).toBeNull();
    expect(wrapWidth('Name Acme Corp and its subsidiaries, plaintiffs v. Beta Inc.\nShort\nDocket 12\nJudge Roe\nFiled in the Southern District of Nowhere Court\nStatus')).toBeNull();
  });
});

describe('extract on hard-wrapped text', () => {
  it('finds the event across the wrap, with its verbatim sentence and the date on the next line', () => {
    const text = [
      'Anthropic said in a statement released in London that Alibaba had',
      'copied the outputs of its models, and on Oct. 9 Anthropic accused',
      'Alibaba of training its own models on those outputs without consent.',
      'Alibaba did not respond to several requests for comment on the claims.',
    ].join('\n');
    const r = extract({ text, published: '2026-10-20' });
    const ev = r.events.find((e) => e.type === 'ALLEGATION' && e.actor === 'Anthropic' && e.target === 'Alibaba');
    expect(ev).toBeDefined();
    expect(text.slice(ev!.start, ev!.end)).toBe(ev!.sentence);
    expect(ev!.sentence).toContain('\n');
    expect(ev!.date).toBe('2026-10-09');
    expect(ev!.datePrecision).toBe('day');
  });
});

describe('splitSentences: properties', () => {
  const pieces = fc.constantFrom('\n', '\n\n', '\r\n', ' ', '.', ',', 'the', 'The', 'U.S.', 'Oct.', 'Q: ', 'A: ', '- ', '1) ', 'FILED', 'regulator',
    'and', 'Acme Corp', 'said', '“', '”', 'a line that runs on well past forty characters of text here');
  const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 15 })), { maxLength: 40 }).map((xs) => xs.join(''));
  it('sentences are ordered, disjoint, verbatim, and cover every non-space character', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ss = splitSentences(t);
        let last = 0;
        const covered = new Uint8Array(t.length);
        for (const s of ss) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(t.slice(s.start, s.end).replace(/[\r\n]/g, ' '));
          covered.fill(1, s.start, s.end);
          last = s.end;
        }
        for (let i = 0; i < t.length; i++) if (!/\s/.test(t[i])) expect(covered[i]).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a dollar sign with its country\'s capitals', () => {
  it('is one token ("A$", "NT$", "R$", "US$", "HK$"), and its letters end no name', () => {
    expect(tokenize('fined Lumara AI NT$15 million').map((t) => t.text)).toEqual(['fined', 'Lumara', 'AI', 'NT$', '15', 'million']);
    expect(tokenize('R$ 200,000 and A$4.2 and HK$3').map((t) => t.text)).toEqual(['R$', '200', ',', '000', 'and', 'A$', '4.2', 'and', 'HK$', '3']);
    const run = (text: string) => extract({ title: null, published: '2026-05-02', text }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(run('Japan\'s Fair Trade Commission fined Lumara AI NT$15 million.')).toContain('RESTRICTION Fair Trade Commission -> Lumara AI');
    expect(run('Singapore\'s data regulator fined Lumara AI S$74,000 for a data breach.')).toContain('RESTRICTION Singapore -> Lumara AI');
  });
});
