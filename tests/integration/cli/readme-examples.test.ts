/**
 * The README's examples, run as written against a running demo (a real `brinkwatch demo` process, a real
 * SMTP server for the digest sign-up), in order, in one shell: every command of its bash blocks that starts
 * with `curl`, `export` or `PGLITE_DIR=`. Only the address (localhost:8080 → the demo's port), the demo's
 * folder (a temp one), `npx brinkwatch` (this checkout) and curl's exit status on HTTP errors (`--fail-with-body`)
 * are adapted. Also: --help never runs a command, a taken port fails at once naming PORT, and links follow PORT.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../digest/helpers.ts';

const run = promisify(execFile);
const BIN = resolve('bin/brinkwatch.mjs');

function env(extra: Record<string, string> = {}) {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(DATABASE_URL|REDIS_URL|PGLITE_DIR|DEMO_PGLITE_DIR|PORT|PUBLIC_BASE_URL|SMTP_URL)$/.test(k)) base[k] = v;
  }
  return { ...base, LOG_LEVEL: 'warn', ...extra };
}

async function brinkwatch(args: string[], extra: Record<string, string> = {}, timeout = 60_000) {
  const started = Date.now();
  try {
    const r = await run('node', [BIN, ...args], { env: env(extra), timeout });
    return { code: 0, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, ms: Date.now() - started };
  }
}

/** The README's runnable commands, in order, each on one line (backslash continuations joined). */
function readmeCommands(): string[] {
  const text = readFileSync('README.md', 'utf8');
  const out: string[] = [];
  for (const block of text.matchAll(/```bash\n([\s\S]*?)```/g)) {
    // Backslash continuations, and newlines inside a single-quoted argument (a JSON body over two lines), join.
    const lines: string[] = [];
    for (const line of block[1]!.replace(/\\\n\s*/g, ' ').split('\n')) {
      const open = lines.length && (lines[lines.length - 1]!.split("'").length - 1) % 2 === 1;
      if (open) lines[lines.length - 1] += `\n${line}`;
      else lines.push(line);
    }
    for (const line of lines) if (/^(curl |export |PGLITE_DIR=)/.test(line)) out.push(line);
  }
  return out;
}

describe('the README against the demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-readme-'));
  const demoDir = join(dir, 'demo');
  const port = 19_000 + (process.pid % 1_000);
  let demo: ChildProcess;
  let smtp: SmtpSink;
  let demoErr = '';

  beforeAll(async () => {
    smtp = await startSmtpSink();
    demo = spawn('node', [BIN, 'demo'], { env: env({ DEMO_PGLITE_DIR: demoDir, PORT: String(port), SMTP_URL: smtp.url }) });
    demo.stdout!.resume();
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`demo not ready: ${demoErr}`)), 200_000);
      demo.stderr!.on('data', (d) => {
        demoErr += d;
        if (/demo: API on/.test(demoErr)) {
          clearTimeout(timer);
          ok();
        }
      });
      demo.once('exit', (code) => fail(new Error(`demo exited ${code}: ${demoErr}`)));
    });
  }, 240_000);

  afterAll(async () => {
    if (demo && demo.exitCode === null) {
      const exited = new Promise((ok) => demo.once('exit', ok));
      demo.kill('SIGTERM');
      await exited;
    }
    await smtp?.close();
  });

  it('runs every example as written', async () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThanOrEqual(9);
    const script = [
      'set -euo pipefail',
      ...commands.flatMap((c, i) => [
        `echo "@@@ ${i}"`,
        c
          .replaceAll('localhost:8080', `127.0.0.1:${port}`)
          .replaceAll('./data/demo', demoDir)
          .replaceAll('npx brinkwatch', `node ${BIN}`)
          .replaceAll('--out digest.html', `--out ${join(dir, 'digest.html')}`)
          .replace(/^curl /, 'curl --fail-with-body '),
      ]),
      'echo "@@@ end"',
    ].join('\n');
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await run('bash', ['-c', script], { env: env(), timeout: 120_000 }));
    } catch (err) {
      const e = err as { stdout: string; stderr: string };
      throw new Error(`README example failed after: ${e.stdout.split('@@@').slice(-2).join('@@@')}\n${e.stderr}`);
    }
    expect(stdout, stderr).toContain('@@@ end');
    const outputs = stdout.split(/@@@ \d+\n/).slice(1);
    commands.forEach((c, i) => {
      if (/^(export|PGLITE_DIR=)/.test(c)) return;
      const text = outputs[i]!.replace(/@@@ end\n?$/, '').trim();
      expect(text, c).not.toBe('');
      expect(text, c).not.toBe('null');
    });
    // The answers are the ones the README means, not just any answer (issue 19: a spurious dispute and a missing
    // DEMAND had passed as "something").
    const outputOf = (part: string) => outputs[commands.findIndex((c) => c.includes(part))]!;
    const threatsAndDemands = outputOf('type=THREAT,DEMAND');
    expect(threatsAndDemands).toMatch(/"type": "THREAT"/);
    expect(threatsAndDemands, 'a ministry counts as its state in event search').toMatch(/"type": "DEMAND"/);
    const firstAnthropic = Number(outputOf('actor=Anthropic').trim());
    const disputes = await (await fetch(`http://127.0.0.1:${port}/disputes/${firstAnthropic}`)).json();
    expect(disputes.parties.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Anthropic', 'Alibaba']));
    const csv = outputs[commands.findIndex((c) => c.includes('format=csv'))]!;
    expect(csv.split('\n')[0]).toMatch(/date/);
    expect(existsSync(join(dir, 'digest.html'))).toBe(true);
    // The demo said what it was doing while it worked (progress on stderr) and how to get a key.
    expect(demoErr).toMatch(/demo: creating a fresh database in /);
    expect(demoErr).toMatch(/demo: \d+ job\(s\) done, 0 waiting \(poll-feed \d+/);
    expect(demoErr).toContain(`PGLITE_DIR=${demoDir} npx brinkwatch keys create --name me`);
    // The digest sign-up mailed its confirmation, with a link on the demo's port.
    expect(smtp.messages.length).toBe(1);
    expect(smtp.raw[0]).toContain(`http://127.0.0.1:${port}/subscriptions/confirm`);
  }, 200_000);

  it('links in Atom feeds follow the demo\'s port', async () => {
    const atom = await (await fetch(`http://127.0.0.1:${port}/disputes/1/timeline?format=atom`)).text();
    expect(atom).toContain(`http://127.0.0.1:${port}/`);
    expect(atom).not.toContain('localhost:8080');
  });

  it('a taken port stops the demo and the API at once, naming PORT, before any work', async () => {
    const r = await brinkwatch(['demo', '--port', String(port)], { DEMO_PGLITE_DIR: join(dir, 'demo2') });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe(`brinkwatch: api: PORT ${port} is already in use on 127.0.0.1: stop what listens there, or set PORT to a free port`);
    expect(existsSync(join(dir, 'demo2'))).toBe(false);
    // The API on a folder with no database: the port is named, not the missing migrations.
    const api = await brinkwatch(['api'], { PGLITE_DIR: join(dir, 'none'), PORT: String(port), HOST: '127.0.0.1' });
    expect(api.code).not.toBe(0);
    expect(api.stderr).toContain(`PORT ${port} is already in use`);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  }, 120_000);
});

describe('--help', () => {
  it('prints usage and options for every command and subcommand without running it', async () => {
    const { COMMANDS } = await import('../../../cli/help.ts');
    const dir = mkdtempSync(join(tmpdir(), 'bw-help-'));
    // A port in use: had `api --help` or `start --help` started a server, it would fail on it; a database
    // folder that must stay absent: had any command opened the database, it would exist.
    const blocker: Server = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    const e = { PGLITE_DIR: join(dir, 'db'), DEMO_PGLITE_DIR: join(dir, 'demo'), PORT: String(port), REDIS_URL: 'redis://127.0.0.1:1/0' };
    const invocations: string[][] = [];
    for (const [cmd, help] of Object.entries(COMMANDS)) {
      invocations.push([cmd, '--help']);
      for (const sub of Object.keys(help.subcommands ?? {})) invocations.push([cmd, sub, '-h']);
    }
    try {
      const results = await Promise.all(invocations.map((args) => brinkwatch(args, e, 30_000)));
      results.forEach((r, i) => {
        const args = invocations[i]!;
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stdout, args.join(' ')).toMatch(new RegExp(`^usage: brinkwatch ${args[0]}`));
        expect(r.stdout, args.join(' ')).toContain('-h, --help');
        expect(r.stderr, args.join(' ')).toBe('');
      });
      expect(existsSync(join(dir, 'db'))).toBe(false);
      expect(existsSync(join(dir, 'demo'))).toBe(false);
    } finally {
      blocker.close();
    }
    const keys = invocations.findIndex((a) => a[0] === 'keys' && a[1] === 'create');
    expect(keys).toBeGreaterThan(0);
  }, 120_000);

  it('names an unknown option, and a missing subcommand, in one line', async () => {
    const r = await brinkwatch(['keys', 'create', '--nmae', 'x'], { PGLITE_DIR: join(tmpdir(), 'bw-never') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brinkwatch: keys create: unknown option --nmae (see brinkwatch keys create --help)\n');
    const s = await brinkwatch(['migrate', '--force']);
    expect(s.stderr).toBe('brinkwatch: migrate: unknown option --force (see brinkwatch migrate --help)\n');
    const h = await brinkwatch(['help', 'keys', 'create']);
    expect(h.stdout).toMatch(/^usage: brinkwatch keys create --name NAME/);
    const k = await brinkwatch(['digest']);
    expect(k.code).toBe(2);
    expect(k.stderr).toBe('brinkwatch: digest: expected a subcommand: preview, send, tick, subscribe (see brinkwatch digest --help)\n');
  }, 60_000);
});
