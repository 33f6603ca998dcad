/**
 * Worker memory: samples each worker process's resident set size (VmRSS) during the ingest run, with
 * how many articles were done at that moment, and summarises it as the RSS at the end and the growth
 * from the moment half the articles were done to the end.
 */
import { rssMb } from './lib/proc.ts';

export interface RssSample {
  atMs: number;
  done: number;
  rssMb: number[];
}

export interface MemoryResult {
  /** Largest worker RSS at the end of the run. */
  workerRssMb: number;
  /** Largest per-worker RSS change between the midpoint (half the articles done) and the end. */
  rssGrowthSecondHalfMb: number;
  /** Largest RSS seen in any worker during the run. */
  peakWorkerRssMb: number;
  perWorker: { pid: number; midMb: number; endMb: number; peakMb: number }[];
  samples: number;
}

/** Collects RSS samples of `pids` every `everyMs` until stopped. */
export function startRssSampler(pids: number[], done: () => number, everyMs = 1_000) {
  const started = Date.now();
  const samples: RssSample[] = [];
  const take = () => {
    const rss = pids.map((pid) => rssMb(pid) ?? 0);
    samples.push({ atMs: Date.now() - started, done: done(), rssMb: rss });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    /** Takes a last sample and stops. */
    stop(): RssSample[] {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** Summarises samples: RSS at the end, growth over the second half (by articles done), peak. */
export function summariseRss(pids: number[], samples: RssSample[], total: number): MemoryResult {
  const end = samples[samples.length - 1]!;
  const mid = samples.find((s) => s.done >= total / 2) ?? samples[Math.floor(samples.length / 2)]!;
  const perWorker = pids.map((pid, i) => ({
    pid,
    midMb: round(mid.rssMb[i]!),
    endMb: round(end.rssMb[i]!),
    peakMb: round(Math.max(...samples.map((s) => s.rssMb[i]!))),
  }));
  return {
    workerRssMb: Math.max(...perWorker.map((w) => w.endMb)),
    rssGrowthSecondHalfMb: Math.max(...perWorker.map((w) => round(w.endMb - w.midMb))),
    peakWorkerRssMb: Math.max(...perWorker.map((w) => w.peakMb)),
    perWorker,
    samples: samples.length,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
