// Sentence splitting and tokenisation with character offsets into the source string.
// Offsets are the grounding contract: every event's sentence is source.slice(start, end).
import { KEEP_DOT, ABBREV, SENTENCE_STARTER, NONFINAL_ABBR_END, CONTINUING_END, NEGATIVE_CLITIC, SUFFIX_ABBR_END, AFTER_SUFFIX_NEW_SENTENCE } from './lexicon.ts';

export interface Token { text: string; start: number; end: number }
export interface Sentence {
  /** source.slice(start, end), with the line breaks inside a wrapped sentence read as spaces (same length). */
  text: string; start: number; end: number; line: number; qa: 'Q' | 'A' | null;
}

// Words keep inner dots, hyphens and ampersands ("U.S.", "GPT-4o", "AT&T"); an apostrophe splits off the possessive.
// A dollar sign with its country's capitals ("A$", "NT$", "R$", "US$", "HK$") is one token, a currency, as "$" is: its
// letters are no name ("fined Lumara AI NT$15 million" named "Lumara AI NT").
const TOKEN_RE = /\b\p{Lu}{1,2}\$|[A-Z](?:\.[A-Z])+\.?|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Splits a string into word and punctuation tokens with offsets. */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null) {
    let t = m[0];
    let start = m.index;
    if (t.length > 1 && t.endsWith('.') && !KEEP_DOT.test(t)) {
      out.push({ text: t.slice(0, -1), start: base + start, end: base + start + t.length - 1 });
      out.push({ text: '.', start: base + start + t.length - 1, end: base + start + t.length });
      continue;
    }
    out.push({ text: t, start: base + start, end: base + start + t.length });
    // "didn't", "won’t": the apostrophe split the word; the negative clitic is a token of its own ("did" + "n't").
    const n = out.length;
    if (t.length === 1 && n >= 3 && t.toLowerCase() === NEGATIVE_CLITIC.after && /^['’]$/.test(out[n - 2].text) && out[n - 3].text.length > 1
      && out[n - 3].text.toLowerCase().endsWith(NEGATIVE_CLITIC.last) && out[n - 3].end === out[n - 2].start && out[n - 2].end === out[n - 1].start) {
      const w = out[n - 3];
      out.splice(n - 3, 3, { text: w.text.slice(0, -1), start: w.start, end: w.end - 1 }, { text: NEGATIVE_CLITIC.token, start: w.end - 1, end: out[n - 1].end });
    }
  }
  return out;
}

const UPPER_ABBR_END = /\b(?:[A-Z]\.){2,}$/;

/**
 * Splits text into sentences. A blank line, and a line break that ends a line of its own (a heading, a list item, a
 * caption, a line closed by a full stop), end one; a hard-wrapped line inside a sentence does not (see `continues`).
 * Within the resulting lines, terminal punctuation followed by a capital ends a sentence. `text` is the sentence as
 * written with the line breaks of a wrapped sentence read as spaces (same length), so offsets stay verbatim.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineNo = 0;
  let pos = 0;
  // The logical line being gathered: from its first physical line's start to the last one's end.
  let from = -1, to = -1, firstLine = 0, last = '';
  const width = text.includes('\n') ? wrapWidth(text) : null;
  const flush = () => { if (from >= 0) splitLine(text, from, to, firstLine, out); from = -1; };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, nl);
    if (!line.trim()) flush();
    else if (from >= 0 && continues(last, line, width, text.slice(from, from + 8))) { to = nl; last = line; }
    else { flush(); from = pos; to = nl; firstLine = lineNo; last = line; }
    lineNo++;
    pos = nl + 1;
    if (nl >= text.length) break;
  }
  flush();
  return out;
}

// Markers that open a line of their own: bullets, numbered and lettered items, Q:/A: and "Name:" speaker turns.
const ITEM_START = /^(?:[-*•·▪◦‣–—]\s|\d{1,3}[.)]\s|\((?:[a-z]{1,4}|\d{1,3}|[A-Z])\)\s|[A-Z][.)]\s|[QA]\s*[:：])/u;
const SPEAKER_START = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*\s*:\s/u;
const TERMINAL_END = /[.!?]["'”’)\]]*$/;

/**
 * The width a text is hard-wrapped at (press releases, wire copy, court filings), or null when its lines are not
 * wrapped: most lines run to within 15 % of the longest line of 40 to 100 characters (at least three, and two in five
 * of all lines; the rest are paragraph ends and headings), and few lines are longer.
 */
export function wrapWidth(text: string): number | null {
  const lens = text.split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0);
  const w = lens.reduce((m, n) => (n >= 40 && n <= 100 && n > m ? n : m), 0);
  if (!w || lens.filter((n) => n > 100).length > lens.length / 4) return null;
  const full = lens.filter((n) => n >= 0.85 * w && n <= w).length;
  return full >= 3 && full >= 0.4 * lens.length ? w : null;
}

/** Whether `next` carries on the sentence that `prev` left open (a hard-wrapped line), rather than starting a line of its own. */
function continues(prev: string, next: string, width: number | null, head: string): boolean {
  const p = prev.trim();
  const n = next.trim();
  // "according to\nJ. Roe": an initial after a line stopped mid-phrase is a name, not item J.
  const initial = /^[A-Z]\.\s/.test(n) && p.length >= 25 && CONTINUING_END.test(p);
  if ((ITEM_START.test(n) && !initial) || SPEAKER_START.test(n) || /^(?:https?:|www\.)/i.test(n)) return false;
  // Lines that open in lower case are items of an unmarked list ("cabbage\npeas"), not one sentence.
  if (/^\s*\p{Ll}/u.test(head)) return false;
  // A heading or caption in capitals ("UNITED STATES DISTRICT COURT", "BACKGROUND") stands alone.
  if (/\p{Lu}{3}/u.test(p) && !/\p{Ll}/u.test(p)) return false;
  // A lower-case word goes on with the line before, whatever ends it: the in-line rules decide about the full stop.
  if (/^["'“‘(\[]?\p{Ll}/u.test(n)) return CONTINUING_END.test(p) || p.split(/\s+/).length >= 4;
  if (/[:;]$/.test(p)) return false;
  if (TERMINAL_END.test(p)) return NONFINAL_ABBR_END.test(p) || (/\b(?:[A-Z]\.){2,}$/.test(p) && !SENTENCE_STARTER.test(n));
  // Before a capital or a digit: a line stopped mid-phrase, or, in a wrapped text, a line the next word would not have
  // fitted on ("... accused\nAcme of"); a heading leaves room for it.
  const nextWord = /^\S+/.exec(n)?.[0].length ?? 0;
  return (p.length >= 25 && CONTINUING_END.test(p)) || (width !== null && prev.trimEnd().length + 1 + nextWord > width);
}

// A missing space after a full stop ("chips.The US") still ends a sentence when a lower-case word precedes it.
const BOUNDARY_RE = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;

function splitLine(text: string, from: number, to: number, lineNo: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  if (!line.trim()) return;
  let qa: 'Q' | 'A' | null = null;
  const qm = /^\s*(Q|A)\s*[:：]/.exec(line);
  if (qm) qa = qm[1] as 'Q' | 'A';
  let segStart = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(line)) !== null) {
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
    const endIdx = m.index + m[0].length;
    const before = line.slice(Math.max(0, m.index - 12), m.index + 1);
    if (m[0][0] === '.' && ABBREV.test(before)) {
      // "U.S." ends a sentence only when a clear sentence opener follows.
      const after = line.slice(endIdx).trimStart();
      // "Acme Inc." ends one when a sentence opener or a name and its lower-case verb follow ("… Acme Inc. Acme said …").
      const ends = (UPPER_ABBR_END.test(before) && SENTENCE_STARTER.test(after))
        || (SUFFIX_ABBR_END.test(before) && (SENTENCE_STARTER.test(after) || AFTER_SUFFIX_NEW_SENTENCE.test(after)));
      if (!ends) continue;
    }
    pushSeg(text, from + segStart, from + endIdx, lineNo, qa, out);
    segStart = endIdx;
  }
  pushSeg(text, from + segStart, from + line.length, lineNo, qa, out);
}

function pushSeg(text: string, s: number, e: number, line: number, qa: 'Q' | 'A' | null, out: Sentence[]): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return;
  out.push({ text: text.slice(s, e).replace(/[\r\n]/g, ' '), start: s, end: e, line, qa });
}

/**
 * Whether a line of running text is a headline or subheading: no closing punctuation, and most of its longer words
 * capitalised ("Quillon Sued by Ledger Owner for Copyright Infringement").
 */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  if (!t || /[.!?:;"”’)]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}
