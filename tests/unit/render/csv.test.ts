import { describe, expect, it } from 'vitest';
import { csvCell, timelineToCsv, toCsv } from '../../../api/render/csv.ts';

describe('toCsv', () => {
  it('quotes per RFC 4180 and ends records with CRLF', () => {
    const csv = toCsv([{ a: 'plain', b: 'with, comma', c: 'say "hi"', d: 'two\nlines' }], ['a', 'b', 'c', 'd']);
    expect(csv).toBe('a,b,c,d\r\nplain,"with, comma","say ""hi""","two\nlines"\r\n');
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20T10:00:00.000Z');
  });

  it('renames and computes columns', () => {
    expect(toCsv([{ n: 1 }], [{ key: 'n', header: 'number', value: (r) => r.n * 2 }])).toBe('number\r\n2\r\n');
  });

  it('flattens a timeline with its sources', () => {
    const csv = timelineToCsv([
      { id: 1, date: '2026-11-18', type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', sentence: 'A said B did it.', quote: null, corroboration: 2, firstReportedAt: new Date('2026-11-18T09:00:00Z'), answersEntryId: null, sources: [{ outlet: 'Wire', url: 'https://w.example/1' }, { outlet: 'Desk', url: 'https://d.example/2' }] },
    ]);
    expect(csv.split('\r\n')[0]).toBe('id,date,type,actor,target,sentence,quote,corroboration,first_reported_at,answers_entry_id,outlets,source_urls');
    expect(csv.split('\r\n')[1]).toBe('1,2026-11-18,ALLEGATION,Anthropic,Alibaba,A said B did it.,,2,2026-11-18T09:00:00.000Z,,Wire | Desk,https://w.example/1 | https://d.example/2');
  });
});

import { preferredType } from '../../../api/render/negotiate.ts';

describe('preferredType', () => {
  const offers = ['application/json', 'text/html'];
  it('follows the Accept header', () => {
    expect(preferredType(undefined, offers)).toBe('application/json');
    expect(preferredType('*/*', offers)).toBe('application/json');
    expect(preferredType('text/html', offers)).toBe('text/html');
    expect(preferredType('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', offers)).toBe('text/html');
    expect(preferredType('application/json, text/html;q=0.5', offers)).toBe('application/json');
    expect(preferredType('text/*', offers)).toBe('text/html');
    expect(preferredType('text/csv', ['application/json', 'application/atom+xml', 'text/csv'])).toBe('text/csv');
    expect(preferredType('application/atom+xml', ['application/json', 'application/atom+xml', 'text/csv'])).toBe('application/atom+xml');
    expect(preferredType('image/png', offers)).toBeNull();
  });
});
