/** `brinkwatch extract [FILE|-]`: the contract's JSON Lines in, JSON Lines out. */
import { createReadStream } from 'node:fs';
import { runExtractCli } from '../../extract/cli.ts';

export async function runExtractFromArgs(args: string[]): Promise<number> {
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
      process.stderr.write(`extract: cannot read ${file}: ${opened.message}\n`);
      return 2;
    }
    input = stream;
  }
  return runExtractCli(input, process.stdout, {
    explain: args.includes('--explain'),
    loadHtmlToText: async () => {
      const { extractMainText } = await import('../../feeds/page.ts');
      return (html: string) => extractMainText(html).text;
    },
  });
}
