/** `brinkwatch extract [FILE|-]`: the contract's JSON Lines in, JSON Lines out. */
import { runExtractCli } from '../../extract/cli.ts';
import { openInput } from '../input.ts';
import { heapBudget } from '../heap.ts';

/** Heap growth (MB) past the last full collection that `brinkwatch extract` allows before the next (cli/heap.ts). */
const EXTRACT_HEAP_BUDGET_MB = 48;

export async function runExtractFromArgs(args: string[]): Promise<number> {
  const input = await openInput('extract', args);
  if (!input) return 2;
  return runExtractCli(input, process.stdout, {
    explain: args.includes('--explain'),
    filter: args.includes('--filter'),
    afterLine: heapBudget(EXTRACT_HEAP_BUDGET_MB),
    loadHtmlToText: async () => {
      const { extractMainText } = await import('../../feeds/page.ts');
      return (html: string) => extractMainText(html).text;
    },
  });
}
