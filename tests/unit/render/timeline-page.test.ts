import { describe, expect, it } from 'vitest';
import { levelSeries, renderDisputeIndex, renderDisputePage } from '../../../api/render/timeline-page.ts';
import { pageFixture } from './fixtures.ts';


describe('renderDisputePage', () => {
  const html = renderDisputePage(pageFixture());

  it('shows the events in date order with evidence and the level rising', () => {
    const ids = [...html.matchAll(/<li id="entry-(\d+)" class="event"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([10, 11, 12]);
    expect(html).toContain('reported by <strong>2</strong> outlets');
    expect(html).toContain('<a href="https://wire.example/a1" rel="noopener noreferrer nofollow">Wire</a>');
    expect(html).toContain('also carried by <a href="https://copy.example/a1"');
    expect(html).toContain('Answers the <a href="#entry-10">allegation of 2026-11-18</a>');
    expect(html).toContain('<blockquote>“baseless and protectionist”</blockquote>');
    expect(html).toContain('escalated from ALLEGATION to LEGAL_ACTION on 2026-11-20');
  });

  it('draws one chart point per event with the level after it, and an accessible title', () => {
    const points = [...html.matchAll(/<circle class="point" data-entry-id="(\d+)" data-level="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toEqual([[10, 2], [11, 6], [12, 6]]);
    expect(html).toContain('role="img" aria-labelledby="chart-title chart-desc"');
    expect(html).toContain('<title id="chart-title">Escalation level of Alibaba – Anthropic: model training data over time</title>');
    expect(html).toContain('>LEGAL_ACTION</text>');
  });

  it('is a self-contained page: headings, no script, no external asset', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h1>Alibaba – Anthropic: model training data</h1>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link rel="stylesheet"|src="http/i);
  });

  it('escapes hostile text and drops javascript: links', () => {
    const data = pageFixture();
    data.dispute.title = '<script>alert(1)</script>';
    data.entries[0]!.sentence = '"><img src=x onerror=alert(1)>';
    data.entries[0]!.sources[0]!.url = 'javascript:alert(1)';
    data.entries[0]!.sources[0]!.outlet = '<b>Evil</b>';
    const evil = renderDisputePage(data);
    expect(evil).not.toContain('<script>alert(1)</script>');
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).not.toContain('<img src=x');
    expect(evil).not.toContain('href="javascript:');
    expect(evil).toContain('&lt;b&gt;Evil&lt;/b&gt;');
  });

  it('handles a dispute with no events', () => {
    const data = { ...pageFixture(), entries: [], changes: [] };
    const page = renderDisputePage(data);
    expect(page).toContain('No events yet.');
    expect(page).not.toContain('class="point"');
  });
});

describe('levelSeries', () => {
  it('carries the level forward between change records', () => {
    const f = pageFixture();
    const sorted = [...f.entries].sort((a, b) => a.id - b.id);
    expect(levelSeries(sorted, f.changes).map((s) => s.level)).toEqual([2, 6, 6]);
  });
});

describe('renderDisputeIndex', () => {
  it('lists disputes in the given order with links and escapes titles', () => {
    const f = pageFixture();
    const html = renderDisputeIndex({
      disputes: [{ ...f.dispute, id: 5, title: 'Export <controls>', level: 7 }, f.dispute],
      generatedAt: f.generatedAt,
    });
    expect([...html.matchAll(/data-dispute-id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([5, 1]);
    expect(html).toContain('<a href="/app/disputes/5">Export &lt;controls&gt;</a>');
    expect(html).toContain('<th scope="col">Level</th>');
  });
});
