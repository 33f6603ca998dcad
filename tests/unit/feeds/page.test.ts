import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMainText } from '../../../feeds/page.ts';

const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const pairs = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('extractMainText golden pairs (tests/fixtures/pages/x.html → x.txt)', () => {
  it.each(pairs)('%s', (file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const expected = readFileSync(join(dir, file.replace(/\.html$/, '.txt')), 'utf8').trim();
    expect(extractMainText(html).text).toBe(expected);
  });
});

describe('extractMainText metadata', () => {
  it('reads title, byline and date from meta tags', () => {
    const r = extractMainText(readFileSync(join(dir, 'news-article.html'), 'utf8'));
    expect(r).toMatchObject({ title: 'Beijing accuses Washington over chip curbs', byline: 'Jane Doe', published: '2026-01-07T08:30:00Z' });
  });
  it('reads them from JSON-LD', () => {
    const r = extractMainText(readFileSync(join(dir, 'ministry-statement.html'), 'utf8'));
    expect(r).toMatchObject({ title: 'Statement on unfair practices', byline: 'Press Office', published: '2026-02-10' });
  });
  it('uses a long JSON-LD articleBody when the page body is not in the DOM', () => {
    const body = 'Regulators opened an inquiry into the model provider. '.repeat(10).trim();
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script></head><body><div id="app"></div></body></html>`;
    expect(extractMainText(html).text).toBe(body);
  });
  it('returns empty text for an empty page', () => {
    expect(extractMainText('').text).toBe('');
  });
});

describe('extractMainText: "related" headings', () => {
  const para = (s: string) => `<p>${s} The ministry said the review of the cloud provider would take several months, and officials declined to comment further on the complaint.</p>`;
  const page = (heading: string) => `<html><body><main><article><div class="story-body">
    ${para('Regulators opened an inquiry into the model provider on Monday.')}
    ${para('The company denied the claims and called them baseless.')}
    ${heading}
    <p>Other story: football scores from the weekend.</p>
    <p>Yet another story about the weather in spring.</p>
    ${para('Analysts said the case could take years.')}
  </div></article></main></body></html>`;

  it('drops the teasers after a heading whose text, padded with whitespace past the part first cleaned, is only "Related"', () => {
    const text = extractMainText(page(`<h2><span>\n${' '.repeat(300)}</span><span>\nRelated\n</span>${'\n '.repeat(200)}</h2>`)).text;
    expect(text).toContain('baseless');
    expect(text).toContain('take years');
    expect(text).not.toContain('Other story');
    expect(text).not.toContain('Yet another story');
  });
  it('keeps a paragraph that opens with "Related" but runs on (a heading is short)', () => {
    const text = extractMainText(page(`<p>Related matters were raised by the delegation of the opposing government at the same hearing in Geneva.</p>`)).text;
    expect(text).toContain('Related matters were raised');
    expect(text).toContain('Other story: football');
  });
});

describe('extractMainText: scripts and styles', () => {
  it('leaves out the code of scripts and styles inside the article', () => {
    const p = '<p>Regulators opened an inquiry into the model provider on Monday, and the company denied the claims, calling them baseless and protectionist.</p>';
    const html = `<html><body><article><div class="story-body">${p}<script>window.trackingPixel = "analytics code that is not article text";</script>${p}<style>.story-body { color: red }</style>${p}</div></article></body></html>`;
    const text = extractMainText(html).text;
    expect(text).toContain('baseless and protectionist');
    expect(text).not.toContain('trackingPixel');
    expect(text).not.toContain('color: red');
  });
});
