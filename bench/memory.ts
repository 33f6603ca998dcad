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
  /**
   * Largest per-worker RSS trend over the second half: the least-squares slope of RSS against articles
   * done, times the articles of the second half. Two single samples (mid, end) catch the garbage
   * collector at arbitrary moments; the trend over every sample shows whether memory keeps climbing.
   */
  rssTrendSecondHalfMb: number;
  /** Largest RSS seen in any worker during the run. */
  peakWorkerRssMb: number;
  perWorker: { pid: number; midMb: number; endMb: number; peakMb: number; trendMb: number }[];
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
  const second = samples.filter((s) => s.done >= total / 2);
  const perWorker = pids.map((pid, i) => ({
    pid,
    midMb: round(mid.rssMb[i]!),
    endMb: round(end.rssMb[i]!),
    peakMb: round(Math.max(...samples.map((s) => s.rssMb[i]!))),
    trendMb: round(slope(second.map((s) => [s.done, s.rssMb[i]!])) * (total / 2)),
  }));
  return {
    workerRssMb: Math.max(...perWorker.map((w) => w.endMb)),
    rssGrowthSecondHalfMb: Math.max(...perWorker.map((w) => round(w.endMb - w.midMb))),
    rssTrendSecondHalfMb: Math.max(...perWorker.map((w) => w.trendMb)),
    peakWorkerRssMb: Math.max(...perWorker.map((w) => w.peakMb)),
    perWorker,
    samples: samples.length,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Least-squares slope of y over x; 0 with fewer than two distinct x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
