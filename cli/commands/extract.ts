/** `brinkwatch extract [FILE|-]`: the contract's JSON Lines in, JSON Lines out. */
import { runExtractCli } from '../../extract/cli.ts';
import { openInput } from '../input.ts';

export async function runExtractFromArgs(args: string[]): Promise<number> {
  const input = await openInput('extract', args);
  if (!input) return 2;
  return runExtractCli(input, process.stdout, {
    explain: args.includes('--explain'),
    loadHtmlToText: async () => {
      const { extractMainText } = await import('../../feeds/page.ts');
      return (html: string) => extractMainText(html).text;
    },
  });
}
