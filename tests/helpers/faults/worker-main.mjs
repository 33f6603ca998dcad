// Runs the real `brinkwatch worker` command (cli/main.ts, unchanged) with BullMQ's stalled-job timing
// shortened for the fault tests. BullMQ's defaults — a 30 s lock and a 30 s stalled check — would
// take up to a minute to hand a killed worker's jobs to another; there is no configuration variable
// for them yet, so this test-only entry sets them on every Worker before its lock manager starts.
// BW_TEST_LOCK_DURATION_MS and BW_TEST_STALLED_INTERVAL_MS are read here only, never by the app.
import { register } from 'tsx/esm/api';
import { Worker } from 'bullmq';

const lockDuration = Number(process.env.BW_TEST_LOCK_DURATION_MS || 0);
const stalledInterval = Number(process.env.BW_TEST_STALLED_INTERVAL_MS || 0);
const original = Worker.prototype.createLockManager;
Worker.prototype.createLockManager = function createLockManager() {
  if (lockDuration > 0) {
    this.opts.lockDuration = lockDuration;
    this.opts.lockRenewTime = Math.floor(lockDuration / 2);
  }
  if (stalledInterval > 0) this.opts.stalledInterval = stalledInterval;
  return original.call(this);
};

register();
process.argv = [process.argv[0], 'brinkwatch', ...process.argv.slice(2)];
await import('../../../cli/main.ts');
