// `brinkwatch extract [FILE]`: JSON Lines in, one JSON line out per input line, in order (CONTRACT.md).
// Streams line by line; only JSON goes to `output`, progress and problems go to stderr.
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { errorMessage, extractLine, type ExtractLineOptions, type ExtractLineResult } from './index.ts';

export interface ExtractCliOptions extends ExtractLineOptions {
  log?: (msg: string) => void;
  progressEvery?: number;
  /** Loads the HTML cleaner the first time a line carries `html` (keeps start-up fast for text input). */
  loadHtmlToText?: () => Promise<(html: string) => string>;
  /** Called after every line (the command's heap budget, cli/heap.ts). */
  afterLine?: () => void;
}

/** Runs the extract contract over a JSON Lines stream; returns the exit code (non-zero only when input cannot be read). */
export async function runExtractCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, opts: ExtractCliOptions = {}): Promise<number> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const every = opts.progressEvery ?? 1000;
  let readError: Error | null = null;
  input.on('error', (err: Error) => { readError = err; });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  try {
    for await (const line of rl) {
      if (!line.trim()) continue;
      let rec: ExtractLineResult;
      try {
        if (!opts.htmlToText && opts.loadHtmlToText && line.includes('"html"')) opts = { ...opts, htmlToText: await opts.loadHtmlToText() };
        rec = extractLine(line, opts);
      } catch (err) {
        // Whatever fails on one line is that line's error; the run goes on.
        rec = { id: idOf(line), error: `extract: internal error: ${errorMessage(err)}` };
      }
      if ('error' in rec) failed++;
      n++;
      if (!output.write(`${JSON.stringify(rec)}\n`)) await once(output, 'drain');
      if (every > 0 && n % every === 0) log(`extract: ${n} articles processed`);
      opts.afterLine?.();
    }
  } catch (err) {
    readError = err as Error;
  }
  if (readError) {
    log(`extract: cannot read input: ${(readError as Error).message}`);
    if (n === 0) return 2;
  }
  log(`extract: done articles=${n} errors=${failed}`);
  return 0;
}

/** The id of a line that failed after it was read, when the line is a JSON object with one. */
function idOf(line: string): unknown {
  try {
    const r = JSON.parse(line) as Record<string, unknown>;
    return r && typeof r === 'object' && !Array.isArray(r) ? r.id ?? null : null;
  } catch {
    return null;
  }
}
