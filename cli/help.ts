/**
 * Every command's usage and options: `brinkwatch <command> [<subcommand>] --help` prints them without
 * running anything, and `checkArgs` rejects an option the command does not take, naming it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandHelp {
  usage: string;
  about: string;
  options?: Options;
  /** One line per option, in the order shown. */
  optionHelp?: [string, string][];
  /** Environment variables that matter most to this command. */
  env?: string;
  subcommands?: Record<string, CommandHelp>;
}

const DB_ENV = 'DATABASE_URL (unset: embedded PGlite in PGLITE_DIR, default ./data/pglite)';
const str = { type: 'string' } as const;
const strs = { type: 'string', multiple: true } as const;
const flag = { type: 'boolean' } as const;

export const COMMANDS: Record<string, CommandHelp> = {
  start: {
    usage: 'brinkwatch start',
    about: 'Migrate, load the source list, poll the sources (BullMQ if REDIS_URL, else in-process) and serve the API until stopped.',
    env: `${DB_ENV}, REDIS_URL, PORT (default 8080), HOST, SOURCES_FILE, PUBLIC_BASE_URL`,
  },
  migrate: { usage: 'brinkwatch migrate', about: 'Apply pending database migrations and exit.', env: DB_ENV },
  api: {
    usage: 'brinkwatch api',
    about: 'Serve the HTTP API until stopped (the database must be migrated).',
    env: `${DB_ENV}, REDIS_URL, PORT (default 8080), HOST, PUBLIC_BASE_URL`,
  },
  worker: {
    usage: 'brinkwatch worker [--queues=Q1,Q2]',
    about: "Run BullMQ workers for every queue (or the named ones) and schedule each source's polls; needs REDIS_URL.",
    options: { queues: str },
    optionHelp: [['--queues=Q1,Q2', 'only these queues (poll-feed, fetch-article, extract-article, update-disputes, ...)']],
    env: `${DB_ENV}, REDIS_URL, WORKER_METRICS_PORT`,
  },
  poll: {
    usage: 'brinkwatch poll [SOURCE_ID...]',
    about: 'Poll the named sources (all enabled ones when none is named) once now and run the pipeline to the end; progress on stderr.',
    env: `${DB_ENV}, SOURCES_FILE`,
  },
  reextract: {
    usage: 'brinkwatch reextract [--since YYYY-MM-DD] [--all]',
    about: 'Move stored articles to the current extractor (those written by another version) and update the disputes; progress on stderr.',
    options: { since: str, all: flag },
    optionHelp: [
      ['--since DATE', 'only articles published on or after DATE'],
      ['--all', 'every stored article, whatever extractor wrote it'],
    ],
    env: DB_ENV,
  },
  demo: {
    usage: 'brinkwatch demo [--once] [--json] [--port N]',
    about:
      'Offline demo: serve the fictional feeds/samples/ on 127.0.0.1, ingest them into the demo database (DEMO_PGLITE_DIR,\n' +
      'default ./data/demo, replaced on every run), print the disputes, then serve the API until stopped.',
    options: { once: flag, json: flag, port: str },
    optionHelp: [
      ['--once', 'exit after printing the disputes'],
      ['--json', 'print the disputes with their timelines as JSON on stdout'],
      ['--port N', 'API port (default PORT, 8080)'],
    ],
    env: 'DEMO_PGLITE_DIR, PORT, PUBLIC_BASE_URL',
  },
  seed: {
    usage: 'brinkwatch seed --events N --disputes N [--actors N] [--sources N] [--days N] [--seed N]',
    about: 'Add synthetic disputes at benchmark scale (see bench/README.md); every run adds new rows.',
    options: { events: str, disputes: str, actors: str, sources: str, days: str, seed: str },
    optionHelp: [
      ['--events N', 'events to write (default 1000000)'],
      ['--disputes N', 'disputes (default 20000)'],
      ['--actors N', 'actors (default 2000)'],
      ['--sources N', 'outlets (default 40)'],
      ['--days N', 'days of history before today (default 1000)'],
      ['--seed N', 'random seed (default 42)'],
    ],
    env: DB_ENV,
  },
  sources: {
    usage: 'brinkwatch sources <list|sync|import|export|resume> ...',
    about: 'Manage the sources we watch.',
    env: `${DB_ENV}, SOURCES_FILE`,
    subcommands: {
      list: { usage: 'brinkwatch sources list', about: 'List sources with their health (a header row, then one tab-separated line each).' },
      sync: { usage: 'brinkwatch sources sync [FILE]', about: 'Load the source list (FILE, else SOURCES_FILE, default feeds/sources.json): adds and updates, never deletes.' },
      import: { usage: 'brinkwatch sources import FILE.opml', about: 'Add or update sources from an OPML file.' },
      export: { usage: 'brinkwatch sources export', about: 'Print the sources as OPML on stdout.' },
      resume: { usage: 'brinkwatch sources resume ID', about: 'Resume a paused source and make it due now.' },
    },
  },
  digest: {
    usage: 'brinkwatch digest <preview|send|tick|subscribe> ...',
    about: 'Daily digests: render, send, subscribe.',
    env: `${DB_ENV}, SMTP_URL, MAIL_FROM, PUBLIC_BASE_URL`,
    subcommands: {
      preview: {
        usage: 'brinkwatch digest preview --date YYYY-MM-DD --out FILE.html [--tz ZONE] [--actor A]... [--issue I]... [--min-level N]',
        about: 'Render the digest of a local day to an HTML file, without sending or recording anything.',
        options: { date: str, out: str, tz: str, actor: strs, issue: strs, 'min-level': str },
        optionHelp: [
          ['--date YYYY-MM-DD', 'the day (required)'],
          ['--out FILE.html', 'where to write it (required)'],
          ['--tz ZONE', 'IANA time zone of the day (default UTC)'],
          ['--actor A', 'only disputes with this party (repeatable)'],
          ['--issue I', 'only disputes about this issue (repeatable)'],
          ['--min-level N', 'only disputes at this ladder level or above'],
        ],
      },
      send: {
        usage: 'brinkwatch digest send --date YYYY-MM-DD',
        about: "Send that (closed) day's digest to every confirmed subscriber, exactly once each; one line per subscriber on stdout.",
        options: { date: str },
        optionHelp: [['--date YYYY-MM-DD', 'the day (required)']],
      },
      tick: { usage: 'brinkwatch digest tick', about: 'Send every digest whose local send time has passed (what the 15-minute scheduler runs).' },
      subscribe: {
        usage: 'brinkwatch digest subscribe EMAIL [--tz ZONE] [--at HH:MM] [--send-empty]',
        about: 'Create an unconfirmed subscription and mail the confirmation link (double opt-in).',
        options: { tz: str, at: str, 'send-empty': flag },
        optionHelp: [
          ['--tz ZONE', 'IANA time zone (default UTC)'],
          ['--at HH:MM', 'local send time (default 07:00)'],
          ['--send-empty', 'send on days with nothing new too'],
        ],
      },
    },
  },
  keys: {
    usage: 'brinkwatch keys <create|list|revoke> ...',
    about: 'API keys, stored hashed: writes need a key with the write scope, /admin/queues an admin key.',
    env: DB_ENV,
    subcommands: {
      create: {
        usage: 'brinkwatch keys create --name NAME [--scope read|write|admin]...',
        about: 'Create a key and print it once on stdout.',
        options: { name: str, scope: strs },
        optionHelp: [
          ['--name NAME', 'who the key is for (required)'],
          ['--scope S', 'read, write or admin; repeatable (default write)'],
        ],
      },
      list: { usage: 'brinkwatch keys list', about: 'List keys: id, prefix, name, scopes, state.' },
      revoke: { usage: 'brinkwatch keys revoke ID', about: 'Revoke a key.' },
    },
  },
  extract: {
    usage: 'brinkwatch extract [FILE|-] [--explain] [--filter]',
    about: 'Extract entities and events from JSON Lines articles (stdin or FILE); JSON Lines on stdout (../shared/eval/CONTRACT.md).',
    options: { explain: flag, filter: flag },
    optionHelp: [['--explain', "each event's pattern and how its roles were filled (with --filter, the filter's probability: keep)"],
      ['--filter', 'drop the events the learned filter scores unlikely: more precise, a little less recall (extract/README.md)']],
  },
  disputes: {
    usage: 'brinkwatch disputes [FILE|-]  |  brinkwatch disputes rebuild',
    about:
      'Place JSON Lines articles\' events (given, or extracted when absent) on disputes with the workers\' code, on a fresh\n' +
      'in-memory database discarded afterwards (the configured one is not opened); one JSON document on stdout\n' +
      '(../shared/eval/CONTRACT.md, "Placing events on disputes"). `rebuild` recomputes every stored dispute from\n' +
      'its events, keeping administrators\' merges and splits and the alerts already sent.',
    env: `${DB_ENV} (rebuild only)`,
  },
  feed: {
    usage: 'brinkwatch feed parse FILE...',
    about: 'Parse feed documents.',
    subcommands: { parse: { usage: 'brinkwatch feed parse FILE...', about: 'Parse feed documents; one JSON line per file on stdout.' } },
  },
  page: {
    usage: 'brinkwatch page text FILE...',
    about: 'Clean saved article pages into main text.',
    subcommands: { text: { usage: 'brinkwatch page text FILE...', about: 'Clean saved pages into main text; one JSON line per file on stdout.' } },
  },
};

/** The help text of a command, or of one of its subcommands. */
export function formatHelp(cmd: string, help: CommandHelp): string {
  const lines = [`usage: ${help.usage}`, '', help.about];
  if (help.subcommands) {
    lines.push('', 'subcommands (brinkwatch ' + cmd + ' <subcommand> --help for each):');
    for (const sub of Object.values(help.subcommands)) lines.push(`  ${sub.usage.replace(/^brinkwatch \S+ /, '')}`, `      ${sub.about.split('\n')[0]}`);
  }
  lines.push('', 'options:');
  for (const [o, text] of help.optionHelp ?? []) lines.push(`  ${o.padEnd(20)} ${text}`);
  lines.push(`  ${'-h, --help'.padEnd(20)} show this help`);
  if (help.env) lines.push('', `environment: ${help.env}`);
  return `${lines.join('\n')}\n`;
}

/** Whether the arguments ask for help (before a `--`). */
export function wantsHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

/** Throws a one-line error naming the first option `help` does not take (or a missing option value). */
export function checkArgs(label: string, help: CommandHelp, args: string[]): void {
  try {
    parseArgs({ args, options: help.options ?? {}, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const m = /'(-[^']*)'/.exec((err as Error).message);
    const opt = m?.[1] ?? '';
    const see = `(see brinkwatch ${label} --help)`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`${label}: unknown option ${opt} ${see}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${label}: option ${opt.split(' ')[0]} ${/argument missing/.test((err as Error).message) ? 'needs a value' : 'takes no value'} ${see}`);
    }
    throw new UsageError(`${label}: ${(err as Error).message}`);
  }
}

/** A command line that cannot be run; exits with status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
