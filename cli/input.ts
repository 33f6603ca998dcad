/** The input of a JSON Lines command: FILE, or standard input when FILE is absent or '-'. */
import { createReadStream } from 'node:fs';

/**
 * Opens the command's input; null (after one line on stderr naming the command and the file) when the file cannot be
 * read, for the command to exit 2 as the contract asks.
 */
export async function openInput(command: string, args: string[]): Promise<NodeJS.ReadableStream | null> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || file === '-') return process.stdin;
  const stream = createReadStream(file);
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once('open', () => resolve(null));
    stream.once('error', (err) => resolve(err));
  });
  if (!opened) return stream;
  process.stderr.write(`${command}: cannot read ${file}: ${opened.message}\n`);
  return null;
}
