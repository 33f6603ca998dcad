import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, entryIdentities, entryIdentity } from '../../../feeds/url.ts';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&utm_medium=rss&b=2&a=1#top', 'https://www.example.com/News/Story?a=1&b=2'],
    ['http://example.com:80/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6&ref=tw&ref_src=twsrc', 'http://example.com/a'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://amp.example.com/story', 'https://www.example.com/story'],
    ['https://m.example.co.uk/story', 'https://www.example.co.uk/story'],
    ['https://mobile.example.com/story', 'https://www.example.com/story'],
    ['https://example.com/2026/01/story/amp/', 'https://example.com/2026/01/story'],
    ['https://example.com/amp/2026/01/story', 'https://example.com/2026/01/story'],
    ['https://example.com/story.amp.html', 'https://example.com/story.html'],
    ['https://example.com/story?amp', 'https://example.com/story'],
    ['https://example.com/story?amp=1&id=7', 'https://example.com/story?id=7'],
    ['https://example.com//a//b/', 'https://example.com/a/b'],
  ])('%s → %s', (input, expected) => expect(canonicalizeUrl(input)).toBe(expected));

  it('resolves against a base and is idempotent', () => {
    const c = canonicalizeUrl('../x?utm_campaign=y', 'https://Example.com/a/b/');
    expect(c).toBe('https://example.com/a/x');
    expect(canonicalizeUrl(c)).toBe(c);
  });

  it('throws on an invalid URL', () => expect(() => canonicalizeUrl('not a url')).toThrow());
});

describe('entryIdentity', () => {
  const item = { guid: null, link: null, title: 'Statement on chips', published: new Date('2026-01-01T00:00:00Z') };
  it('uses the GUID, then the canonical link, then a title/date hash', () => {
    expect(entryIdentity('s1', { ...item, guid: ' tag:a,2026:1 ' })).toBe('guid:tag:a,2026:1');
    expect(entryIdentity('s1', { ...item, link: 'https://Example.com/x?utm_source=rss' })).toBe('link:https://example.com/x');
    const h = entryIdentity('s1', item);
    expect(h).toMatch(/^hash:[0-9a-f]{40}$/);
    expect(entryIdentity('s1', { ...item })).toBe(h);
    expect(entryIdentity('s2', item)).not.toBe(h);
    expect(entryIdentity('s1', { ...item, title: 'Other' })).not.toBe(h);
  });
  it('is stable across polls that only change tracking parameters', () => {
    const a = entryIdentity(1, { ...item, link: 'https://example.com/x?utm_source=a' });
    const b = entryIdentity(1, { ...item, link: 'https://example.com/x?utm_source=b#frag' });
    expect(a).toBe(b);
  });
  it('does not trust a GUID shared by different links in one document', () => {
    const ids = entryIdentities('s', [
      { guid: 'same', link: 'https://e.example/1', title: 'a', published: null },
      { guid: 'same', link: 'https://e.example/2', title: 'b', published: null },
      { guid: 'unique', link: 'https://e.example/3', title: 'c', published: null },
    ]);
    expect(ids).toEqual(['link:https://e.example/1', 'link:https://e.example/2', 'guid:unique']);
  });
});
