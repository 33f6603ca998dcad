import { describe, expect, it } from 'vitest';
import { ACTOR_CSV_COLUMNS, BOM, csvCell, disputeCsvColumns, EVENT_CSV_COLUMNS, SOURCE_CSV_COLUMNS, timelineToCsv, toCsv } from '../../../api/render/csv.ts';

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
    // Blanks some spreadsheets strip before reading a formula, and the separators ; and | (DDE: |cmd).
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\n=1+1')).toBe(`"'\n=1+1"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell(';=1+1')).toBe("';=1+1");
    expect(csvCell('|calc')).toBe("'|calc");
    expect(csvCell('plain text')).toBe('plain text');
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
    expect(csv.split('\r\n')[0]).toBe('id,date,type,event,actor,target,sentence,quote,corroboration,first_reported_at,answers_entry_id,outlets,source_urls');
    expect(csv.split('\r\n')[1]).toBe('1,2026-11-18,ALLEGATION,Anthropic accused Alibaba,Anthropic,Alibaba,A said B did it.,,2,2026-11-18T09:00:00.000Z,,Wire | Desk,https://w.example/1 | https://d.example/2');
    expect(timelineToCsv([], { bom: true })).toBe(`${BOM}id,date,type,event,actor,target,sentence,quote,corroboration,first_reported_at,answers_entry_id,outlets,source_urls\r\n`);
  });

  it('every export has flat snake_case columns: no JSON in cells, no internal columns', () => {
    const dispute = {
      id: 1, key: '1-2|x', title: 'A – B: x', partyIds: [1, 2], issue: 'x', status: 'active', level: 2, levelType: 'ALLEGATION', escalationIndex: 1.5,
      eventCount: 1, firstEventAt: '2026-11-18', lastEventAt: '2026-11-18', lastActivityAt: new Date(), mergedInto: null, createdAt: new Date(), updatedAt: new Date(),
      parties: [{ id: 1, name: 'A', kind: 'company' }, { id: 2, name: 'B', kind: 'company' }],
    };
    const words = { levels: { DEMAND: 1, ALLEGATION: 2 } };
    const csv = toCsv<Record<string, unknown>>([dispute], disputeCsvColumns(words));
    expect(csv.split('\r\n')[0]).toBe('id,title,issue,status,level,level_word,level_type,escalation_index,event_count,first_event_at,last_event_at,parties');
    expect(csv.split('\r\n')[1]).toBe('1,A – B: x,x,active,2,accusation (2 of 2),ALLEGATION,1.5,1,2026-11-18,2026-11-18,A | B');
    const actors = toCsv<Record<string, unknown>>([{ id: 1, name: 'A', kind: 'company', aliases: ['A Corp', 'A Inc'], organisation: null, mentions: 3, disputes: 1 }], ACTOR_CSV_COLUMNS);
    expect(actors).toBe('id,name,kind,aliases,organisation,mentions,disputes\r\n1,A,company,A Corp | A Inc,,3,1\r\n');
    for (const cols of [EVENT_CSV_COLUMNS, SOURCE_CSV_COLUMNS, ACTOR_CSV_COLUMNS, disputeCsvColumns(words)]) {
      const header = toCsv([], cols).trim();
      expect(header).toMatch(/^[a-z_]+(,[a-z_]+)*$/);
    }
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
