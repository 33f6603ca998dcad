/**
 * The extractor's version as stored with each extraction: a major number and a digest of the files that decide the
 * extractor's output (every .ts and .json file under extract/, the training scripts of extract/learn/ aside). Any change
 * to a rule, a word list, the gazetteer or a learned model changes the digest, so `brinkwatch reextract` moves the
 * articles an older extractor wrote without anyone remembering to bump a number; a change to extract/README.md does not.
 * The digest is computed once per process (about 80 files, a few milliseconds).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Raised by hand only when the stored output changes in a way a digest cannot see (none so far). */
export const EXTRACTOR_MAJOR = '5';

/** The directory of the extractor's sources (beside this file's directory, in the repository and in a build). */
export const EXTRACT_DIR = fileURLToPath(new URL('../extract/', import.meta.url));

/** Whether a file under the extractor's directory decides its output. */
function decides(rel: string): boolean {
  return /\.(?:ts|json)$/.test(rel) && !rel.split(sep).includes('learn');
}

/** A digest (12 hex digits) of the files under `dir` that decide the extractor's output, by path and content. */
export function extractorDigest(dir: string = EXTRACT_DIR): string {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (decides(relative(dir, p))) files.push(p);
    }
  };
  walk(dir);
  const h = createHash('sha256');
  for (const f of files.sort()) {
    h.update(relative(dir, f).split(sep).join('/')).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 12);
}
