import { describe, expect, it } from 'vitest';
import { extractMainText, extractWithFallback, fastPathUnsure } from '../../../feeds/page.ts';

// Pages written for these tests (no text from the development corpus).
const story = [
  'The regulator opened a formal inquiry into the chip supplier on Tuesday, citing concerns about export licences and pricing.',
  'Officials in the trade ministry said the review would take several months, and that the company had been asked to hand over its contracts.',
  'The supplier said it had always complied with the rules, and that it would cooperate fully with the inquiry while continuing to serve its customers.',
  'Analysts expect the case to weigh on talks between the two governments, which have argued for a year over access to advanced processors.',
  'A spokesperson for the embassy declined to comment, saying only that the matter was being handled by the relevant authorities at home.',
  'Lawmakers on both sides have called for a quicker decision, arguing that uncertainty over the licences is hurting smaller firms that rely on the parts.',
];
const leftovers = [
  'Filed under trade, chips, regulation',
  'Reporting by a staff writer, editing by the desk',
  'Copyright 2026, all rights reserved worldwide',
  'Corrections, questions and tips: write to the desk',
  'Print edition, page 4, section B, late city',
  'Translated from the original, with notes, by staff',
];
const paras = (xs: string[]) => xs.map((s) => `<p>${s}</p>`).join('\n');
const storyText = story.join('\n\n');

describe('page text: Readability as a second opinion when the fast path is unsure', () => {
  it('takes Readability’s text when our rules read an unmarked layout too wide (a trim of ours)', () => {
    // No <article>/<main>/article-like class: the body is two plain columns, the second one a block of
    // short notes our rules keep (they score like paragraphs) and Readability drops ("supplemental").
    const html = `<html><head><title>Inquiry</title></head><body><div id="wrap">
      <div class="c1">${paras(story)}</div>
      <div class="supplemental">${paras(leftovers)}</div>
    </div></body></html>`;
    const r = extractWithFallback(html);
    expect(r.path).toBe('generic');
    expect(r.fallback).toBe('taken');
    expect(r.text).toBe(storyText);
    // The public entry point returns the same text, blocks separated by blank lines.
    expect(extractMainText(html).text).toBe(storyText);
  });

  it('keeps the fast path, without running Readability, on a marked article of full paragraphs', () => {
    const html = `<html><body><header><a href="/">Home</a></header><main><article><h1>Inquiry</h1>
      <div class="article-body">${paras(story)}</div></article></main>
      <footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>`;
    const r = extractWithFallback(html);
    expect(r.path).toBe('marked');
    expect(r.fallback).toBe('none');
    expect(r.text).toBe(storyText);
  });

  it('keeps ours when Readability is asked but does not return a trim of it', () => {
    // Marked body with many short lines (unsure), but the short lines are the article (a list of
    // measures): Readability returns the same text, so ours stays.
    const items = ['Export licences are suspended for ninety days.', 'Contracts must be filed with the ministry.', 'Prices are to be reported every month.'];
    const html = `<html><body><article><div class="story-body">${paras(story.slice(0, 2))}
      <ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></article></body></html>`;
    const r = extractWithFallback(html);
    expect(r.path).toBe('marked');
    expect(fastPathUnsure(r.text, r.path)).toBe(true);
    expect(r.fallback).toBe('checked');
    expect(r.text).toBe([...story.slice(0, 2), ...items].join('\n\n'));
  });

  it('judges unsure from the share of short lines in our text', () => {
    const long = 'x'.repeat(400);
    expect(fastPathUnsure(`${long}\n\n${long}`, 'marked')).toBe(false);
    expect(fastPathUnsure(`${long}\n\nshort line\n\n${'y'.repeat(90)}`, 'marked')).toBe(true);
    expect(fastPathUnsure(`${long}\n\n${long}`, 'generic')).toBe(true);
    expect(fastPathUnsure('', 'none')).toBe(false);
  });
});
