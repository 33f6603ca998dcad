/** `brinkwatch sources list|sync|import|export|resume`. */
import { readFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import { listSources, resumeSource, upsertSources } from '../../db/queries/sources.ts';
import { parseOpml, toOpml, toSourceRow } from '../../feeds/sources.ts';
import { createRuntime } from '../runtime.ts';
import { syncSources } from './services.ts';

export async function runSources(config: Config, args: string[]): Promise<number> {
  const [sub, arg] = args;
  const rt = await createRuntime(config, { migrate: 'apply', inProcess: true });
  try {
    switch (sub) {
      case 'list': {
        process.stdout.write('id\tkind\tstate\tfailures\tnext_check_at\turl\n');
        for (const s of await listSources(rt.ctx.db)) {
          const state = s.paused ? 'paused' : (s.lastStatus ?? 'new');
          process.stdout.write(`${s.id}\t${s.kind}\t${state}\t${s.consecutiveFailures}\t${s.nextCheckAt?.toISOString() ?? '-'}\t${s.url}\n`);
        }
        return 0;
      }
      case 'sync': {
        const n = await syncSources(rt, arg ?? config.sourcesFile);
        process.stderr.write(`sources: ${n} source(s) loaded\n`);
        return 0;
      }
      case 'import': {
        if (!arg) throw new Error('sources import: expected an OPML file');
        const defs = parseOpml(readFileSync(arg, 'utf8'));
        await upsertSources(rt.ctx.db, defs.map(toSourceRow));
        process.stderr.write(`sources: ${defs.length} source(s) imported from ${arg}\n`);
        return 0;
      }
      case 'export': {
        process.stdout.write(toOpml(await listSources(rt.ctx.db), rt.ctx.now()));
        return 0;
      }
      case 'resume': {
        if (!arg) throw new Error('sources resume: expected a source id');
        if (!(await resumeSource(rt.ctx.db, arg, rt.ctx.now()))) throw new Error(`sources resume: no source ${arg}`);
        process.stderr.write(`sources: ${arg} resumed\n`);
        return 0;
      }
      default:
        throw new Error('sources: expected list, sync, import FILE.opml, export or resume ID');
    }
  } finally {
    await rt.close();
  }
}
