// `brinkwatch feed parse FILE...` and `brinkwatch page text FILE...` (shared/eval/CONTRACT.md):
// one JSON line per file on `out`, in order; a bad file gets its own error line and the run goes on.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from './decode.ts';
import { FeedParseError, MAX_FEED_BYTES, parseFeed } from './parse.ts';
import { extractMainText } from './page.ts';

const MAX_FILE_BYTES = MAX_FEED_BYTES;
const PARSE_TIMEOUT_MS = 2000;

class CliInputError extends Error {
  constructor(readonly kind: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Reads a file as bytes, gunzipping `.gz` files; bounded by MAX_FILE_BYTES before and after inflation. */
export async function readDocument(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw new CliInputError('io', `cli: cannot read ${file}`, { cause: err });
  }
  if (!info.isFile()) throw new CliInputError('io', `cli: ${file} is not a file`);
  if (info.size > MAX_FILE_BYTES) throw new CliInputError('too_large', `cli: ${info.size} bytes exceeds ${MAX_FILE_BYTES}`);
  const bytes = await readFile(file);
  if (!file.endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new CliInputError('too_large', `cli: inflated size exceeds ${MAX_FILE_BYTES}`, { cause: err });
    throw new CliInputError('bad_gzip', 'cli: invalid gzip data', { cause: err });
  }
}

function errorLine(file: string, err: unknown): Record<string, unknown> {
  if (err instanceof FeedParseError || err instanceof CliInputError) {
    return { file, ok: false, error: { kind: err.kind, message: err.message } };
  }
  return { file, ok: false, error: { kind: 'internal', message: err instanceof Error ? err.message : String(err) } };
}

function write(out: NodeJS.WritableStream, obj: unknown): void {
  out.write(`${JSON.stringify(obj)}\n`);
}

/** Runs `feed parse` over files; returns the exit code (non-zero only when no file could be read). */
export async function runFeedParseCli(files: string[], out: NodeJS.WritableStream): Promise<number> {
  let readable = 0;
  for (const file of files) {
    try {
      const bytes = await readDocument(file);
      readable++;
      const feed = await parseFeed(bytes, { timeoutMs: PARSE_TIMEOUT_MS });
      write(out, { file, ok: true, format: feed.format, title: feed.title, items: feed.items.length });
    } catch (err) {
      write(out, errorLine(file, err));
    }
  }
  return files.length > 0 && readable === 0 ? 1 : 0;
}

/** Runs `page text` over saved pages; returns the exit code (non-zero only when no file could be read). */
export async function runPageTextCli(files: string[], out: NodeJS.WritableStream): Promise<number> {
  let readable = 0;
  for (const file of files) {
    try {
      const bytes = await readDocument(file);
      readable++;
      const { text } = decodeBody(bytes, null);
      const page = extractMainText(text, null);
      write(out, { file, ok: true, text: page.text, title: page.title, byline: page.byline, published: page.published });
    } catch (err) {
      write(out, errorLine(file, err));
    }
  }
  return files.length > 0 && readable === 0 ? 1 : 0;
}
