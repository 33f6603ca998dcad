/** Progress of a long in-process run on standard error: a line every few seconds (rewritten in place on a terminal). */
import type { InProcessSummary } from '../workers/in-process.ts';

/** A callback for runInProcess that reports `label: N job(s) done, M waiting (...)` at most every `everyMs`. */
export function pipelineProgress(label: string, everyMs = 2_000): (summary: InProcessSummary, waiting: number) => void {
  let last = Date.now();
  return (summary, waiting) => {
    const now = Date.now();
    if (now - last < everyMs && waiting > 0) return;
    last = now;
    const counts = Object.entries(summary.byQueue).map(([q, n]) => `${q} ${n}`).join(', ');
    const line = `${label}: ${summary.jobs} job(s) done, ${waiting} waiting (${counts})${summary.failed ? `, ${summary.failed} failed` : ''}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K${waiting ? '' : '\n'}` : `${line}\n`);
  };
}
