/** `brinkwatch disputes [FILE|-]`: articles (JSON Lines) in, their events placed on disputes, one JSON document out. */
import type { Config } from '../../config.ts';
import { runDisputesCli } from '../../disputes/cli.ts';
import { openInput } from '../input.ts';

export async function runDisputesFromArgs(config: Config, args: string[]): Promise<number> {
  if (args[0] === 'rebuild') return runRebuild(config);
  const input = await openInput('disputes', args);
  if (!input) return 2;
  const { extractMainText } = await import('../../feeds/page.ts');
  return runDisputesCli(input, process.stdout, config, (html) => extractMainText(html).text);
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
