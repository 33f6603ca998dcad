/**
 * The demo's sample server answers every item link of the sample feeds, so each evidence link the demo shows opens
 * while it runs: the five written pages as they are, every other item as a page made from its feed item whose main
 * text (our own page cleaner) is the item's text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleServer, type SampleServer } from '../../../cli/sample-server.ts';
import { extractMainText } from '../../../feeds/page.ts';
import { parseFeed } from '../../../feeds/parse.ts';

let samples: SampleServer;
beforeAll(async () => {
  samples = await startSampleServer('feeds/samples');
});
afterAll(async () => {
  await samples?.close();
});

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('sample server', () => {
  it('answers every item link of every sample feed with an HTML page holding the item', async () => {
    let items = 0;
    let made = 0;
    for (const name of ['techwire.rss', 'globaldesk.atom', 'regulator.rss', 'courts.rss']) {
      const feed = await parseFeed(await (await fetch(`${samples.base}/${name}`)).text());
      for (const item of feed.items) {
        items++;
        const res = await fetch(item.link!);
        expect(res.status, item.link!).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const page = extractMainText(await res.text(), item.link);
        if (existsSync(join('feeds/samples', new URL(item.link!).pathname))) continue; // one of the written pages
        made++;
        // A page made from the item: its main text holds the item's text.
        const own = words(load(item.content ?? `<p>${item.summary ?? ''}</p>`).root().text());
        expect(words(page.text), item.link!).toContain(own.slice(0, 60));
      }
    }
    expect(items).toBe(26);
    expect(made).toBe(20); // 404 before the sample server made pages from feed items
  });

  it('still answers 404 for a path that is neither a file nor an item', async () => {
    expect((await fetch(`${samples.base}/articles/no-such-story.html`)).status).toBe(404);
    expect((await fetch(`${samples.base}/static/site.css`)).status).toBe(404);
  });
});
