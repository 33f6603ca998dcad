import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, parseHtmlList } from '../../../feeds/parse.ts';

async function kindOf(input: string | Uint8Array): Promise<string> {
  try {
    await parseFeed(input);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
    return (err as FeedParseError).kind;
  }
}

const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Ministry of Commerce</title><link>https://example.gov/news/</link><ttl>90</ttl>
<item><title>Export controls updated</title><link>/news/2026/controls.html</link><guid isPermaLink="false">moc-123</guid>
<pubDate>Mon, 05 Jan 2026 10:00:00 +0800</pubDate><description>Short summary</description>
<content:encoded><![CDATA[<p>Full text &amp; more</p>]]></content:encoded><dc:creator>Press Office</dc:creator></item>
<item><title>Second</title><link>https://example.gov/news/2.html</link></item>
</channel></rss>`;

describe('parseFeed: XML formats', () => {
  it('reads RSS 2.0 items with relative links resolved against the feed URL', async () => {
    const f = await parseFeed(RSS2, { url: 'https://example.gov/rss.xml' });
    expect(f).toMatchObject({ format: 'rss2', title: 'Ministry of Commerce', link: 'https://example.gov/news/', ttlMinutes: 90 });
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toEqual({
      guid: 'moc-123',
      link: 'https://example.gov/news/2026/controls.html',
      title: 'Export controls updated',
      published: new Date('2026-01-05T02:00:00Z'),
      summary: 'Short summary',
      content: '<p>Full text &amp; more</p>',
      author: 'Press Office',
    });
  });

  it('detects RSS 0.91, 0.92 and 0.90 and versionless RSS', async () => {
    const rss = (v: string) => `<rss${v}><channel><title>t</title><item><title>a</title><link>http://a.example/1</link></item></channel></rss>`;
    expect((await parseFeed(rss(' version="0.91"'))).format).toBe('rss091');
    expect((await parseFeed(rss(' version="0.92"'))).format).toBe('rss092');
    expect((await parseFeed(rss(''))).format).toBe('rss2');
    const rss090 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
      <channel><title>Old</title><link>http://old.example/</link></channel><item><title>One</title><link>http://old.example/1</link></item></rdf:RDF>`;
    const f = await parseFeed(rss090);
    expect(f.format).toBe('rss090');
    expect(f.items[0].link).toBe('http://old.example/1');
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="https://court.example/feed"><title>Court docket</title><link>https://court.example/</link></channel>
 <item rdf:about="https://court.example/case/1"><title>Order on motion</title><link>https://court.example/case/1</link>
  <dc:date>2026-02-01T09:30:00Z</dc:date><description>Granted.</description></item>
</rdf:RDF>`;
    const f = await parseFeed(rdf);
    expect(f.format).toBe('rdf');
    expect(f.items[0]).toMatchObject({ guid: 'https://court.example/case/1', title: 'Order on motion', published: new Date('2026-02-01T09:30:00Z'), summary: 'Granted.' });
  });

  it('reads Atom 1.0 and survives an unreadable date and an attribute-less link', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Regulator</title><link href="https://reg.example/"/>
      <entry><id>urn:reg:1</id><title>Decision</title><link rel="alternate" href="decisions/1"/><updated>2026-03-01T12:00:00Z</updated>
      <summary>Fine imposed</summary><author><name>Board</name></author></entry>
      <entry><id>urn:reg:2</id><title>Broken date</title><link>https://reg.example/2</link><published>sometime soon</published></entry></feed>`;
    const f = await parseFeed(atom, { url: 'https://reg.example/feed.atom' });
    expect(f.format).toBe('atom');
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toMatchObject({ guid: 'urn:reg:1', link: 'https://reg.example/decisions/1', published: new Date('2026-03-01T12:00:00Z'), summary: 'Fine imposed', author: 'Board' });
    expect(f.items[1]).toMatchObject({ title: 'Broken date', published: null, link: 'https://reg.example/2' });
  });

  it('classifies empty, whitespace, BOM-only and comment-only documents as empty', async () => {
    for (const doc of ['', '   \n', '\uFEFF', '<?xml version="1.0"?>', '<!-- nothing -->']) expect(await kindOf(doc)).toBe('empty');
    expect(await kindOf(new Uint8Array())).toBe('empty');
  });

  it('rejects rootless text and HTML as not_a_feed', async () => {
    expect(await kindOf('just some text')).toBe('not_a_feed');
    expect(await kindOf('<!DOCTYPE html><html><body><p>Hello</p></body></html>')).toBe('not_a_feed');
  });

  it('reports malformed XML', async () => {
    expect(await kindOf('<rss version="2.0"><channel><item><title>a</item></channel></rss>')).toBe('malformed_xml');
  });

  it('neutralises a billion-laughs document quickly, without expanding entities', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [
 <!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>`;
    const t0 = performance.now();
    const f = await parseFeed(lol);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(f.title).toBe('&lol9;');
  });

  it('maps HTML named entities and keeps the XML ones', async () => {
    const f = await parseFeed('<rss version="2.0"><channel><title>Caf&eacute; &amp; AT&T &copy;</title></channel></rss>');
    expect(f.title).toBe('Café & AT&T ©');
  });

  it('does not let one broken document poison the next parse (fresh parser per call)', async () => {
    expect((await parseFeed(`${RSS2} trailing text`)).items).toHaveLength(2);
    expect(await kindOf('<rss version="2.0"><channel></rss>')).toBe('malformed_xml');
  });

  it('closes a document cut off after its last item', async () => {
    const f = await parseFeed('<rss version="2.0"><channel><item><title>a</title></item></channel></rss');
    expect(f.items).toHaveLength(1);
  });

  it('decodes bytes with their charset before parsing', async () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>'), Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]), Buffer.from('</title></channel></rss>')]);
    expect((await parseFeed(bytes)).title).toBe('Zürich');
  });

  it('refuses documents over the size cap', async () => {
    expect(await kindOf(new Uint8Array(16 * 1024 * 1024))).toBe('too_large');
  });
});

describe('parseFeed: JSON formats', () => {
  it('reads JSON Feed 1.1', async () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Lab blog',
      home_page_url: 'https://lab.example/',
      items: [{ id: '1', url: '/posts/1', title: 'Model release', content_html: '<p>Hi</p>', date_published: '2026-04-01T00:00:00Z', authors: [{ name: 'Ann' }] }],
    });
    const f = await parseFeed(doc, { url: 'https://lab.example/feed.json' });
    expect(f).toMatchObject({ format: 'json', title: 'Lab blog' });
    expect(f.items[0]).toEqual({ guid: '1', link: 'https://lab.example/posts/1', title: 'Model release', published: new Date('2026-04-01T00:00:00Z'), summary: null, content: '<p>Hi</p>', author: 'Ann' });
  });

  it('reads the Federal Register documents API', async () => {
    const doc = JSON.stringify({
      count: 1,
      results: [{ title: 'Additions to the Entity List', type: 'Rule', abstract: 'BIS adds entities.', document_number: '2026-01234', html_url: 'https://www.federalregister.gov/documents/2026/01/15/2026-01234/additions', publication_date: '2026-01-15', agencies: [{ name: 'Industry and Security Bureau' }] }],
    });
    const f = await parseFeed(doc);
    expect(f.format).toBe('federal-register');
    expect(f.items[0]).toEqual({
      guid: '2026-01234',
      link: 'https://www.federalregister.gov/documents/2026/01/15/2026-01234/additions',
      title: 'Additions to the Entity List',
      published: new Date('2026-01-15T00:00:00Z'),
      summary: 'BIS adds entities.',
      content: null,
      author: 'Industry and Security Bureau',
    });
  });

  it('rejects other JSON and broken JSON', async () => {
    expect(await kindOf('{"hello": 1}')).toBe('not_a_feed');
    expect(await kindOf('{"version": ')).toBe('malformed_json');
  });
});

describe('parseHtmlList', () => {
  const html = `<html><head><title>Spokesperson's Remarks</title></head><body>
    <ul class="list"><li><a href="/remarks/2026-05-02.html">Regular Press Conference on May 2, 2026</a><span class="date">2026-05-02</span></li>
    <li><a href="remarks/2026-05-01.html">Regular Press Conference on May 1, 2026</a><span class="date">2026-05-01</span></li></ul></body></html>`;
  it('reads items by CSS selectors and resolves links against the page URL', () => {
    const f = parseHtmlList(html, { item: 'ul.list li', title: 'a', link: 'a', date: '.date' }, 'https://mfa.example/eng/xw/');
    expect(f.format).toBe('html-list');
    expect(f.title).toBe("Spokesperson's Remarks");
    expect(f.items.map((i) => i.link)).toEqual(['https://mfa.example/remarks/2026-05-02.html', 'https://mfa.example/eng/xw/remarks/2026-05-01.html']);
    expect(f.items[0].published).toEqual(new Date('2026-05-02T00:00:00Z'));
  });
  it('is reachable through parseFeed with htmlList selectors', async () => {
    const f = await parseFeed(html, { url: 'https://mfa.example/eng/xw/', htmlList: { item: 'ul.list li', title: 'a', link: 'a' } });
    expect(f.items).toHaveLength(2);
  });
});
