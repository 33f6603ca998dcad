/**
 * Atom 1.0 (RFC 4287) feeds of timeline events, one per dispute and one per actor (pure). An entry's title is the
 * event as a sentence, its content HTML (`type="html"`, RFC 4287 §3.1.1.2: escaped markup) with the evidence, the
 * quote and a link to every source, and its authors are the outlets that reported it — the feed reports what they
 * wrote; the actor is the entry's subject, not its author.
 */
import { escapeHtml, escapeXml, safeHttpUrl } from './escape.ts';
import type { TimelineEventCore } from '../../disputes/types.ts';
import { eventNoun, eventSentence, formatDay } from './words.ts';

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
  /**
   * HTML built here from escaped text and http(s) links only (never markup from crawled articles), sent as
   * `type="html"` so feed readers show clickable sources.
   */
  contentHtml?: string;
  links: AtomLink[];
  categories?: { term: string; label?: string }[];
  /** The outlets that reported the event; none leaves the feed's own author (Brinkwatch). */
  authors?: { name: string; uri?: string }[];
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
    for (const a of e.authors ?? []) {
      const uri = a.uri ? safeHttpUrl(a.uri) : null;
      out.push(`    <author><name>${escapeXml(a.name)}</name>${uri ? `<uri>${escapeXml(uri)}</uri>` : ''}</author>`);
    }
    for (const l of e.links) {
      const s = link(l);
      if (s) out.push(`    ${s}`);
    }
    for (const c of e.categories ?? []) out.push(`    <category term="${escapeXml(c.term)}"${c.label ? ` label="${escapeXml(c.label)}"` : ''}/>`);
    if (e.summary) out.push(`    <summary type="text">${escapeXml(e.summary)}</summary>`);
    if (e.contentHtml) out.push(`    <content type="html">${escapeXml(e.contentHtml)}</content>`);
    out.push('  </entry>');
  }
  out.push('</feed>', '');
  return out.join('\n');
}

/** A timeline event as the API returns it (db/queries/digests.ts › listEntriesWithDisputes), plus its dispute. */
export interface AtomTimelineItem extends TimelineEventCore {
  firstReportedAt: Date | string;
  disputeId: number;
  disputeTitle: string;
  answers?: { type: string; actor: string; date?: string } | null;
  sources: { url: string; outlet: string; title: string | null }[];
}

const html = escapeHtml;

/** A link in an entry's HTML content, or the text alone when the URL is not http(s). */
function htmlLink(url: string, text: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${html(safe)}">${html(text)}</a>` : html(text);
}

/**
 * Maps timeline events to Atom entries: the title is the event as a sentence ("20 Nov 2026: Alibaba denied
 * Anthropic's accusation"), the content HTML with the evidence and clickable sources, the authors the outlets.
 * `withDispute` names the dispute in the title (an actor's feed spans several).
 */
export function timelineToAtomEntries(items: AtomTimelineItem[], baseUrl: string, opts: { withDispute?: boolean } = {}): AtomEntry[] {
  return items.map((e) => {
    const sentence = eventSentence({ ...e, evidence: e.sentence });
    const page = `${baseUrl}/app/disputes/${e.disputeId}#entry-${e.id}`;
    const outlets = [...new Set(e.sources.map((s) => s.outlet))];
    const sources = e.sources.map((s) => `<li>${htmlLink(s.url, s.outlet)}${s.title ? ` — ${html(s.title)}` : ''}</li>`);
    const contentHtml = [
      `<p><strong>${html(sentence)}</strong> (${html(formatDay(e.date))}, ${html(eventNoun(e.type))})</p>`,
      `<blockquote><p>${html(e.sentence)}</p></blockquote>`,
      e.quote ? `<p>Quoted: “${html(e.quote)}”</p>` : '',
      `<p>Reported by ${e.corroboration} outlet${e.corroboration === 1 ? '' : 's'}:</p>`,
      sources.length ? `<ul>${sources.join('')}</ul>` : '',
      `<p>${htmlLink(page, `The timeline of ${e.disputeTitle}`)}</p>`,
    ].join('');
    return {
      id: `urn:brinkwatch:timeline-entry:${e.id}`,
      title: `${formatDay(e.date)}: ${sentence}${opts.withDispute ? ` (${e.disputeTitle})` : ''}`,
      updated: e.firstReportedAt,
      published: e.firstReportedAt,
      summary: e.sentence,
      contentHtml,
      links: [
        { href: page, rel: 'alternate' as const, type: 'text/html', title: e.disputeTitle },
        ...e.sources.map((s) => ({ href: s.url, rel: 'related' as const, title: `${s.outlet}${s.title ? `: ${s.title}` : ''}` })),
      ],
      categories: [{ term: e.type, label: eventNoun(e.type) }],
      authors: outlets.map((name) => ({ name })),
    };
  });
}
