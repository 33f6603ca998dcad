// The extraction engine knows no English word: word lists and regular expressions of English words live in the
// language bundle (extract/lang/en/). This scans the engine files' string and regex literals with the TypeScript
// scanner and fails on an English word list inside them.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../extract/', import.meta.url));
/** The engine files (everything in extract/ but the language bundles under lang/). */
const ENGINE = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/** Entity kinds of the contract (labels, not English read from the text). */
const KINDS = new Set(['company', 'government', 'regulator', 'court', 'legislature', 'person', 'model', 'other_org']);

/** Alternatives of a regular expression that are words of three or more lower-case letters ("said|says|told"). */
function regexWords(src: string): string[] {
  return src.replace(/\(\?[:=!]|\(\?<[=!]/g, '(').split(/[|()]/).map((p) => p.replace(/^\^|\$$/g, '').replace(/\\b/g, ''))
    .filter((p) => /^[a-z]{3,}(?:\\w\*|s\?|\?)?$/.test(p));
}

/** Word lists in a source text: a regex alternation of two or more words, or an array of two or more word strings. */
export function englishLists(source: string): string[] {
  const found: string[] = [];
  const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (n as ts.RegularExpressionLiteral).text;
      const body = text.slice(1, text.lastIndexOf('/'));
      if (regexWords(body).length >= 2) found.push(text);
    } else if (ts.isArrayLiteralExpression(n)) {
      const words = n.elements.filter((e) => ts.isStringLiteral(e) && /^[a-z]{3,}$/.test(e.text) && !KINDS.has(e.text));
      if (words.length >= 2) found.push(n.getText(sf).slice(0, 80));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('the engine knows no English word', () => {
  it('finds word lists where they are (the scanner can fail)', () => {
    expect(englishLists("const A = /^(?:said|says|told)$/i;")).toHaveLength(1);
    expect(englishLists("const B = new Set(['plans', 'urges', 'x']);")).toHaveLength(1);
    expect(englishLists("const E = ['government', 'court'];")).toEqual([]);
    expect(englishLists("const C = /^\\p{Lu}[\\p{L}'-]*$/u; const D = ['company', 1];")).toEqual([]);
  });
  it('scans every engine file', () => expect(ENGINE).toEqual(expect.arrayContaining(['entities.ts', 'events.ts', 'text.ts', 'index.ts', 'dates.ts'])));
  for (const f of ENGINE) {
    it(`extract/${f} holds no English word list`, () => {
      expect(englishLists(readFileSync(dir + f, 'utf8'))).toEqual([]);
    });
  }
});
