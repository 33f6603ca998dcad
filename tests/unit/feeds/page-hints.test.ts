/**
 * scanPage finds in one walk what page cleaning used to select with CSS selectors (title, byline and date
 * hints, JSON-LD scripts, meta tags): on random pages built from the cases that matter — `type` and `rel`
 * in any letter case, `itemprop` nesting, class lists, scripts and elements inside <head>, <template> and
 * <noscript> — it picks the same elements, in the same order, as cheerio's selectors.
 */
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../feeds/page.ts';

const PIECES = [
  '<h1>Head one</h1>', '<title>Page title</title>', '<h1 class="x">Second h1</h1>',
  '<p class="byline">By A</p>', '<span class="story byline-x">not a byline</span>', '<div class="a\tbyline">By tab</div>', '<p class="Byline">upper</p>',
  '<a rel="author" href="/a">Rel author</a>', '<a rel="AUTHOR">Rel upper</a>', '<a rel="author nofollow">two rels</a>',
  '<div itemprop="author"><span itemprop="name">Nested name</span></div>', '<span itemprop="name">Lone name</span>',
  '<div itemprop="Author"><b itemprop="name">case</b></div>', '<div itemprop="author"><div><i itemprop="name">deep</i></div></div>',
  '<time datetime="2026-11-20">Nov 20</time>', '<time>no attr</time>', '<time datetime="">empty</time>',
  '<script type="application/ld+json">{"headline":"LD"}</script>', '<script type="Application/LD+JSON">{"a":1}</script>',
  '<script type="application/json">{}</script>', '<script>var x = "<p class=byline>";</script>',
  '<meta name="author" content="M">', '<meta property="og:title" content="OG">', '<meta itemprop="datePublished" content="2026-01-01">',
  '<template><p class="byline">in template</p></template>', '<noscript><a rel="author">ns</a></noscript>', '<style>.byline{}</style>',
];
const page = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), fc.boolean())
  .map(([head, body, wrap]) => `<!doctype html><html><head>${head.join('')}</head><body>${wrap ? `<div class="byline-wrap"><section>${body.join('')}</section></div>` : body.join('')}</body></html>`);

describe('scanPage', () => {
  it("selects what cheerio's selectors select", () => {
    fc.assert(
      fc.property(page, (html) => {
        const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } } as cheerio.CheerioOptions);
        const h = scanPage($);
        const first = (sel: string) => $(sel).get(0) ?? null;
        expect(h.ldScripts).toEqual($('script[type="application/ld+json"]').get());
        expect(h.metas).toEqual($('meta').get());
        expect(h.h1).toBe(first('h1'));
        expect(h.title).toBe(first('title'));
        expect(h.byline).toBe(first('[rel="author"], [itemprop="author"] [itemprop="name"], .byline'));
        expect(h.time).toBe(first('time[datetime]'));
      }),
      { numRuns: 1500 },
    );
  });
});
