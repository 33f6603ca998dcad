import { describe, expect, it } from 'vitest';
import { renderAtomFeed, timelineToAtomEntries } from '../../../api/render/atom.ts';

describe('renderAtomFeed', () => {
  const items = timelineToAtomEntries(
    [
      { id: 7, date: '2026-11-20', type: 'DENIAL', actor: 'Alibaba', target: 'Anthropic', sentence: 'Alibaba called the claims <baseless> & protectionist.', quote: 'baseless', corroboration: 1, firstReportedAt: new Date('2026-11-20T15:00:00Z'), disputeId: 3, disputeTitle: 'Alibaba – Anthropic', sources: [{ outlet: 'Desk', url: 'https://d.example/a?x=1&y=2', title: 'Denial' }, { outlet: 'Bad', url: 'javascript:alert(1)', title: null }] },
    ],
    'https://bw.example',
  );
  const xml = renderAtomFeed({ id: 'urn:brinkwatch:dispute:3', title: 'Brinkwatch: A & B', selfUrl: 'https://bw.example/disputes/3/atom', updated: new Date('2026-11-20T15:00:00Z'), entries: items });

  it('is a well-formed Atom 1.0 document with required elements', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<title type="text">Brinkwatch: A &amp; B</title>');
    expect(xml).toContain('<link href="https://bw.example/disputes/3/atom" rel="self" type="application/atom+xml"/>');
    expect(xml).toContain('<id>urn:brinkwatch:timeline-entry:7</id>');
    expect(xml).toContain('<updated>2026-11-20T15:00:00.000Z</updated>');
    // The authors are the outlets that reported the event, not the actor.
    expect(xml).toContain('<author><name>Desk</name></author>');
    expect(xml).toContain('<author><name>Bad</name></author>');
    expect(xml).not.toContain('<author><name>Alibaba</name></author>');
    expect(xml).toContain('<category term="DENIAL" label="denial"/>');
    expect(xml).toContain('<title type="text">20 Nov 2026: Alibaba denied Anthropic&#39;s claims</title>');
    // Balanced: one entry open and close.
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml.match(/<\/entry>/g)).toHaveLength(1);
  });

  it('content is HTML with the evidence and clickable sources, escaped once for XML', () => {
    const content = /<content type="html">([^<]*)<\/content>/.exec(xml)![1]!;
    // What a feed reader shows after unescaping the XML.
    const shown = content.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(shown).toContain('<p><strong>Alibaba denied Anthropic&#39;s claims</strong> (20 Nov 2026, denial)</p>');
    expect(shown).toContain('<blockquote><p>Alibaba called the claims &lt;baseless&gt; &amp; protectionist.</p></blockquote>');
    expect(shown).toContain('<li><a href="https://d.example/a?x=1&amp;y=2">Desk</a> — Denial</li>');
    expect(shown).toContain('<li>Bad</li>');
    expect(shown).toContain('<a href="https://bw.example/app/disputes/3#entry-7">The timeline of Alibaba – Anthropic</a>');
    expect(shown).not.toContain('javascript:');
  });

  it('escapes text and drops non-http links', () => {
    expect(xml).toContain('&lt;baseless&gt; &amp; protectionist');
    expect(xml).toContain('href="https://d.example/a?x=1&amp;y=2" rel="related"');
    expect(xml).not.toContain('javascript:alert(1)"');
    expect(xml).toContain('href="https://bw.example/app/disputes/3#entry-7" rel="alternate" type="text/html"');
  });
});
