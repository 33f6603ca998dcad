/**
 * A heap budget for `brinkwatch extract FILE`: a full garbage collection whenever the V8 heap in use has grown
 * `budgetMb` past what the last one left. On its own V8 lets the old generation grow by a factor it derives from how
 * fast its collector kept up with the program (up to 4× the live heap), so on a loaded machine, where the concurrent
 * marking threads wait for a CPU, the same 10,000 articles peaked anywhere between ~220 and ~260 MB of RSS. Extraction
 * keeps almost nothing from one article to the next (~30 MB live after a collection, most of it the lexicons), so a
 * collection every thousand or so articles (tens of milliseconds each) holds the heap near the budget whatever the load.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The collector, exposed to this process on first use (the documented `--expose-gc` flag, set at run time); null if V8 refuses. */
function collector(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}

/** A function to call once per unit of work (an article): every `every` calls it checks the heap against the budget. */
export function heapBudget(budgetMb: number, every = 50): () => void {
  const gc = collector();
  if (!gc) return () => {};
  const budget = budgetMb * 1024 * 1024;
  let base = v8.getHeapStatistics().used_heap_size;
  let n = 0;
  return () => {
    if (++n % every !== 0) return;
    if (v8.getHeapStatistics().used_heap_size < base + budget) return;
    gc();
    base = v8.getHeapStatistics().used_heap_size;
  };
}
