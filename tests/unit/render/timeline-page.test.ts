import { describe, expect, it } from 'vitest';
import { levelSeries, renderActorPage, renderDisputeIndex, renderDisputePage } from '../../../api/render/timeline-page.ts';
import { pageFixture } from './fixtures.ts';


describe('renderDisputePage', () => {
  const html = renderDisputePage(pageFixture());

  it('shows the events in date order with evidence and the level rising', () => {
    const ids = [...html.matchAll(/<li id="entry-(\d+)" class="event"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([10, 11, 12]);
    expect(html).toContain('Reported by <strong>2</strong> outlets');
    expect(html).toContain('<a href="https://wire.example/a1" rel="noopener noreferrer nofollow">Wire</a>');
    expect(html).toContain('also carried by <a href="https://copy.example/a1"');
    expect(html).toContain('Answers the <a href="#entry-10">accusation of 18 Nov 2026</a>');
    expect(html).toContain('<blockquote>“baseless and protectionist”</blockquote>');
    expect(html).toContain('Rose from accusation to legal action on 20 Nov 2026');
  });

  it('reads events, levels and changes as words, not enum names', () => {
    expect(html).toContain('<h3 class="event-head">Anthropic accused Alibaba <span class="badge">accusation</span></h3>');
    expect(html).toContain("<h3 class=\"event-head\">Alibaba denied Anthropic&#39;s accusation");
    // The complaint's evidence makes its legal action a complaint, not a lawsuit.
    expect(html).toContain('Anthropic filed a complaint against Alibaba');
    expect(html).toContain('Level: <strong>legal action (6 of 7)</strong>');
    const visible = html.replace(/<[^>]*>/g, ' ');
    expect(visible).not.toMatch(/\b(ALLEGATION|LEGAL_ACTION|DENIAL|DEESCALATION)\b/);
  });

  it("links each party to its actor page, not to raw Atom", () => {
    expect(html).toContain('<a href="/app/actors/1">Alibaba</a>');
    expect(html).not.toContain('href="/actors/1/atom"');
  });

  it('draws one chart point per event with the level after it, and an accessible title', () => {
    const points = [...html.matchAll(/<circle class="point" data-entry-id="(\d+)" data-level="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // Two renderings (wide and narrow), each with a point per event.
    expect(points).toEqual([[10, 2], [11, 6], [12, 6], [10, 2], [11, 6], [12, 6]]);
    expect(html).toContain('role="img" aria-labelledby="chart-wide-title chart-wide-desc"');
    expect(html).toContain('<title id="chart-wide-title">Escalation level of Alibaba – Anthropic: model training data over time</title>');
    // The y axis is the level, labelled with the ladder's words from calm to restrictions.
    const axis = [...html.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="end" font-size="12">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(axis.slice(0, 8)).toEqual(['calm', 'demand', 'accusation', 'denial', 'threat', 'investigation', 'legal action', 'restrictions']);
    expect(html).toContain('the level started at accusation, peaked at legal action and stands at legal action.');
    // A table carries the chart's data for readers who cannot see it.
    expect(html).toContain('<summary>The chart as a table</summary>');
    expect(html).toContain('<tr><td>20 Nov 2026</td><td>Anthropic filed a complaint against Alibaba</td><td>legal action</td></tr>');
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
      ladderLevels: f.ladderLevels,
      generatedAt: f.generatedAt,
    });
    expect([...html.matchAll(/data-dispute-id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([5, 1]);
    expect(html).toContain('<a href="/app/disputes/5">Export &lt;controls&gt;</a>');
    expect(html).toContain('<th scope="col">Level</th>');
    expect(html).toContain('<td class="inline" data-label="Level">restrictions (7 of 7)</td>');
  });
});

describe('renderActorPage', () => {
  it("lists the actor's disputes and recent events as sentences, with its feed", () => {
    const f = pageFixture();
    const html = renderActorPage({
      actor: { id: 1, name: 'Alibaba', kind: 'company', aliases: ['Alibaba Cloud'] },
      disputes: [{ id: 1, title: f.dispute.title, issue: f.dispute.issue, status: 'escalating', level: 6, levelType: 'LEGAL_ACTION', lastEventAt: '2026-11-20' }],
      events: [{ entry: { ...f.entries[0]!, answers: { type: 'ALLEGATION', actor: 'Anthropic' } }, dispute: { id: 1, title: f.dispute.title } }],
      ladderLevels: f.ladderLevels,
      deescalationType: 'DEESCALATION',
      generatedAt: f.generatedAt,
    });
    expect(html).toContain('<h1>Alibaba</h1>');
    expect(html).toContain('Also called: <strong>Alibaba Cloud</strong>');
    expect(html).toContain('<a href="/app/disputes/1">Alibaba – Anthropic: model training data</a> — legal action (6 of 7)');
    expect(html).toContain('Alibaba denied Anthropic&#39;s accusation');
    expect(html).toContain('<a href="/app/disputes/1#entry-12">');
    expect(html).toContain('<a href="/actors/1/atom">Follow Alibaba (Atom feed)</a>');
  });
});
