#!/usr/bin/env node
// Compiles the CLI's TypeScript into plain JavaScript under dist/ (git-ignored), so that `brinkwatch` runs without
// tsx's loader: ~35 MB less resident memory (tsx's hooks run in a thread of their own), ~0.2 s less start-up, and none of
// the `__name` wrappers tsx adds to every named closure. `npm ci` / `npm install` run it (`prepare`), and
// bin/brinkwatch.mjs runs it again whenever a source file has changed since (bin/built.mjs); `node bin/build.mjs` by hand.
//
// One esbuild bundle with code splitting, entries cli/main.ts and extract/index.ts, packages left external (resolved from
// node_modules at run time as before). Every build goes to a directory of its own, dist/b-*/, and dist/current.json
// (written last, by rename) names it with the size and modification time of every source file that went into it.
// `import.meta.url` in our sources is rewritten to the URL of the source file itself, so that files read beside it
// (extract/gazetteer.json, db/migrations/) are found where they are.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const ENTRIES = ['cli/main.ts', 'extract/index.ts'];
/** Files that decide the output besides the sources esbuild reads (its options, the TypeScript settings, this script). */
const CONFIG_FILES = ['bin/build.mjs', 'tsconfig.json', 'package.json'];
/** Builds other than the current one are removed once they are this old (a process started from one may still load its chunks). */
const KEEP_OLD_MS = 24 * 3600 * 1000;

/** esbuild as tsx (a dependency) carries it. */
function loadEsbuild() {
  const req = createRequire(createRequire(join(ROOT, 'package.json')).resolve('tsx/package.json'));
  return req('esbuild');
}

const fileStamp = (rel) => {
  const st = statSync(join(ROOT, rel));
  return [rel, st.size, st.mtimeMs];
};

/** esbuild's options for a build into `out` (a directory inside the repository, so that packages resolve from node_modules). */
function options(out, entryPoints, splitting) {
  const metaUrl = {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        const src = readFileSync(args.path, 'utf8');
        if (!src.includes('import.meta.')) return undefined;
        // The output sits in `out`: the source's URL relative to it, resolved at run time.
        const rel = relative(out, args.path).split(sep).join('/');
        const contents = src.replace(/\bimport\.meta\.url\b/g, `(new URL(${JSON.stringify(rel)}, import.meta.url).href)`);
        if (/\bimport\.meta\.(?:filename|dirname)\b/.test(contents)) throw new Error(`${args.path}: bin/build.mjs supports import.meta.url only`);
        return { contents, loader: 'ts' };
      });
    },
  };
  return {
    absWorkingDir: ROOT,
    entryPoints,
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'node',
    // ES2022 (tsconfig's target; Node 20 has all of it), not 'node20': for a Node target esbuild rewrites every regular
    // expression literal with \p{…} into `new RegExp(…)`, compiled again on every evaluation (what tsx does).
    target: 'es2022',
    packages: 'external',
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    plugins: [metaUrl],
  };
}

/**
 * Compiles one TypeScript file and what it imports into `outdir/NAME.js` (a directory inside the repository), as the
 * CLI is compiled: the benchmark's children run so, without tsx. Returns the output file's path.
 */
export async function buildFile(entry, outdir) {
  const esbuild = loadEsbuild();
  const out = resolve(outdir);
  await esbuild.build({ ...options(out, [resolve(entry)], false), outdir: out });
  return join(out, entry.split(/[\\/]/).pop().replace(/\.ts$/, '.js'));
}

/** Builds dist/ and returns the new dist/current.json's content. */
export async function build() {
  const esbuild = loadEsbuild();
  mkdirSync(DIST, { recursive: true });
  const name = `b-${Date.now().toString(36)}-${process.pid}`;
  const tmp = join(DIST, `.tmp-${name}`);
  const out = join(DIST, name);
  const r = await esbuild.build({ ...options(out, ENTRIES, true), outdir: tmp });
  const inputs = Object.keys(r.metafile.inputs).filter((p) => !p.startsWith('node_modules/') && !p.includes(':'));
  renameSync(tmp, out);
  const manifest = { dir: name, entries: Object.fromEntries(ENTRIES.map((e) => [e, `${name}/${e.split('/').pop().replace(/\.ts$/, '.js')}`])), files: [...inputs, ...CONFIG_FILES].map(fileStamp) };
  const cur = join(DIST, `.current-${process.pid}.json`);
  writeFileSync(cur, JSON.stringify(manifest));
  renameSync(cur, join(DIST, 'current.json'));
  // Older builds go once nothing started from them is likely to be running.
  for (const d of readdirSync(DIST)) {
    if (d === name || !/^(?:\.tmp-)?b-/.test(d)) continue;
    try {
      if (Date.now() - statSync(join(DIST, d)).mtimeMs > KEEP_OLD_MS) rmSync(join(DIST, d), { recursive: true, force: true });
    } catch { /* another process removed it */ }
  }
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    // `prepare` runs before the sources are copied in (the Dockerfile's `npm ci`): nothing to build yet.
    statSync(join(ROOT, ENTRIES[0]));
  } catch {
    process.stderr.write('build: no sources yet; skipped\n');
    process.exit(0);
  }
  const t0 = performance.now();
  const m = await build();
  process.stderr.write(`build: dist/${m.dir} (${m.files.length} source files, ${Math.round(performance.now() - t0)} ms)\n`);
}
