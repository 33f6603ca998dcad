/** `brinkwatch disputes [FILE|-]`: articles (JSON Lines) in, their events placed on disputes, one JSON document out. */
import { createReadStream } from 'node:fs';
import type { Config } from '../../config.ts';
import { runDisputesCli } from '../../disputes/cli.ts';
import { loadLadder } from '../../disputes/ladder.ts';

export async function runDisputesFromArgs(config: Config, args: string[]): Promise<number> {
  if (args[0] === 'rebuild') return runRebuild(config);
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

/** `brinkwatch disputes rebuild`: every dispute recomputed from the stored events (see rebuildDisputes). */
async function runRebuild(config: Config): Promise<number> {
  const { createRuntime } = await import('../runtime.ts');
  const { rebuildDisputes } = await import('../../workers/update-disputes.ts');
  const runtime = await createRuntime(config, { migrate: 'require', inProcess: true });
  try {
    const r = await rebuildDisputes(runtime.ctx);
    process.stderr.write(`disputes: rebuilt articles=${r.articles} disputes=${r.disputes} alert_deliveries_kept=${r.deliveriesKept}\n`);
    return 0;
  } finally {
    await runtime.close();
  }
}
