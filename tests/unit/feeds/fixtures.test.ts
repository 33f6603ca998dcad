import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../../feeds/parse.ts';
import { canonicalizeUrl, entryIdentities } from '../../../feeds/url.ts';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url)));

describe('feed fixtures', () => {
  it('ministry RSS 2.0: relative links, TTL, identities stable across two polls', async () => {
    const f = await parseFeed(read('ministry-rss2.xml'), { url: 'https://ministry.example/spokesperson/rss.xml' });
    expect(f).toMatchObject({ format: 'rss2', ttlMinutes: 120 });
    expect(f.items.map((i) => i.link)).toEqual(['https://ministry.example/spokesperson/2026/0107.html', 'https://ministry.example/spokesperson/2026/0105.html?utm_source=rss']);
    expect(canonicalizeUrl(f.items[1].link!)).toBe('https://ministry.example/spokesperson/2026/0105.html');
    const again = await parseFeed(read('ministry-rss2.xml'), { url: 'https://ministry.example/spokesperson/rss.xml' });
    expect(entryIdentities('mofcom', again.items)).toEqual(entryIdentities('mofcom', f.items));
    expect(entryIdentities('mofcom', f.items)).toEqual(['guid:mofcom-2026-0107', 'link:https://ministry.example/spokesperson/2026/0105.html']);
  });
  it('regulator Atom', async () => {
    const f = await parseFeed(read('regulator-atom.xml'), { url: 'https://dpb.example/decisions/feed.atom' });
    expect(f.format).toBe('atom');
    expect(f.items[0]).toMatchObject({ link: 'https://dpb.example/decisions/14-suspension.html', published: new Date('2026-03-02T10:00:00Z') });
  });
  it('Federal Register documents API', async () => {
    const f = await parseFeed(read('federal-register.json'));
    expect(f.format).toBe('federal-register');
    expect(f.items.map((i) => i.guid)).toEqual(['2026-00001', '2026-00002']);
    expect(f.items[1].summary).toBeNull();
  });
});
