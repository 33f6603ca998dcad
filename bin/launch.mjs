// How bin/brinkwatch.mjs starts the commands that extract articles in bulk: with one malloc arena (MALLOC_ARENA_MAX=1).
// glibc gives every thread that allocates an arena of its own and keeps what is freed there; V8 compiles hot functions
// again and again on its background threads (after deoptimisations), and the arenas of those threads held ~60–80 MB of
// freed compiler memory after a few thousand articles (`brinkwatch extract` over 10,000 articles peaked at 245–312 MB,
// by machine load; with one arena ~190 MB; extraction inside a long-running process 345–360 MB, bench/README.md). The
// variable is read when the process starts, so such a command starts itself once more with it set (~40 ms, and a
// launcher of ~40 MB resident that does nothing but wait); where the environment already sets it (the Docker image
// does) the command runs in the first process. The launched process is bound to its launcher:
//   - SIGINT, SIGTERM, SIGHUP sent to the launcher are passed on, and the launcher ends as the command did (same exit
//     code, or the same signal);
//   - the command notices at once when its launcher is gone (an IPC channel whose other end the kernel closes, even
//     on SIGKILL) and kills itself with SIGKILL, as if it had been the process killed: no orphan goes on taking jobs;
//   - a service (worker, start, poll, reextract, demo) runs in a process group of its own with no standard input, so
//     that a Ctrl-C at a terminal, which signals the terminal's whole foreground group, reaches it once (through the
//     launcher), not twice — a second SIGINT means "stop now" to it; Ctrl-Z stops both, `fg` continues both.
import { spawn } from 'node:child_process';

/** Commands that extract articles in bulk, and so run with one malloc arena. */
export const ONE_ARENA_COMMANDS = new Set(['extract', 'disputes', 'worker', 'start', 'poll', 'reextract', 'demo']);
/** Of those, the services: they never read standard input and handle SIGINT/SIGTERM themselves (a graceful stop). */
export const SERVICE_COMMANDS = new Set(['worker', 'start', 'poll', 'reextract', 'demo']);
/** Set in the launched process's environment to the launcher's pid. */
export const LAUNCHER_ENV = 'BRINKWATCH_LAUNCHER_PID';

/** Whether `brinkwatch <command>` should start itself again with one malloc arena. */
export function needsOneArenaLaunch(command, env = process.env, platform = process.platform) {
  return platform === 'linux' && ONE_ARENA_COMMANDS.has(command ?? '') && env.MALLOC_ARENA_MAX === undefined;
}

/** The environment of a command launched with one malloc arena (besides the launcher's pid). */
export function oneArenaEnv(env = process.env) {
  return { ...env, MALLOC_ARENA_MAX: '1' };
}

/** Starts this same command line again with MALLOC_ARENA_MAX=1 and stands in for it until it ends (see above). */
export function launchWithOneArena(command) {
  const service = SERVICE_COMMANDS.has(command);
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: [service ? 'ignore' : 'inherit', 'inherit', 'inherit', 'ipc'],
    detached: service,
    env: { ...oneArenaEnv(), [LAUNCHER_ENV]: String(process.pid) },
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  if (service) {
    // Job control: the command is outside the terminal's foreground group, so it is stopped and continued with us.
    process.on('SIGTSTP', () => {
      child.kill('SIGSTOP');
      process.kill(process.pid, 'SIGSTOP');
    });
    process.on('SIGCONT', () => child.kill('SIGCONT'));
  }
  // The channel only tells the command that we are alive; it must not keep this process waiting by itself.
  child.channel?.unref();
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
  return child;
}

/**
 * In a process started by launchWithOneArena: dies with SIGKILL as soon as the launcher is gone. Returns whether this
 * process was so started.
 */
export function bindToLauncher() {
  if (process.env[LAUNCHER_ENV] === undefined || !process.channel) return false;
  delete process.env[LAUNCHER_ENV];
  process.once('disconnect', () => {
    process.stderr.write('brinkwatch: the launching process is gone; stopping\n');
    process.kill(process.pid, 'SIGKILL');
  });
  // Waiting for the launcher must not keep a finished command alive.
  process.channel.unref();
  return true;
}
