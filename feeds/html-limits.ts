// Limits on the HTML we parse (pure). A page of nothing but nested elements (a megabyte of `<div>`) costs
// HTML parsers time that grows with the square of its depth, and our own tree walks recurse once per level
// (from about 5,000 levels the stack overflows). Real article pages stay far below both limits (the 90 pages
// of the extraction corpus: at most 31 levels and 1,600 elements): a page over them is refused before parsing,
// with a stable reason, instead of costing minutes or a crash.
//
// The depth is estimated by one linear scan of the tags, the way an HTML parser would nest them closely
// enough: void elements and self-closed foreign elements do not nest; a close tag closes up to its own open
// element when that is among the last few open; an element whose end tag is optional (`li`, `td`, `tr`, …)
// is closed by the next of its kind within its list or table, and a `p` by the next block. Text in
// `script`, `style` and the like is skipped.

/** Nesting depth above which a document is not parsed. */
export const MAX_HTML_DEPTH = 400;
/** Elements above which a document is not parsed (work per page). */
export const MAX_HTML_ELEMENTS = 150_000;

/** A document over MAX_HTML_DEPTH or MAX_HTML_ELEMENTS; `reason` is short and stable, for storing. */
export class HtmlTooComplexError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`page: ${reason}`);
    this.name = 'HtmlTooComplexError';
    this.reason = reason;
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'command', 'image', 'isindex']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
// Opening one of these closes an open element of the first set (and what is open inside it), when found before
// one of the second (its scope).
const words = (s: string) => new Set(s.split(' '));
const IMPLIED_END: Record<string, [Set<string>, Set<string>]> = {
  li: [words('li'), words('ul ol menu')],
  dt: [words('dt dd'), words('dl')],
  dd: [words('dt dd'), words('dl')],
  tr: [words('tr'), words('table tbody thead tfoot')],
  td: [words('td th'), words('tr table')],
  th: [words('td th'), words('tr table')],
  tbody: [words('tbody thead tfoot'), words('table')],
  thead: [words('tbody thead tfoot'), words('table')],
  tfoot: [words('tbody thead tfoot'), words('table')],
  option: [words('option'), words('select datalist optgroup')],
  optgroup: [words('optgroup option'), words('select')],
  rt: [words('rt rp'), words('ruby')],
  rp: [words('rt rp'), words('ruby')],
};
// Opening one of these closes an open <p>.
const CLOSES_P = words('address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre section table ul dd dt');
/** How far back a close tag looks for its open element (a stray close tag is ignored, as parsers do). */
const CLOSE_LOOKBACK = 64;

export interface HtmlShape {
  depth: number;
  elements: number;
}

/**
 * The estimated nesting depth and element count of an HTML document, in one pass. The scan stops as soon
 * as either passes its limit (`limits`), so its cost is bounded by the document's length.
 */
export function measureHtml(html: string, limits: { depth: number; elements: number } = { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS }): HtmlShape {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>|<!--/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      // A close tag: pop to its open element if it is near the top.
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - CLOSE_LOOKBACK; i--) {
        if (stack[i] === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    elements++;
    if (elements > limits.elements) return { depth: Math.max(depth, stack.length), elements };
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      if (!close.exec(html)) break;
      tag.lastIndex = close.lastIndex - name.length - 2;
      continue;
    }
    if (VOID.has(name) || (m[3]!.endsWith('/') && (name === 'svg' || name === 'math' || name === 'path'))) continue;
    const implied = IMPLIED_END[name];
    if (implied) {
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - CLOSE_LOOKBACK; i--) {
        if (implied[1].has(stack[i]!)) break;
        if (implied[0].has(stack[i]!)) {
          stack.length = i;
          break;
        }
      }
    }
    if (CLOSES_P.has(name) && stack[stack.length - 1] === 'p') stack.pop();
    stack.push(name);
    if (stack.length > depth) {
      depth = stack.length;
      if (depth > limits.depth) return { depth, elements };
    }
  }
  return { depth, elements };
}

/** Throws HtmlTooComplexError when a document is too deep or has too many elements to parse. */
export function assertParsableHtml(html: string): void {
  const shape = measureHtml(html);
  if (shape.depth > MAX_HTML_DEPTH) throw new HtmlTooComplexError(`HTML nested deeper than ${MAX_HTML_DEPTH} levels`);
  if (shape.elements > MAX_HTML_ELEMENTS) throw new HtmlTooComplexError(`HTML has more than ${MAX_HTML_ELEMENTS} elements`);
}
