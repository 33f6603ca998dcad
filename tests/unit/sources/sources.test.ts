import { describe, expect, it } from 'vitest';
import { loadSourceFile, parseOpml, parseSourceList, toOpml, toSourceRow } from '../../../feeds/sources.ts';

describe('source list', () => {
  it('the shipped list is valid and covers news and official sources', () => {
    const defs = loadSourceFile('feeds/sources.json');
    const kinds = new Set(defs.map((d) => d.kind));
    for (const k of ['news', 'regulator', 'ministry', 'court', 'legislature']) expect(kinds).toContain(k);
    expect(defs.some((d) => d.format === 'federal-register')).toBe(true);
    expect(defs.some((d) => d.url.includes('gov.uk') && d.format === 'atom')).toBe(true);
  });

  it('defaults poll intervals by kind: 60 min for news, 6 h for official sources', () => {
    const [news, court] = parseSourceList(
      JSON.stringify({ sources: [
        { id: 'a', name: 'A', kind: 'news', url: 'https://a.example/rss' },
        { id: 'b', name: 'B', kind: 'court', url: 'https://b.example/rss' },
      ] }),
    );
    expect(toSourceRow(news!).pollIntervalMinutes).toBe(60);
    expect(toSourceRow(court!).pollIntervalMinutes).toBe(360);
  });

  it('takes only http and https feeds in a source list (issue 19, finding 12)', () => {
    const list = (url: string) => JSON.stringify({ sources: [{ id: 'a', name: 'A', kind: 'news', url }] });
    expect(() => parseSourceList(list('file:///etc/passwd'))).toThrow(/an http or https URL/);
    expect(() => parseSourceList(list('ftp://example.org/feed'))).toThrow(/an http or https URL/);
    expect(parseSourceList(list('HTTPS://example.org/feed'))).toHaveLength(1);
  });

  it('rejects duplicate ids and html-list sources without selectors', () => {
    const dup = { sources: [{ id: 'a', name: 'A', kind: 'news', url: 'https://a.example/' }, { id: 'a', name: 'A2', kind: 'news', url: 'https://b.example/' }] };
    expect(() => parseSourceList(JSON.stringify(dup))).toThrow(/duplicate id a/);
    const html = { sources: [{ id: 'a', name: 'A', kind: 'ministry', url: 'https://a.example/', format: 'html-list' }] };
    expect(() => parseSourceList(JSON.stringify(html))).toThrow(/selectors/);
  });

  it('round-trips through OPML, keeping kind and interval', () => {
    const defs = loadSourceFile('feeds/sources.json').slice(0, 5);
    const opml = toOpml(defs.map(toSourceRow) as never, new Date('2026-11-26T00:00:00Z'));
    const back = parseOpml(opml);
    expect(back.map((d) => [d.id, d.kind, d.url, d.pollIntervalMinutes])).toEqual(
      defs.map((d) => [d.id, d.kind, d.url, toSourceRow(d).pollIntervalMinutes]),
    );
  });

  it('imports a plain OPML file from another reader, nested outlines included', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="Tech"><outline text="Example &amp; Co" type="rss" xmlUrl="https://example.org/feed.xml"/></outline>
      <outline text="Atom one" type="atom" xmlUrl="https://example.org/atom"/></body></opml>`;
    const defs = parseOpml(opml);
    expect(defs.map((d) => [d.id, d.name, d.format, d.kind])).toEqual([
      ['example-co', 'Example & Co', 'rss', 'news'],
      ['atom-one', 'Atom one', 'atom', 'news'],
    ]);
    expect(() => parseOpml('<html></html>')).toThrow(/opml/);
  });
});
