// Feed documents → one normalised model (Miniflux `reader/parser.ParseFeed` is the pattern).
//
// XML feeds go through rss-parser, guarded against its traps (rss-parser 3.13 / xml2js 0.5):
// - a reused Parser shares one xml2js parser whose sax state survives a parse: trailing text
//   after the root sets `errThrown` on the *next* sax parser, so later errors are swallowed and
//   a broken document "parses" (or the callback is never called). We build a fresh parser per call.
// - empty, whitespace-only, BOM-only and rootless documents come back as "Unable to parse XML" or a
//   sax error; we classify them before parsing (`empty`, `not_a_feed`).
// - an Atom date that `new Date()` cannot read throws RangeError from `toISOString()` and loses the
//   whole feed; an Atom `<link>` without attributes throws TypeError. We clean both before rss-parser sees them.
// - a document rss-parser does not recognise (no `version` on `<rss>`) is rejected unless
//   `defaultRSS` is set; we set 2.
// - the promise is raced against a timeout, so a callback that never fires cannot hang a worker.
// Entities: the DOCTYPE (and any internal subset) is removed before parsing and sax never
// expands DTD entities, so billion-laughs documents cost one regex pass. The five XML entities and
// numeric references are kept; HTML named entities (`&eacute;`, common in hand-made feeds) are turned
// into numeric references from the fixed HTML table; any other `&name;` becomes literal text.
import Parser from 'rss-parser';
import * as cheerio from 'cheerio';
import { decodeHTMLStrict } from 'entities';
import { decodeBody } from './decode.ts';
import { assertParsableHtml, HtmlTooComplexError } from './html-limits.ts';

export type FeedFormat = 'rss090' | 'rss091' | 'rss092' | 'rss2' | 'rdf' | 'atom' | 'json' | 'federal-register' | 'html-list';

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  published: Date | null;
  summary: string | null;
  content: string | null;
  author: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  ttlMinutes: number | null;
  items: FeedItem[];
}

export type FeedParseErrorKind =
  | 'not_a_feed'
  | 'malformed_xml'
  | 'malformed_json'
  | 'empty'
  | 'too_large'
  | 'encoding'
  | 'timeout'
  | 'too_complex';

/** A feed document that cannot be turned into a ParsedFeed; `kind` is a short stable id. */
export class FeedParseError extends Error {
  readonly kind: FeedParseErrorKind;
  constructor(kind: FeedParseErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedParseError';
    this.kind = kind;
  }
}

/** CSS selectors describing an HTML list page (an official source with no feed). */
export interface HtmlListSelectors {
  item: string;
  title: string;
  link: string;
  date?: string;
  summary?: string;
}

export interface ParseFeedOptions {
  contentType?: string | null;
  url?: string | null;
  /** When set, the document is an HTML list page read with these selectors. */
  htmlList?: HtmlListSelectors;
  /** Upper bound on one parse (guards against a callback that never fires); default 2000 ms. */
  timeoutMs?: number;
}

export const MAX_FEED_BYTES = 15 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 2000;

/** Parses a feed document (RSS 0.9x/1.0/2.0, Atom, JSON Feed, Federal Register JSON, or an HTML list page). */
export async function parseFeed(input: Uint8Array | string, opts: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_FEED_BYTES) throw new FeedParseError('too_large', `parse: document of ${size} bytes exceeds ${MAX_FEED_BYTES}`);
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = decodeBody(input, opts.contentType).text;
    } catch (err) {
      throw new FeedParseError('encoding', 'parse: cannot decode document', { cause: err });
    }
  }
  text = text.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed === '' || /^\u0000*$/.test(trimmed)) throw new FeedParseError('empty', 'parse: empty document');
  const baseUrl = opts.url ?? null;

  if (opts.htmlList) return parseHtmlList(text, opts.htmlList, baseUrl);
  if (trimmed[0] === '{' || trimmed[0] === '[') return parseJsonDocument(trimmed, baseUrl);
  return parseXmlFeed(trimmed, baseUrl, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

// ---------------------------------------------------------------- helpers

function str(v: unknown): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? null : s;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string') return str((v as { _: string })._);
  return null;
}

/** Parses an RFC 822 / ISO 8601 / plain date; null when unreadable. */
export function parseDate(v: unknown): Date | null {
  const s = str(v);
  if (!s) return null;
  let t = Date.parse(s);
  if (Number.isNaN(t)) {
    // RFC 822 dates with odd zones or day names: "Mon, 5 Feb 2024 10:00:00 +0100 (CET)", "UTC", "Z"
    const cleaned = s.replace(/\([^)]*\)/g, '').replace(/\b(UTC|UT)\b/, 'GMT').replace(/^[A-Za-z]+,?\s+(?=\d)/, '').trim();
    t = Date.parse(cleaned);
  }
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return y < 1900 || y > 2200 ? null : d;
}

function resolveLink(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

function absoluteOrNull(s: string | null): string | null {
  if (!s) return null;
  try {
    return new URL(s).href;
  } catch {
    return null;
  }
}

function timeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FeedParseError('timeout', `parse: no result after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- XML

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

interface XmlRoot {
  name: string;
  attrs: string;
}

function skipMisc(s: string): number {
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (s.startsWith('<?', i)) {
      const e = s.indexOf('?>', i + 2);
      if (e < 0) return s.length;
      i = e + 2;
    } else if (s.startsWith('<!--', i)) {
      const e = s.indexOf('-->', i + 4);
      if (e < 0) return s.length;
      i = e + 3;
    } else {
      return i;
    }
  }
}

/** Removes the DOCTYPE (with any internal subset) and neutralises entity references; returns the cleaned text. */
export function sanitizeXml(text: string): string {
  let s = text;
  const start = skipMisc(s);
  const d = /^<!DOCTYPE\b/i.test(s.slice(start, start + 9)) ? { index: start } : null;
  if (d) {
    let i = d.index + 9;
    let depth = 0;
    while (i < s.length) {
      const c = s[i];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) break;
      i++;
    }
    s = s.slice(0, d.index) + s.slice(i + 1);
  }
  // Inside CDATA sections '&' is literal: leave those untouched.
  return s.replace(/<!\[CDATA\[[\s\S]*?\]\]>|&(#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][\w.-]*;)?/g, (m, ref: string | undefined) => {
    if (m.length > 1 && m[1] === '!') return m;
    if (!ref) return '&amp;';
    if (ref[0] === '#') return m;
    const name = ref.slice(0, -1);
    if (XML_ENTITIES.has(name)) return m;
    const decoded = decodeHTMLStrict(m);
    if (decoded !== m) return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
    return `&amp;${ref}`;
  });
}

function findRoot(s: string): XmlRoot | null {
  const i = skipMisc(s);
  const m = /^<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(s.slice(i, i + 8192));
  return m ? { name: m[1], attrs: m[2] } : null;
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs);
  return m ? m[2] : null;
}

function detectXmlFormat(root: XmlRoot, body: string): FeedFormat | null {
  const local = root.name.split(':').pop()!.toLowerCase();
  if (local === 'feed') return 'atom';
  if (local === 'rdf') {
    return /my\.netscape\.com\/rdf\/simple\/0\.9/.test(root.attrs) || /my\.netscape\.com\/rdf\/simple\/0\.9/.test(body.slice(0, 4096)) ? 'rss090' : 'rdf';
  }
  if (local === 'rss') {
    const v = attr(root.attrs, 'version') ?? '';
    if (/^0\.90?$/.test(v)) return 'rss090';
    if (/^0\.91/.test(v)) return 'rss091';
    if (/^0\.9[2-4]/.test(v)) return 'rss092';
    return 'rss2';
  }
  return null;
}

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function validDateText(v: unknown): boolean {
  const s = typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as Loose)._ === 'string' ? (v as Loose)._ : null;
  return s != null && s.trim() !== '' && !Number.isNaN(new Date(s).getTime());
}

function ensureChannel(xmlObj: Loose): void {
  if (!xmlObj.rss || typeof xmlObj.rss !== 'object') xmlObj.rss = {};
  const rss = xmlObj.rss;
  if (!Array.isArray(rss.channel) || !rss.channel[0] || typeof rss.channel[0] !== 'object') {
    rss.channel = [{ item: Array.isArray(rss.item) ? rss.item : [] }];
  }
}

function cleanAtomLinks(links: unknown): unknown {
  if (!Array.isArray(links)) return links;
  return links.map((l) => {
    if (l && typeof l === 'object' && (l as Loose).$) return l;
    const href = str(l);
    return { $: { href: href ?? undefined } };
  });
}

// Subclass that cleans the inputs which make rss-parser throw (see the file header).
class GuardedParser extends Parser {
  // `<rss>` with items but no `<channel>` (RSS 0.9x written by hand), or no channel at all.
  buildRSS2(xmlObj: Loose): Loose {
    ensureChannel(xmlObj);
    // @ts-expect-error not in rss-parser's type declarations
    return super.buildRSS2(xmlObj);
  }
  buildRSS0_9(xmlObj: Loose): Loose {
    ensureChannel(xmlObj);
    // @ts-expect-error not in rss-parser's type declarations
    return super.buildRSS0_9(xmlObj);
  }
  buildRSS1(xmlObj: Loose): Loose {
    const rdf = xmlObj['rdf:RDF'];
    if (rdf && typeof rdf === 'object' && !rdf.channel) rdf.channel = [{}];
    // @ts-expect-error not in rss-parser's type declarations
    return super.buildRSS1(xmlObj);
  }
  buildAtomFeed(xmlObj: Loose): Loose {
    const feed = xmlObj.feed;
    if (feed && typeof feed === 'object') {
      if (feed.link) feed.link = cleanAtomLinks(feed.link);
      if (Array.isArray(feed.entry)) {
        for (const e of feed.entry) {
          if (!e || typeof e !== 'object') continue;
          if (e.link) e.link = cleanAtomLinks(e.link);
          for (const k of ['published', 'updated', 'issued', 'modified', 'created']) {
            if (Array.isArray(e[k]) && !validDateText(e[k][0])) {
              e[`raw_${k}`] = e[k];
              delete e[k];
            }
          }
        }
      }
    } else {
      xmlObj.feed = {};
    }
    // @ts-expect-error buildAtomFeed is not in rss-parser's type declarations
    return super.buildAtomFeed(xmlObj);
  }
}

async function parseXmlFeed(text: string, baseUrl: string | null, timeoutMs: number): Promise<ParsedFeed> {
  // Text before the first tag (a stray BOM, PHP warnings): skip it when a tag follows soon.
  let s = text;
  if (s[0] !== '<') {
    const lt = s.indexOf('<');
    if (lt < 0 || lt > 1024) throw new FeedParseError('not_a_feed', 'parse: no XML element found');
    s = s.slice(lt);
  }
  s = sanitizeXml(s);
  if (skipMisc(s) >= s.length) throw new FeedParseError('empty', 'parse: document has no element');
  const root = findRoot(s);
  if (!root) throw new FeedParseError('not_a_feed', 'parse: no root element');
  const format = detectXmlFormat(root, s);
  if (!format) throw new FeedParseError('not_a_feed', `parse: root element <${root.name}> is not a feed`);

  // rss-parser keys on unprefixed element names. A feed written with a prefix for its own
  // namespace (`<r:rss xmlns:r=...>`, `<rss:channel>` in RDF, `<atom:feed>`) has the prefix removed.
  const isRdf = format === 'rdf' || (format === 'rss090' && root.name.toLowerCase().endsWith('rdf'));
  let ownPrefix: string | null = null;
  if (isRdf) {
    ownPrefix = /xmlns:([\w.-]+)\s*=\s*["']http:\/\/(?:purl\.org\/rss\/1\.0\/|my\.netscape\.com\/rdf\/simple\/0\.9\/)["']/.exec(root.attrs)?.[1] ?? null;
  } else if (root.name.includes(':')) {
    ownPrefix = root.name.split(':')[0];
  }
  if (ownPrefix) s = s.replace(new RegExp(`<(/?)${ownPrefix.replace(/[.]/g, '\\.')}:`, 'g'), '<$1');
  const canonicalRoot = format === 'atom' ? 'feed' : isRdf ? 'rdf:RDF' : 'rss';
  const rootName = ownPrefix && !isRdf ? root.name.split(':')[1] : root.name;
  if (rootName !== canonicalRoot) {
    s = s.replace(new RegExp(`<(/?)${rootName.replace(/[.]/g, '\\.')}(?=[\\s>/])`, 'g'), `<$1${canonicalRoot}`);
  }
  // A document cut short after its last item (`</rss` without `>`, or no end tag) is closed.
  const lastClose = s.lastIndexOf(`</${canonicalRoot}`);
  if (lastClose < 0) s = `${s}</${canonicalRoot}>`;
  else if (!/^\s*>/.test(s.slice(lastClose + canonicalRoot.length + 2, lastClose + canonicalRoot.length + 64))) {
    s = `${s.slice(0, lastClose)}</${canonicalRoot}>`;
  }

  const parser = new GuardedParser({ defaultRSS: 2 } as ConstructorParameters<typeof Parser>[0]);
  let raw: Loose;
  try {
    raw = (await timeout(parser.parseString(s), timeoutMs)) as Loose;
  } catch (err) {
    if (err instanceof FeedParseError) throw err;
    // sax reports well-formedness errors as plain Errors; rss-parser's own "not recognised"
    // and TypeErrors from missing <channel> mean the XML is fine but is not a usable feed.
    if (err instanceof TypeError || (err instanceof Error && /^Feed not recognized/.test(err.message))) {
      throw new FeedParseError('not_a_feed', `parse: ${format} document without the expected structure`, { cause: err });
    }
    throw new FeedParseError('malformed_xml', `parse: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, { cause: err });
  }
  return normalizeRssParserFeed(raw, format, baseUrl);
}

function normalizeRssParserFeed(raw: Loose, format: FeedFormat, baseUrl: string | null): ParsedFeed {
  const feedLink = str(raw.link);
  const base = baseUrl ?? absoluteOrNull(feedLink);
  const ttl = str(raw.ttl);
  const ttlMinutes = ttl && /^\d+$/.test(ttl) ? Number(ttl) : null;
  const items: FeedItem[] = (Array.isArray(raw.items) ? raw.items : []).map((it: Loose) => {
    const isAtom = format === 'atom';
    const published = parseDate(it.pubDate) ?? parseDate(it.isoDate) ?? parseDate(it.date) ?? parseDate(it['dc:date']);
    const author = str(it.creator) ?? str(it.author) ?? str(it['dc:creator']) ?? (it.author && typeof it.author === 'object' ? str(it.author.name) : null);
    return {
      guid: isAtom ? str(it.id) : str(it.guid) ?? str(it['rdf:about']),
      link: resolveLink(str(it.link), base),
      title: str(it.title),
      published,
      summary: isAtom ? str(it.summary) : str(it.content),
      content: isAtom ? str(it.content) : str(it['content:encoded']),
      author,
    };
  });
  return { format, title: str(raw.title), link: resolveLink(feedLink, baseUrl), ttlMinutes, items };
}

// ---------------------------------------------------------------- JSON

function parseJsonDocument(text: string, baseUrl: string | null): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FeedParseError('malformed_json', `parse: ${(err as Error).message}`, { cause: err });
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const d = doc as Loose;
    if (typeof d.version === 'string' && /jsonfeed\.org\/version\//.test(d.version)) return parseJsonFeed(d, baseUrl);
    if (Array.isArray(d.results) && (d.results.length === 0 || d.results.some((r: Loose) => r && (r.document_number || r.html_url)))) {
      return parseFederalRegister(d, baseUrl);
    }
  }
  throw new FeedParseError('not_a_feed', 'parse: JSON document is neither a JSON Feed nor a Federal Register result list');
}

function parseJsonFeed(d: Loose, baseUrl: string | null): ParsedFeed {
  const home = str(d.home_page_url);
  const base = baseUrl ?? absoluteOrNull(str(d.feed_url)) ?? absoluteOrNull(home);
  const nameOf = (a: unknown): string | null => (a && typeof a === 'object' ? str((a as Loose).name) : null);
  const items: FeedItem[] = (Array.isArray(d.items) ? d.items : [])
    .filter((it: unknown) => it && typeof it === 'object')
    .map((it: Loose) => ({
      guid: str(it.id),
      link: resolveLink(str(it.url) ?? str(it.external_url), base),
      title: str(it.title),
      published: parseDate(it.date_published) ?? parseDate(it.date_modified),
      summary: str(it.summary),
      content: str(it.content_html) ?? str(it.content_text),
      author: (Array.isArray(it.authors) ? nameOf(it.authors[0]) : null) ?? nameOf(it.author),
    }));
  return { format: 'json', title: str(d.title), link: resolveLink(home, base), ttlMinutes: null, items };
}

function parseFederalRegister(d: Loose, baseUrl: string | null): ParsedFeed {
  const items: FeedItem[] = (d.results as unknown[])
    .filter((r): r is Loose => !!r && typeof r === 'object')
    .map((r) => {
      const agencies = Array.isArray(r.agencies) ? r.agencies.map((a: Loose) => str(a?.name) ?? str(a?.raw_name)).filter(Boolean) : [];
      const date = str(r.publication_date);
      return {
        guid: str(r.document_number),
        link: resolveLink(str(r.html_url) ?? str(r.pdf_url), baseUrl),
        title: str(r.title),
        // publication_date is a calendar day (YYYY-MM-DD): read it as UTC midnight.
        published: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : parseDate(date),
        summary: str(r.abstract),
        content: null,
        author: agencies.length ? agencies.join('; ') : null,
      };
    });
  return { format: 'federal-register', title: 'Federal Register', link: null, ttlMinutes: null, items };
}

// ---------------------------------------------------------------- HTML list pages

function cleanText(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Reads an HTML list page (items chosen by CSS selectors) as a feed; links resolved against baseUrl. */
export function parseHtmlList(html: string, selectors: HtmlListSelectors, baseUrl: string | null = null): ParsedFeed {
  try {
    assertParsableHtml(html);
  } catch (err) {
    if (err instanceof HtmlTooComplexError) throw new FeedParseError('too_complex', err.message);
    throw err;
  }
  const $ = cheerio.load(html);
  const base = absoluteOrNull(baseUrl) ?? absoluteOrNull($('base[href]').attr('href') ?? null);
  const items: FeedItem[] = [];
  $(selectors.item).each((_, el) => {
    const node = $(el);
    const pick = (sel: string | undefined) => (!sel || sel === ':scope' ? node : node.find(sel).first());
    const titleNode = pick(selectors.title);
    const linkNode = pick(selectors.link);
    const href = linkNode.is('a[href]') ? linkNode.attr('href') : linkNode.find('a[href]').first().attr('href');
    const title = cleanText(titleNode.text());
    const link = href ? resolveLink(href.trim(), base) : null;
    let published: Date | null = null;
    if (selectors.date) {
      const dn = pick(selectors.date);
      published = parseDate(dn.attr('datetime') ?? null) ?? parseDate(cleanText(dn.text()));
    }
    const summary = selectors.summary ? cleanText(pick(selectors.summary).text()) : null;
    if (!title && !link) return;
    items.push({ guid: null, link, title, published, summary, content: null, author: null });
  });
  return { format: 'html-list', title: cleanText($('title').first().text()), link: base, ttlMinutes: null, items };
}
