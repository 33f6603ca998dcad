/**
 * Limits on the HTML we parse (feeds/html-limits.ts), issue 19 finding 1: a megabyte of nested elements is
 * refused before any parser sees it, quickly and with a stable reason, in page cleaning, feed-item content and
 * HTML list pages; ordinary markup (unclosed paragraphs and list items, void elements, scripts) is not.
 */
import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../../feeds/page.ts';
import { FeedParseError, parseHtmlList } from '../../../feeds/parse.ts';
import { HtmlTooComplexError, MAX_HTML_DEPTH, measureHtml } from '../../../feeds/html-limits.ts';
import { fragmentToText } from '../../../workers/fetch-article.ts';

const MEGABYTE_OF_DIVS = '<div>'.repeat(200_000);
const closedDeep = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>${'A sentence of text, with commas, '.repeat(5)}</p>${'</div>'.repeat(n)}</body></html>`;

function timed<T>(fn: () => T): { ms: number; value?: T; error?: unknown } {
  const t = performance.now();
  try {
    const value = fn();
    return { ms: performance.now() - t, value };
  } catch (error) {
    return { ms: performance.now() - t, error };
  }
}

describe('HTML limits', () => {
  it('page cleaning refuses a megabyte of unclosed <div> in well under a second, as too deep', () => {
    const r = timed(() => extractMainText(`<html><body>${MEGABYTE_OF_DIVS}</body></html>`));
    expect(r.error).toBeInstanceOf(HtmlTooComplexError);
    expect((r.error as Error).message).toBe(`page: HTML nested deeper than ${MAX_HTML_DEPTH} levels`);
    expect(r.ms).toBeLessThan(1000);
  });

  it('page cleaning refuses 6,000 closed levels (where the tree walk overflowed the stack) with the same reason', () => {
    const r = timed(() => extractMainText(closedDeep(6_000)));
    expect(r.error).toBeInstanceOf(HtmlTooComplexError);
  });

  it('a page 300 levels deep is still cleaned', () => {
    expect(extractMainText(closedDeep(300)).text).toMatch(/^A sentence of text/);
  });

  it('feed-item content and HTML list pages are refused the same way', () => {
    const item = timed(() => fragmentToText(`${'<span>'.repeat(50_000)}text`));
    expect(item.error).toBeInstanceOf(HtmlTooComplexError);
    expect(item.ms).toBeLessThan(1000);
    const list = timed(() => parseHtmlList(`<html><body>${MEGABYTE_OF_DIVS}</body></html>`, { item: 'li', title: 'a', link: 'a' }));
    expect(list.error).toBeInstanceOf(FeedParseError);
    expect((list.error as FeedParseError).kind).toBe('too_complex');
    expect(list.ms).toBeLessThan(1000);
  });

  it('counts what a parser nests: unclosed <p> and <li>, void elements, scripts and comments do not add depth', () => {
    const html = `<html><head><script>for (let i = 0; i < 9; i++) document.write('<div><div><div>')</script><!-- <div><div> --></head><body>
      <ul>${'<li>item <br><img src=x>'.repeat(2_000)}</ul>${'<p>para <input> '.repeat(2_000)}<table>${'<tr><td>a<td>b'.repeat(500)}</table></body></html>`;
    expect(measureHtml(html).depth).toBeLessThanOrEqual(6);
  });

  it('a stray close tag does not unwind the whole stack', () => {
    expect(measureHtml(`${'<div>'.repeat(50)}</span>${'<div>'.repeat(50)}`).depth).toBe(100);
  });
});
