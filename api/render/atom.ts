/** Atom 1.0 (RFC 4287) feeds of timeline events, one per dispute and one per actor (pure). */
import { escapeXml, safeHttpUrl } from './escape.ts';
import type { TimelineEventCore } from '../../disputes/types.ts';

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'related' | 'self' | 'via';
  title?: string;
  type?: string;
}

export interface AtomEntry {
  /** A permanent IRI, e.g. `urn:brinkwatch:timeline-entry:42`. */
  id: string;
  title: string;
  updated: Date | string;
  published?: Date | string;
  summary?: string;
  /** Plain text; rendered as `type="text"` so feed readers never run markup from crawled articles. */
  content?: string;
  links: AtomLink[];
  categories?: string[];
  author?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl?: string;
  updated: Date | string;
  entries: AtomEntry[];
}

const iso = (d: Date | string) => (typeof d === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : new Date(d).toISOString()) : d.toISOString());

function link(l: AtomLink): string {
  const href = safeHttpUrl(l.href) ?? (l.href.startsWith('urn:') ? l.href : null);
  if (!href) return '';
  const attrs = [`href="${escapeXml(href)}"`, `rel="${l.rel ?? 'alternate'}"`];
  if (l.type) attrs.push(`type="${escapeXml(l.type)}"`);
  if (l.title) attrs.push(`title="${escapeXml(l.title)}"`);
  return `<link ${attrs.join(' ')}/>`;
}

/** Renders an Atom 1.0 document; every entry carries its own author (RFC 4287 §4.1.1 needs one somewhere). */
export function renderAtomFeed(feed: AtomFeed): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
  ];
  if (feed.subtitle) out.push(`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`);
  out.push(`  <updated>${iso(feed.updated)}</updated>`);
  out.push(`  ${link({ href: feed.selfUrl, rel: 'self', type: 'application/atom+xml' })}`);
  if (feed.alternateUrl) out.push(`  ${link({ href: feed.alternateUrl, rel: 'alternate', type: 'text/html' })}`);
  out.push('  <author><name>Brinkwatch</name></author>', '  <generator>Brinkwatch</generator>');
  for (const e of feed.entries) {
    out.push('  <entry>');
    out.push(`    <id>${escapeXml(e.id)}</id>`);
    out.push(`    <title type="text">${escapeXml(e.title)}</title>`);
    out.push(`    <updated>${iso(e.updated)}</updated>`);
    if (e.published) out.push(`    <published>${iso(e.published)}</published>`);
    if (e.author) out.push(`    <author><name>${escapeXml(e.author)}</name></author>`);
    for (const l of e.links) {
      const s = link(l);
      if (s) out.push(`    ${s}`);
    }
    for (const c of e.categories ?? []) out.push(`    <category term="${escapeXml(c)}"/>`);
    if (e.summary) out.push(`    <summary type="text">${escapeXml(e.summary)}</summary>`);
    if (e.content) out.push(`    <content type="text">${escapeXml(e.content)}</content>`);
    out.push('  </entry>');
  }
  out.push('</feed>', '');
  return out.join('\n');
}

/** A timeline event as the API returns it (db/queries/disputes.ts › getTimelineWithSources), plus its dispute. */
export interface AtomTimelineItem extends TimelineEventCore {
  firstReportedAt: Date | string;
  disputeId: number;
  disputeTitle: string;
  sources: { url: string; outlet: string; title: string | null }[];
}

/** Maps timeline events to Atom entries: title "TYPE: actor → target", links to the dispute page and every source. */
export function timelineToAtomEntries(items: AtomTimelineItem[], baseUrl: string): AtomEntry[] {
  return items.map((e) => {
    const sourceLines = e.sources.map((s) => `- ${s.outlet}: ${s.title ?? s.url} <${s.url}>`);
    return {
      id: `urn:brinkwatch:timeline-entry:${e.id}`,
      title: `${e.date} ${e.type}: ${e.actor}${e.target ? ` → ${e.target}` : ''} (${e.disputeTitle})`,
      updated: e.firstReportedAt,
      published: e.firstReportedAt,
      summary: e.sentence,
      content: [
        e.sentence,
        e.quote ? `“${e.quote}”` : null,
        `Reported by ${e.corroboration} outlet${e.corroboration === 1 ? '' : 's'}.`,
        sourceLines.length ? `Sources:\n${sourceLines.join('\n')}` : null,
      ]
        .filter(Boolean)
        .join('\n\n'),
      links: [
        { href: `${baseUrl}/app/disputes/${e.disputeId}#entry-${e.id}`, rel: 'alternate' as const, type: 'text/html', title: e.disputeTitle },
        ...e.sources.map((s) => ({ href: s.url, rel: 'related' as const, title: `${s.outlet}${s.title ? `: ${s.title}` : ''}` })),
      ],
      categories: [e.type],
      author: e.actor,
    };
  });
}
