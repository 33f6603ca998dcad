import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the launcher, without type declarations
import { needsOneArenaLaunch, oneArenaEnv, SERVICE_COMMANDS } from '../../../bin/launch.mjs';

describe('bin/launch.mjs: which commands start again with one malloc arena', () => {
  it('every command that extracts articles in bulk does, on Linux, when the environment does not say', () => {
    for (const cmd of ['extract', 'disputes', 'worker', 'start', 'poll', 'reextract', 'demo']) expect(needsOneArenaLaunch(cmd, {}, 'linux'), cmd).toBe(true);
  });

  it('commands that extract nothing run in the first process', () => {
    for (const cmd of ['api', 'migrate', 'keys', 'sources', 'digest', 'feed', 'page', 'seed', undefined]) expect(needsOneArenaLaunch(cmd, {}, 'linux'), String(cmd)).toBe(false);
  });

  it('a setting already in the environment (the Docker image sets it) is kept, with no second process', () => {
    expect(needsOneArenaLaunch('worker', { MALLOC_ARENA_MAX: '1' }, 'linux')).toBe(false);
    expect(needsOneArenaLaunch('worker', { MALLOC_ARENA_MAX: '4' }, 'linux')).toBe(false);
  });

  it('elsewhere than glibc on Linux nothing changes', () => {
    expect(needsOneArenaLaunch('worker', {}, 'darwin')).toBe(false);
  });

  it('the launched environment adds the setting and keeps the rest', () => {
    expect(oneArenaEnv({ NODE_OPTIONS: '--max-old-space-size=256' })).toEqual({ NODE_OPTIONS: '--max-old-space-size=256', MALLOC_ARENA_MAX: '1' });
  });

  it('the services, which read no standard input, get a process group of their own; the pure tools do not', () => {
    expect([...SERVICE_COMMANDS].sort()).toEqual(['demo', 'poll', 'reextract', 'start', 'worker']);
  });
});
