// Article page → main text, with cheerio (pure; no network).
//
// 1. Metadata (title, byline, published) from JSON-LD, Open Graph / article meta tags, then the DOM.
// 2. Boilerplate removal: scripts, forms, navigation, asides, figures and captions, and elements
//    whose class/id/role says share bar, related links, newsletter, advert, comments, etc.
// 3. Readability-style scoring: each paragraph-like block with enough text gives its parent its
//    score and each further ancestor a decaying share; scores are discounted by link density.
//    The best node, widened to an ancestor when its siblings also carry article text, is the body.
// 4. The body is rendered block by block (headings, paragraphs, list items, quotes), dropping
//    link-heavy blocks and short boilerplate lines; blocks are separated by blank lines.
// 5. JSON-LD `articleBody` is a strong signal: when it is long and the DOM result misses much of
//    it, it replaces the DOM result.
// 6. When that fast path is unsure (see fastPathUnsure), Readability (on linkedom) reads the page too,
//    and its text replaces ours when it is a trim of ours (see extractWithFallback).
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assertParsableHtml, HtmlTooComplexError } from './html-limits.ts';

export interface MainText {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
}

type $T = cheerio.CheerioAPI;

const REMOVE_TAGS = 'script,style,noscript,template,iframe,object,embed,svg,canvas,video,audio,form,button,select,input,textarea,nav,aside,figure,figcaption,picture,img,link,meta,dialog,menu';

/**
 * The elements below `roots` (not the roots themselves) whose tag is in `tags`, in document order: what
 * `$(roots).find('a, b, …')` gives for a selector of plain tag names, without cheerio compiling the
 * selector on every call (a fifth of the time of cleaning a page). Script and style are elements too.
 */
function byTags(roots: AnyNode | AnyNode[], tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode): void => {
    for (const c of (n as Element).children ?? []) {
      if (!isElement(c)) continue;
      if (tags.has((c as Element).tagName)) out.push(c as Element);
      visit(c);
    }
  };
  const list = Array.isArray(roots) ? roots : [roots];
  for (const r of list) visit(r);
  // One root inside another (a stray nested <body>) finds its elements twice: keep the first, as cheerio does.
  return list.length > 1 ? [...new Set(out)] : out;
}

/** Whether a node is an element as CSS selectors see them: tags, and script and style elements. */
function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

const tagSet = (list: string) => new Set(list.split(',').map((t) => t.trim()));
const REMOVE_SET = tagSet(REMOVE_TAGS);
const HEADER_FOOTER = tagSet('header, footer');
const TEXT_BLOCKS = tagSet('p, pre, blockquote, div');
const PARAGRAPH_CANDIDATES = tagSet('p, pre, blockquote, td, li, h2, h3, div, section');
const LOOSE_TEXT_HOLDERS = tagSet('div, section, td, article');
const TEASER_HEADINGS = tagSet('h2, h3, h4, h5');
const LINKS = tagSet('a');
const BODY = tagSet('body');

const NEGATIVE = /(^|[\s_-])(share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|sponsor|advert|ads?|adv|banner|comment|disqus|sidebar|footer|masthead|breadcrumb|pagination|pager|toolbar|tags?|tag-?list|topics|byline|author-?bio|bio|caption|credit|cookie|consent|modal|popup|overlay|outbrain|taboola|widget|more-?stories|read-?more|also-?read|most-?popular|trending|nav|menu|skip|print|hidden|visually-?hidden|sr-only|toc|jump|rail|teaser|inline-?ad|dfp|gpt|video|player|gallery|slideshow|newsletter|donate|paywall|meter|login|timestamp|dateline|kicker|disclaimer)([\s_-]|$)/i;
const POSITIVE = /(^|[\s_-])(article|articlebody|article-?body|article-?content|story|story-?body|entry|entry-?content|post|post-?content|post-?body|content|body|text|main|blog|prose|rich-?text|paragraph)([\s_-]|$)/i;
const UNLIKELY_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alert', 'menu', 'menubar', 'search', 'toolbar']);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'dl', 'dt', 'dd', 'hr', 'address', 'center', 'details', 'summary',
]);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'td', 'h2', 'h3', 'h4', 'dd']);

function cleanSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * `cleanSpace($(el).text()).slice(0, n)` without the text of the whole element: candidates include the
 * page's outer containers, and building their full text to read 80 characters was the costliest step
 * of cleaning a page. Text nodes are read in document order (as cheerio's text() does, script and style
 * included) until the cleaned prefix is longer than `n`.
 */
function leadingText(el: AnyNode, n: number): string {
  let raw = '';
  let settled: string | null = null;
  const walk = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      raw += (node as unknown as { data: string }).data;
      if (raw.length <= n) return false;
      // A prefix of the text that is longer than n once cleaned settles the first n characters: spaces
      // collapse locally and only its end may be trimmed. A prefix of 4n, not the whole text so far, is cleaned.
      const head = cleanSpace(raw.length > 4 * n ? raw.slice(0, 4 * n) : raw);
      if (head.length <= n) return false;
      settled = head;
      return true;
    }
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style' || node.type === 'cdata') {
      for (const c of (node as Element).children ?? []) if (walk(c)) return true;
    }
    return false;
  };
  walk(el);
  return (settled ?? cleanSpace(raw)).slice(0, n);
}

function classAndId(el: Element): string {
  const a = el.attribs ?? {};
  return `${a.class ?? ''} ${a.id ?? ''}`;
}

// ---------------------------------------------------------------- metadata

interface JsonLdInfo {
  articleBody: string | null;
  headline: string | null;
  author: string | null;
  datePublished: string | null;
}

function readJsonLd($: $T, scripts: readonly Element[]): JsonLdInfo {
  const info: JsonLdInfo = { articleBody: null, headline: null, author: null, datePublished: null };
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.articleBody === 'string' && o.articleBody.length > (info.articleBody?.length ?? 0)) info.articleBody = o.articleBody;
    if (!info.headline && typeof o.headline === 'string') info.headline = o.headline;
    if (!info.datePublished && typeof o.datePublished === 'string') info.datePublished = o.datePublished;
    if (!info.author && o.author) {
      const authors = Array.isArray(o.author) ? o.author : [o.author];
      const names = authors
        .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null))
        .filter((n): n is string => typeof n === 'string' && n.trim() !== '');
      if (names.length) info.author = names.join(', ');
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const el of scripts) {
    const raw = $(el).text().trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); it is only a hint.
    }
  }
  return info;
}

/**
 * The page's <meta> tags read once: for each property, name or itemprop value, the content of the first tag
 * (in document order) that carries it — what `meta[property="v"], meta[name="v"], meta[itemprop="v"]` then
 * `.first()` selects. A selector per name had compiled a CSS query and walked the whole page each time.
 */
type MetaIndex = Map<string, string | undefined>;
function metaIndex(metas: readonly Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of metas) {
    const a = el.attribs ?? {};
    for (const v of [a.property, a.name, a.itemprop]) if (v !== undefined && !index.has(v)) index.set(v, a.content);
  }
  return index;
}

/** The elements the title, byline and date are read from, found in one walk of the page (scanPage). */
interface PageHints {
  /** `script[type="application/ld+json"]` */
  ldScripts: Element[];
  /** `meta` */
  metas: Element[];
  /** The first `h1`, the first `title`. */
  h1: Element | null;
  title: Element | null;
  /** The first of `[rel="author"], [itemprop="author"] [itemprop="name"], .byline`. */
  byline: Element | null;
  /** The first `time[datetime]`. */
  time: Element | null;
}

const BYLINE_CLASS = /(?:^|\s)byline(?:$|\s)/;

/**
 * What the selectors in PageHints select, in document order, as css-select matches them in HTML (the values of
 * `type` and `rel` compared case-insensitively, `itemprop` and class names not), in one walk: each selector had
 * been compiled and matched against the whole page on every page.
 */
export function scanPage($: $T): PageHints {
  const hints: PageHints = { ldScripts: [], metas: [], h1: null, title: null, byline: null, time: null };
  const visit = (n: AnyNode, inAuthor: boolean): void => {
    for (const el of (n as Element).children ?? []) {
      if (!isElement(el)) continue;
      const a = el.attribs ?? {};
      switch (el.tagName) {
        case 'script':
          if (a.type !== undefined && a.type.length === 19 && a.type.toLowerCase() === 'application/ld+json') hints.ldScripts.push(el);
          break;
        case 'meta':
          hints.metas.push(el);
          break;
        case 'h1':
          hints.h1 ??= el;
          break;
        case 'title':
          hints.title ??= el;
          break;
        case 'time':
          if (a.datetime !== undefined) hints.time ??= el;
          break;
      }
      if (
        !hints.byline &&
        ((a.rel !== undefined && a.rel.length === 6 && a.rel.toLowerCase() === 'author') ||
          (inAuthor && a.itemprop === 'name') ||
          (a.class !== undefined && BYLINE_CLASS.test(a.class)))
      ) {
        hints.byline = el;
      }
      visit(el, inAuthor || a.itemprop === 'author');
    }
  };
  const root = $.root().get(0);
  if (root) visit(root, false);
  return hints;
}

/** The first of `names` with a non-blank content. */
function meta(index: MetaIndex, ...names: string[]): string | null {
  for (const n of names) {
    const v = index.get(n);
    if (v && v.trim()) return cleanSpace(v);
  }
  return null;
}

function decodeEntitiesAndTags(s: string): string {
  if (!/[<&]/.test(s)) return s;
  try {
    assertParsableHtml(s);
  } catch (err) {
    if (!(err instanceof HtmlTooComplexError)) throw err;
    // Only a hint (JSON-LD articleBody): its markup is dropped rather than parsed.
    return s.replace(/<[^>]*>/g, ' ');
  }
  const $ = cheerio.load(`<div>${s.replace(/<\/p>|<br\s*\/?>/gi, '\n\n')}</div>`);
  return $('div').first().text();
}

// ---------------------------------------------------------------- cleaning

// Removed whatever they contain: comment threads and recommendation widgets hold long paragraphs too.
const ALWAYS_NEGATIVE_TOKEN = /^(comments?|comment-?(list|area|section|wrapper|container|thread)s?|respond|replies|disqus.*|outbrain.*|taboola.*|ob-widget.*|related-?(posts|articles|stories|content)|yarpp.*|jp-relatedposts|you-?may-?like.*|more-?from.*)$/i;

function alwaysUnlikely(el: Element): boolean {
  const tokens = classAndId(el).split(/\s+/).filter(Boolean);
  return tokens.some((t) => ALWAYS_NEGATIVE_TOKEN.test(t));
}

function isUnlikely(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main') return false;
  const role = el.attribs?.role;
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (el.attribs?.hidden !== undefined || el.attribs?.['aria-hidden'] === 'true') return true;
  const style = el.attribs?.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const ci = classAndId(el);
  if (ci.trim() === '') return false;
  return NEGATIVE.test(ci);
}

// Class names lie (WordPress puts `tag-…` on posts, layouts say "with-right-rail"): an element
// that holds several real paragraphs is never dropped for its name alone.
function holdsArticleText($: $T, el: Element): boolean {
  let long = 0;
  let chars = 0;
  $(byTags(el, TEXT_BLOCKS))
    .each((_, p) => {
      if ((p as Element).tagName === 'div' && hasBlockChild(p as Element)) return;
      const t = cleanSpace($(p).text()).length;
      if (t >= 80 && linkDensity($, p as Element) < 0.3) {
        long++;
        chars += t;
      }
      return long < 3;
    });
  return long >= 3 || chars >= 400;
}

function removeBoilerplate($: $T): void {
  const root = $.root().get(0)!;
  $(byTags(root, REMOVE_SET)).remove();
  $(byTags(root, HEADER_FOOTER)).each((_, el) => {
    // Page-level header/footer go; a header inside the article (headline, byline) goes too.
    $(el).remove();
  });
  const visit = (el: Element): void => {
    for (const c of [...(el.children ?? [])]) {
      if (c.type !== 'tag') continue;
      const child = c as Element;
      if (isUnlikely(child) && (child.attribs?.role || alwaysUnlikely(child) || !holdsArticleText($, child))) $(child).remove();
      else visit(child);
    }
  };
  const body = firstByTag(root, 'body');
  if (body) visit(body);
}

/** The first element named `tag` below `root` in document order: `$(tag).get(0)` without compiling a selector. */
function firstByTag(root: AnyNode, tag: string): Element | undefined {
  for (const c of (root as Element).children ?? []) {
    if (!isElement(c)) continue;
    if (c.tagName === tag) return c;
    const found = firstByTag(c, tag);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------- scoring

interface NodeInfo {
  score: number;
}

// Text and link-text lengths of every element, computed in one bottom-up pass once boilerplate is
// gone (the DOM does not change afterwards); before that, computed on demand.
let lengths: WeakMap<Element, [number, number]> | null = null;

function measure(node: AnyNode, inLink: boolean, out: WeakMap<Element, [number, number]>): [number, number] {
  if (node.type === 'text') {
    const n = (node as unknown as { data: string }).data.replace(/[\s\u00a0\u200b]+/g, ' ').length;
    return [n, inLink ? n : 0];
  }
  if (node.type !== 'tag') return [0, 0];
  const el = node as Element;
  const link = inLink || el.tagName === 'a';
  let t = 0;
  let l = 0;
  for (const c of el.children ?? []) {
    const [ct, cl] = measure(c, link, out);
    t += ct;
    l += cl;
  }
  out.set(el, [t, l]);
  return [t, l];
}

function textLength($: $T, el: Element): number {
  const m = lengths?.get(el);
  if (m) return m[0];
  return cleanSpace($(el).text()).length;
}

function linkDensity($: $T, el: Element): number {
  const m = lengths?.get(el);
  if (m) return m[0] === 0 ? 0 : m[1] / m[0];
  const total = textLength($, el);
  if (total === 0) return 0;
  let links = 0;
  $(byTags(el, LINKS))
    .each((_, a) => {
      links += cleanSpace($(a).text()).length;
    });
  return links / total;
}

function classWeight(el: Element): number {
  const ci = classAndId(el);
  let w = 0;
  if (NEGATIVE.test(ci)) w -= 25;
  if (POSITIVE.test(ci)) w += 25;
  if (el.attribs?.itemprop === 'articleBody') w += 50;
  return w;
}

function initScore(el: Element): number {
  let s = classWeight(el);
  switch (el.tagName) {
    case 'article':
      s += 20;
      break;
    case 'main':
    case 'div':
    case 'section':
      s += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s += 3;
      break;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'form':
    case 'li':
      s -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'th':
      s -= 5;
      break;
  }
  return s;
}

function hasBlockChild(el: Element): boolean {
  return (el.children ?? []).some((c) => c.type === 'tag' && BLOCK_TAGS.has((c as Element).tagName));
}

function findBody($: $T): Element[] {
  const scores = new Map<Element, NodeInfo>();
  const candidates: Element[] = [];
  const paragraphs: Element[] = [];
  const bodies = byTags($.root().get(0)!, BODY);
  $(byTags(bodies, PARAGRAPH_CANDIDATES))
    .each((_, node) => {
      const el = node as Element;
      if (PARAGRAPH_TAGS.has(el.tagName) || (!hasBlockChild(el) && (el.tagName === 'div' || el.tagName === 'section'))) paragraphs.push(el);
    });
  // Text written straight into a container between its blocks (`<div>text<br>text<p>…`) counts as a paragraph of that container.
  const loose = new Map<Element, string>();
  $(byTags(bodies, LOOSE_TEXT_HOLDERS))
    .each((_, node) => {
      const el = node as Element;
      if (!hasBlockChild(el)) return;
      let t = '';
      for (const c of el.children ?? []) {
        if (c.type === 'text') t += (c as unknown as { data: string }).data;
        else if (c.type === 'tag' && !BLOCK_TAGS.has((c as Element).tagName)) t += $(c).text();
      }
      t = cleanSpace(t);
      if (t.length >= 100) {
        loose.set(el, t);
        paragraphs.push(el);
      }
    });
  // Each paragraph's cleaned text, read once (the scoring and the climb below both need it).
  const paragraphText = new Map<Element, string>();
  for (const p of paragraphs) if (!loose.has(p) && !paragraphText.has(p)) paragraphText.set(p, cleanSpace($(p).text()));
  for (const p of paragraphs) {
    const text = loose.get(p) ?? paragraphText.get(p)!;
    if (text.length < 25) continue;
    if (p.tagName === 'li' && linkDensity($, p) > 0.3) continue;
    let score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    score *= 1 - Math.min(linkDensity($, p), 1) * 0.9;
    let ancestor = (loose.has(p) ? p : p.parent) as Element | null;
    let level = 0;
    while (ancestor && ancestor.type === 'tag' && level < 5) {
      let info = scores.get(ancestor);
      if (!info) {
        info = { score: initScore(ancestor) };
        scores.set(ancestor, info);
        candidates.push(ancestor);
      }
      info.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      ancestor = ancestor.parent as Element | null;
      level++;
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let s = scores.get(c)!.score * (1 - linkDensity($, c));
    if (STARTS_WITH_END_HEADING.test(leadingText(c, 80))) s *= 0.2;
    scores.get(c)!.score = s;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (!best) return [];
  // Widen: when the parent also scores close to the best (its other children are article text too), take it.
  let node = best;
  let nodeScore = bestScore;
  for (let i = 0; i < 3; i++) {
    const parent = node.parent as Element | null;
    if (!parent || parent.type !== 'tag' || parent.tagName === 'body' || parent.tagName === 'html') break;
    const ps = scores.get(parent)?.score ?? 0;
    if (ps >= nodeScore * 0.75 && textLength($, parent) < textLength($, node) * 2.2) {
      node = parent;
      nodeScore = Math.max(ps, nodeScore);
    } else break;
  }
  // Climb while the ancestor gathers clearly more paragraph text without getting much noisier
  // (a body split into chunks or cards, each in its own wrapper).
  const good = new Map<Element, number>();
  for (const p of paragraphs) {
    const len = (paragraphText.get(p) ?? cleanSpace($(p).text())).length;
    if (len < 60 || linkDensity($, p) >= 0.3) continue;
    for (let a = p.parent as Element | null; a && a.type === 'tag'; a = a.parent as Element | null) good.set(a, (good.get(a) ?? 0) + len);
  }
  {
    let gNode = good.get(node) ?? 0;
    let ratioNode = gNode / Math.max(1, textLength($, node));
    let a = node.parent as Element | null;
    for (let i = 0; i < 6 && a && a.type === 'tag' && a.tagName !== 'html'; i++, a = a.parent as Element | null) {
      const gA = good.get(a) ?? 0;
      const ratioA = gA / Math.max(1, textLength($, a));
      if (ratioA < 0.8 || ratioA < ratioNode * 0.9) break;
      if (gA >= gNode * 1.25) {
        node = a;
        gNode = gA;
        ratioNode = ratioA;
      }
    }
  }
  // Siblings carrying article text too (bodies split into chunks around ads and embeds), as Readability does.
  const parent = node.parent as Element | null;
  if (!parent || parent.type !== 'tag') return [node];
  const threshold = Math.max(10, nodeScore * 0.2);
  const nodeClass = node.attribs?.class ?? '';
  const picked: Element[] = [];
  for (const c of parent.children ?? []) {
    if (c.type !== 'tag') continue;
    const sib = c as Element;
    if (sib === node) {
      picked.push(sib);
      continue;
    }
    let bonus = 0;
    if (nodeClass && sib.attribs?.class === nodeClass) bonus += nodeScore * 0.2;
    const sc = (scores.get(sib)?.score ?? -Infinity) + bonus;
    if (sc >= threshold) {
      picked.push(sib);
      continue;
    }
    if (sib.tagName === 'p') {
      const len = textLength($, sib);
      const ld = linkDensity($, sib);
      if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(cleanSpace($(sib).text())))) picked.push(sib);
    }
  }
  return picked;
}

// ---------------------------------------------------------------- rendering

// A heading that opens a block of links to other stories: it and what follows it in its parent are dropped.
const END_WORDS = String.raw`you (may|might) (also )?(like|enjoy)|related( (stories|articles|posts|coverage|content|news))?|more (stories|from|on|news|like this)|read (also|more|next)|see also|recommended( for you)?|most (popular|read)|trending( now)?|latest (news|stories)|other stories|further reading|você pode gostar|leia também|veja também|mais lidas|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|ver también|te puede interesar|leggi anche|ti potrebbe interessare|читайте также|похожие статьи`;
const END_OF_ARTICLE_HEADING = new RegExp(`^(${END_WORDS})\\s*[:.…!?]*$`, 'i');
// "More Example Times", "More in Politics": as a heading, the start of a list of other stories.
const MORE_FROM_HEADING = /^more( (from|in|on|of))?( [\p{L}'’-]+){1,3}\s*[:.…!?]*$/iu;
// A block whose text opens with such a heading is a list of other stories.
const STARTS_WITH_END_HEADING = new RegExp(`^(${END_WORDS})\\s*[:.…!?]*\\s`, 'i');

function isTeaser($: $T, el: Element): boolean {
  const heading = $(byTags(el, TEASER_HEADINGS)).first();
  if (heading.length === 0) return false;
  const ht = cleanSpace(heading.text()).length;
  if (ht === 0) return false;
  let linked = 0;
  heading.find('a').each((_, a) => {
    linked += cleanSpace($(a).text()).length;
  });
  if (linked === 0 && heading.closest('a').length > 0) linked = ht;
  return linked / ht > 0.8 && textLength($, el) < (el.tagName === 'article' ? 1200 : 600);
}

const MARKUP_TEXT = /^<[a-z][^>]*=/i;
// Lines that are only a date or time ("2026-02-10 15:00", "Tuesday, January 7, 2026 10:15 am").
const DATE_ONLY = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?)$/iu;

const BOILERPLATE_LINE = /^(advertisement|advertising|sponsored|related|read more|see also|share( this)?( article| story)?|follow us.*|sign up.*|subscribe.*|click here.*|continue reading.*|recommended.*|more from .*|image:.*|photo:.*|getty images|ap photo.*|reuters|listen to this article|\d+ min read|(published|updated|posted|last updated)\b.{0,90}|tags?\b.{0,300}|photo( by)?:.{0,120}|image (source|credit).{0,120})$/i;

// A short line carrying a year and a clock time is a dateline ("segunda-feira, 22 de janeiro de 2018 às 0:13").
function isDateLine(b: string): boolean {
  if (b.length < 60 && DATE_ONLY.test(b)) return true;
  return b.length < 70 && /\b(19|20)\d{2}\b/.test(b) && /\b\d{1,2}[:h]\d{2}\b/.test(b) && b.split(/\s+/).length <= 10;
}

function renderBlocks($: $T, root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = cleanSpace(current);
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      current += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    if (tag === 'h1') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      if (el !== root && (tag === 'div' || tag === 'section' || tag === 'li' || tag === 'article') && isTeaser($, el)) return;
      if (tag === 'ul' || tag === 'ol' || tag === 'div' || tag === 'section' || tag === 'table' || tag === 'dl') {
        const len = textLength($, el);
        if (len > 0 && len < 600 && linkDensity($, el) > 0.5) return;
      }
      if ((tag === 'p' || tag === 'li') && linkDensity($, el) > 0.8 && textLength($, el) < 200) return;
    }
    // After a "Related / Read also" heading, skip the link blocks that follow it, up to the next real paragraph.
    let skipping = false;
    for (const c of el.children ?? []) {
      if (c.type === 'tag') {
        const child = c as Element;
        const heading = /^h[2-6]$/.test(child.tagName);
        // Only a short text can be such a heading: read the child's text no further than 60 characters
        // (the whole text of every child of every block walked had been the costliest step of rendering).
        const t = heading || /^p$|^div$|^strong$|^span$/.test(child.tagName) ? leadingText(child, 60) : '';
        if (t.length > 0 && t.length < 60 && (END_OF_ARTICLE_HEADING.test(t) || (heading && MORE_FROM_HEADING.test(t)))) {
          flush();
          skipping = true;
          continue;
        }
        if (skipping) {
          if (child.tagName === 'p' && cleanSpace($(child).text()).length >= 150 && linkDensity($, child) < 0.2) skipping = false;
          else continue;
        }
      } else if (skipping) {
        continue;
      }
      walk(c);
    }
    if (block) flush();
  };
  walk(root);
  return blocks.filter((b) => !BOILERPLATE_LINE.test(b) && !MARKUP_TEXT.test(b) && !isDateLine(b));
}

// ---------------------------------------------------------------- main

function tokens(s: string): string[] {
  return s.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Share of b's tokens (as a multiset) that also occur in a. */
function coverage(a: string, b: string): number {
  const bag = new Map<string, number>();
  for (const t of tokens(a)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const tb = tokens(b);
  if (tb.length === 0) return 1;
  let hit = 0;
  for (const t of tb) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(t, n - 1);
    }
  }
  return hit / tb.length;
}

/**
 * Extracts an article page's main text (blocks separated by blank lines), title, byline and date. Throws
 * HtmlTooComplexError, before parsing, for a page nested too deep or with too many elements (feeds/html-limits.ts).
 */
export function extractMainText(html: string, url?: string | null): MainText {
  const { path: _path, fallback: _fallback, ...main } = extractWithFallback(html, url);
  void _path;
  void _fallback;
  return main;
}

// Second opinion (Readability on linkedom, about 4x slower than the fast path): asked only when the
// fast path is unsure, i.e. it read an unmarked layout or a tenth or more of its text is short lines
// (< 100 characters: captions, bylines, teasers and other leftovers of a wrong or too wide body).
// Its text is taken only when it is a trim of ours: nearly all of it is in ours (>= 90% of its
// tokens) while ours has more besides (< 90% of ours is in it). Thresholds: see the commit message.
const UNSURE_SHORT_SHARE = 0.1;
const SHORT_BLOCK = 100;
const TRIM_CONTAINED = 0.9;
const TRIM_EXTRA = 0.9;

/** Whether the fast path's result is one to check against Readability. */
export function fastPathUnsure(text: string, path: BodyPath): boolean {
  if (path === 'generic') return true;
  if (path !== 'marked' || text.length === 0) return false;
  let short = 0;
  for (const b of text.split('\n\n')) if (b.length < SHORT_BLOCK) short += b.length;
  return short >= UNSURE_SHORT_SHARE * text.length;
}

/** An element's text with its blocks (paragraphs, headings, list items…) separated by blank lines. */
function blockText(root: AnyNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = cleanSpace(current);
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      current += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    if (el.tagName === 'br') {
      current += ' ';
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) flush();
    for (const c of el.children ?? []) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const content = new Readability(document as unknown as Document).parse()?.content;
    return content ? blockText(cheerio.load(content).root().get(0)!) : '';
  } catch {
    return '';
  }
}

/** extractMainText with how the body was found and whether Readability's text replaced ours. */
export function extractWithFallback(html: string, url?: string | null): MainText & { path: BodyPath; fallback: 'none' | 'checked' | 'taken' } {
  const main = extractWithPath(html, url);
  if (!fastPathUnsure(main.text, main.path)) return { ...main, fallback: 'none' };
  const other = readabilityText(html);
  if (other && coverage(main.text, other) >= TRIM_CONTAINED && coverage(other, main.text) < TRIM_EXTRA) {
    return { ...main, text: other, fallback: 'taken' };
  }
  return { ...main, fallback: 'checked' };
}

/**
 * How the fast path found the body: `jsonld` (the page's JSON-LD articleBody replaced the DOM result),
 * `marked` (the body sits in, or is, an element the page marks as its article: <article>, <main>,
 * itemprop=articleBody, or an article-like class/id), `generic` (the best-scored block of an unmarked
 * layout), `none` (no paragraph scored at all).
 */
export type BodyPath = 'jsonld' | 'marked' | 'generic' | 'none';

function isMarked(el: Element): boolean {
  for (let a: Element | null = el; a && a.type === 'tag' && a.tagName !== 'body'; a = a.parent as Element | null) {
    if (a.tagName === 'article' || a.tagName === 'main' || a.attribs?.itemprop === 'articleBody') return true;
    if (a === el && POSITIVE.test(classAndId(a))) return true;
  }
  return false;
}

export function extractWithPath(html: string, url?: string | null): MainText & { path: BodyPath } {
  void url;
  assertParsableHtml(html);
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } } as cheerio.CheerioOptions);
  const hints = scanPage($);
  const ld = readJsonLd($, hints.ldScripts);
  const metas = metaIndex(hints.metas);
  const textOf = (el: Element | null) => (el ? cleanSpace($(el).text()) : '');
  const title =
    meta(metas, 'og:title', 'twitter:title') ?? (ld.headline ? cleanSpace(ld.headline) : null) ?? (textOf(hints.h1) || textOf(hints.title) || null);
  const byline = meta(metas, 'author', 'article:author', 'byl', 'parsely-author', 'dc.creator') ?? ld.author ?? (textOf(hints.byline) || null);
  const published =
    meta(metas, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date') ??
    ld.datePublished ??
    (hints.time?.attribs.datetime || null);

  removeBoilerplate($);
  lengths = new WeakMap();
  for (const top of $.root().get(0)?.children ?? []) measure(top, false, lengths);
  let text: string;
  let path: BodyPath;
  try {
    const body = findBody($);
    path = body.length === 0 ? 'none' : body.some(isMarked) ? 'marked' : 'generic';
    text = body
      .flatMap((el) => renderBlocks($, el))
      .join('\n\n');

    if (ld.articleBody) {
      const ldText = cleanSpace(decodeEntitiesAndTags(ld.articleBody));
      if (ldText.length > 200 && coverage(text, ldText) < 0.6) {
        text = decodeEntitiesAndTags(ld.articleBody)
          .split(/\n\s*\n|\r?\n/)
          .map(cleanSpace)
          .filter(Boolean)
          .join('\n\n');
        path = 'jsonld';
      }
    }
  } finally {
    lengths = null;
  }
  return { text, title, byline: byline ? cleanSpace(byline) : null, published, path };
}
