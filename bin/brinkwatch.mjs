#!/usr/bin/env node
// Entry point of the `brinkwatch` CLI. TypeScript sources are loaded through tsx's ESM hooks,
// so `npx brinkwatch ...` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
