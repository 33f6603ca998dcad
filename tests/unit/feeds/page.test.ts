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
