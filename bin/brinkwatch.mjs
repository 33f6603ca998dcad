#!/usr/bin/env node
// Entry point of the `brinkwatch` CLI. It runs the JavaScript that bin/build.mjs compiles from the TypeScript sources
// into dist/ (at `npm ci`/`npm install`, and again on the first run after any source changes: bin/built.mjs); when no
// build can be made (a read-only install) or BRINKWATCH_TSX=1, the sources load through tsx's ESM hooks as before.
import { bindToLauncher, launchWithOneArena, needsOneArenaLaunch } from './launch.mjs';

// The commands that extract articles in bulk run with one malloc arena: started once more with it set (bin/launch.mjs).
const command = process.argv[2];
if (needsOneArenaLaunch(command)) {
  launchWithOneArena(command);
} else {
  bindToLauncher();
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
