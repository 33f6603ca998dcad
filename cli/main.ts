/**
 * The `brinkwatch` command line. Each subcommand loads only what it needs, so the pure ones
 * (extract, feed parse, page text) start fast and print nothing but JSON Lines on stdout.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { checkArgs, COMMANDS, formatHelp, UsageError, wantsHelp } from './help.ts';

const USAGE = `usage: brinkwatch <command> [options]

Pipeline and services
  start                      migrate, then run the pipeline (BullMQ if REDIS_URL, else in-process) and the API
  migrate                    apply database migrations
  api                        serve the HTTP API (PORT, default 8080)
  worker                     run BullMQ workers for every queue and schedule each source's polls (needs REDIS_URL)
  poll [SOURCE_ID...]        poll sources once now (all enabled sources when none is named) and run the pipeline
  reextract [--since DATE] [--all]
                             move stored articles to the current extractor (--all: every one) and update disputes
  demo [--once] [--json]     offline demo: serve feeds/samples/ locally, ingest into a fresh embedded database
  seed --events N --disputes N [--actors N]   add synthetic disputes at benchmark scale (see bench/README.md)

Sources
  sources list               list sources with their health
  sources sync [FILE]        load the source list (SOURCES_FILE, default feeds/sources.json) into the database
  sources import FILE.opml   add or update sources from an OPML file
  sources export             print the sources as OPML
  sources resume ID          resume a paused source

Digests
  digest preview --date YYYY-MM-DD --out FILE.html [--tz ZONE] [--actor A] [--issue I] [--min-level N]
  digest send --date YYYY-MM-DD          send that day's digests now (exactly once per subscriber and day)
  digest tick                            send every digest whose local send time has passed
  digest subscribe EMAIL [--tz ZONE] [--at HH:MM] [--send-empty]   sends a confirmation e-mail (double opt-in)

API keys (stored hashed; writes need a key with the write scope, /admin/queues an admin key)
  keys create --name NAME [--scope read|write|admin]   print a new key once
  keys list | keys revoke ID

Pure tools (JSON Lines on stdout, see ../shared/eval/CONTRACT.md)
  extract [FILE|-] [--explain] [--filter]  extract entities and events from JSON Lines articles
                             (--explain: each event's pattern and how its roles were filled;
                             --filter: drop events the learned filter scores unlikely)
  disputes [FILE|-]          place articles' events (given or extracted) on disputes; one JSON document out
  disputes rebuild           recompute every dispute from the stored events (keeps admin merges/splits and sent alerts)
  feed parse FILE...         parse feed documents
  page text FILE...          clean saved article pages into main text

brinkwatch <command> --help (or -h, or brinkwatch help <command>) shows a command's usage and options without running it.
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const help = cmd ? COMMANDS[cmd] : undefined;
  if (help) {
    // Help first: `--help` never runs anything (no database, no server, no polling).
    const sub = help.subcommands && rest[0] && !rest[0].startsWith('-') ? rest[0] : undefined;
    const subHelp = sub ? help.subcommands![sub] : undefined;
    if (sub && !subHelp) throw new UsageError(`${cmd}: unknown subcommand ${sub}; expected ${Object.keys(help.subcommands!).join(', ')} (see brinkwatch ${cmd} --help)`);
    if (wantsHelp(rest)) {
      process.stdout.write(formatHelp(subHelp ? `${cmd} ${sub}` : cmd, subHelp ?? help));
      return 0;
    }
    if (help.subcommands && !sub) throw new UsageError(`${cmd}: expected a subcommand: ${Object.keys(help.subcommands).join(', ')} (see brinkwatch ${cmd} --help)`);
    checkArgs(`${cmd}${sub ? ` ${sub}` : ''}`, subHelp ?? help, sub ? rest.slice(1) : rest);
  }
  switch (cmd) {
    case 'extract': {
      const { runExtractFromArgs } = await import('./commands/extract.ts');
      return runExtractFromArgs(rest);
    }
    case 'disputes': {
      const { runDisputesFromArgs } = await import('./commands/disputes.ts');
      return runDisputesFromArgs(await config(), rest);
    }
    case 'feed': {
      if (rest[0] !== 'parse') return usage('feed: expected `feed parse FILE...`');
      const { runFeedParseCli } = await import('../feeds/cli.ts');
      return runFeedParseCli(rest.slice(1), process.stdout);
    }
    case 'page': {
      if (rest[0] !== 'text') return usage('page: expected `page text FILE...`');
      const { runPageTextCli } = await import('../feeds/cli.ts');
      return runPageTextCli(rest.slice(1), process.stdout);
    }
    case 'migrate': {
      const { runMigrate } = await import('./commands/services.ts');
      return runMigrate(await config());
    }
    case 'api': {
      const { runApi } = await import('./commands/services.ts');
      return runApi(await config());
    }
    case 'worker': {
      const { runWorker } = await import('./commands/services.ts');
      return runWorker(await config(), rest);
    }
    case 'start': {
      const { runStart } = await import('./commands/services.ts');
      return runStart(await config());
    }
    case 'poll': {
      const { runPoll } = await import('./commands/services.ts');
      return runPoll(await config(), rest);
    }
    case 'reextract': {
      const { values } = parseArgs({ args: rest, options: { since: { type: 'string' }, all: { type: 'boolean', default: false } } });
      const { runReextract } = await import('./commands/reextract.ts');
      return runReextract(await config(), { since: values.since, all: values.all });
    }
    case 'demo': {
      const { values } = parseArgs({
        args: rest,
        options: { once: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, port: { type: 'string' } },
      });
      const { runDemo } = await import('./commands/demo.ts');
      return runDemo(await config(), { once: values.once!, json: values.json!, port: values.port === undefined ? undefined : parsePort(values.port) });
    }
    case 'digest': {
      const { runDigestCommand } = await import('./commands/digest.ts');
      return runDigestCommand(await config(), rest);
    }
    case 'seed': {
      const { runSeed } = await import('./commands/seed.ts');
      return runSeed(await config(), rest);
    }
    case 'keys': {
      const { runKeys } = await import('./commands/keys.ts');
      return runKeys(await config(), rest);
    }
    case 'sources': {
      const { runSources } = await import('./commands/sources.ts');
      return runSources(await config(), rest);
    }
    case 'help':
      if (rest[0] && COMMANDS[rest[0]]) {
        const sub = rest[1] ? COMMANDS[rest[0]]!.subcommands?.[rest[1]] : undefined;
        process.stdout.write(formatHelp(sub ? `${rest[0]} ${rest[1]}` : rest[0], sub ?? COMMANDS[rest[0]]!));
        return 0;
      }
      process.stdout.write(USAGE);
      return 0;
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      return usage(`unknown command: ${cmd}`);
  }
}

function parsePort(v: string): number {
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65_535) throw new UsageError(`demo: --port must be a port number (0-65535), got ${v}`);
  return Number(v);
}

function usage(message: string): number {
  process.stderr.write(`brinkwatch: ${message}\n\n${USAGE}`);
  return 2;
}

/** Loaded on demand so the pure commands (extract, feed parse, page text) start without it. */
async function config(): Promise<Config> {
  const { loadConfig } = await import('../config.ts');
  return loadConfig(process.env);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`brinkwatch: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (err instanceof Error && err.name === 'ConfigError') process.stderr.write(`${err.message}\n`);
    else if (err instanceof Error) process.stderr.write(`brinkwatch: ${err.message}\n`);
    else process.stderr.write(`brinkwatch: ${String(err)}\n`);
    process.exitCode = process.exitCode || 1;
  },
);
