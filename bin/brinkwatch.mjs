#!/usr/bin/env node
// Entry point of the `brinkwatch` CLI. It runs the JavaScript that bin/build.mjs compiles from the TypeScript sources
// into dist/ (at `npm ci`/`npm install`, and again on the first run after any source changes: bin/built.mjs); when no
// build can be made (a read-only install) or BRINKWATCH_TSX=1, the sources load through tsx's ESM hooks as before.
import { spawn } from 'node:child_process';

// Batch extraction runs with one malloc arena. glibc gives every thread that allocates an arena of its own and keeps
// what is freed there; V8 compiles hot functions again and again on its background threads (after deoptimisations),
// and the arenas of those threads held ~60–80 MB of freed compiler memory after a few thousand articles (`brinkwatch
// extract` over 10,000 articles peaked at 245–312 MB, by machine load; with one arena ~190 MB). The variable is read
// when the process starts, so the command starts itself once more with it set (~40 ms).
const ONE_ARENA = new Set(['extract']);
if (process.platform === 'linux' && ONE_ARENA.has(process.argv[2] ?? '') && process.env.MALLOC_ARENA_MAX === undefined) {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  const { builtEntry } = await import('./built.mjs');
  const main = await builtEntry('cli/main.ts');
  if (main) {
    // Stack traces name the TypeScript sources, as under tsx.
    process.setSourceMapsEnabled(true);
    await import(main);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../cli/main.ts');
  }
}
