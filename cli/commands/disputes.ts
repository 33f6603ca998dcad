/** `brinkwatch disputes [FILE|-]`: articles (JSON Lines) in, their events placed on disputes, one JSON document out. */
import { createReadStream } from 'node:fs';
import type { Config } from '../../config.ts';
import { runDisputesCli } from '../../disputes/cli.ts';
import { loadLadder } from '../../disputes/ladder.ts';

export async function runDisputesFromArgs(config: Config, args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  let input: NodeJS.ReadableStream;
  if (!file || file === '-') input = process.stdin;
  else {
    const stream = createReadStream(file);
    const opened = await new Promise<Error | null>((resolve) => {
      stream.once('open', () => resolve(null));
      stream.once('error', (err) => resolve(err));
    });
    if (opened) {
      process.stderr.write(`disputes: cannot read ${file}: ${opened.message}\n`);
      return 2;
    }
    input = stream;
  }
  const { extractMainText } = await import('../../feeds/page.ts');
  return runDisputesCli(input, process.stdout, loadLadder(config.ladderFile), (html) => extractMainText(html).text);
}
