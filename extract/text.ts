// Sentence splitting and tokenisation with character offsets into the source string.
// Offsets are the grounding contract: every event's sentence is source.slice(start, end).

export interface Token { text: string; start: number; end: number }
export interface Sentence { text: string; start: number; end: number; line: number; qa: 'Q' | 'A' | null }

// Words keep inner dots, hyphens and ampersands ("U.S.", "GPT-4o", "AT&T"); an apostrophe splits off the possessive.
const TOKEN_RE = /[A-Z](?:\.[A-Z])+\.?|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const KEEP_DOT = /^(?:[A-Z]\.|[A-Z](?:\.[A-Z])+\.|Inc\.|Co\.|Corp\.|Ltd\.|Jr\.|Sr\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|St\.|No\.|v\.|vs\.|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Prof\.|Hon\.)$/;

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
  }
  return out;
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|No|Jr|Sr|Inc|Co|Corp|Ltd|vs?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Prof|Hon|e\.g|i\.e|approx|est)\.|\b[A-Z]\.)$/;
const UPPER_ABBR_END = /\b(?:[A-Z]\.){2,}$/;
const SENTENCE_STARTER = /^(?:The|This|That|These|Those|It|Its|He|She|They|We|I|But|And|In|On|At|A|An|As|After|Before|China|Chinese|According|Meanwhile|However|Today|Yesterday)\b/;

/** Splits text into sentences: every line break ends one; within a line, terminal punctuation followed by a capital does. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    splitLine(text, pos, nl, lineNo, out);
    lineNo++;
    pos = nl + 1;
    if (nl >= text.length) break;
  }
  return out;
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
      if (!(UPPER_ABBR_END.test(before) && SENTENCE_STARTER.test(after))) continue;
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
  out.push({ text: text.slice(s, e), start: s, end: e, line, qa });
}
