// The compiled CLI of dist/ (bin/build.mjs), when it is up to date with the sources: the URL of an entry's JavaScript,
// or null (BRINKWATCH_TSX=1, or no build could be made: the caller then runs the TypeScript through tsx).
// Up to date means every file that went into the build still has the size and modification time it had; any change
// (an edit, a checkout) builds again first (~0.5 s of CPU), so what runs is always what the sources say.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from './build.mjs';

function current() {
  let m;
  try {
    m = JSON.parse(readFileSync(join(DIST, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  for (const [rel, size, mtimeMs] of m.files) {
    let st;
    try {
      st = statSync(join(ROOT, rel));
    } catch {
      return null;
    }
    if (st.size !== size || st.mtimeMs !== mtimeMs) return null;
  }
  return m;
}

/** The file URL of `entry`'s compiled JavaScript ('cli/main.ts', 'extract/index.ts'), building it when stale; null for tsx. */
export async function builtEntry(entry) {
  if (process.env.BRINKWATCH_TSX === '1') return null;
  let m = current();
  if (!m) {
    try {
      const { build } = await import('./build.mjs');
      m = await build();
    } catch (err) {
      process.stderr.write(`brinkwatch: cannot compile to dist/ (${err?.message ?? err}); running the TypeScript through tsx\n`);
      return null;
    }
  }
  const file = m.entries[entry];
  return file ? pathToFileURL(join(DIST, file)).href : null;
}
