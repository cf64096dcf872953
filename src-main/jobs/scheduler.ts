// Background jobs (outbox delivery, expiry clean-up, due-date reminders…). Each job says when it
// is next due by the injected clock; a real timer only wakes the scheduler to look. Tests skip the
// timer and call runDue() after moving a FakeClock.
import type { Clock } from '../clock';
import type { Logger } from '../log';

export interface Job {
  name: string;
  /** When the job should next run, given when it last finished (null: never ran in this process). */
  nextRun(lastRun: number | null, now: number): number;
  run(now: number): Promise<void> | void;
}

export interface Scheduler {
  add(job: Job): void;
  /** Runs every due job once, one after another; resolves when they are done. */
  runDue(): Promise<void>;
  /** Runs one job now, whatever its schedule. */
  runNow(name: string): Promise<void>;
  start(intervalMs?: number): void;
  /** Stops the timer and waits for a running pass to finish. */
  stop(): Promise<void>;
  readonly names: string[];
}

/** A job that runs every `ms` milliseconds. */
export function every(ms: number): Job['nextRun'] {
  return (last, now) => (last === null ? now : last + ms);
}

export function createScheduler(clock: Clock, log: Logger): Scheduler {
  const jobs: { job: Job; lastRun: number | null }[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const runOne = async (entry: { job: Job; lastRun: number | null }) => {
    try {
      await entry.job.run(clock.now());
    } catch (error) {
      log.error('job.failed', error, { job: entry.job.name });
    } finally {
      entry.lastRun = clock.now();
    }
  };

  // Passes are chained so two never overlap, whoever starts them.
  const enqueue = (work: () => Promise<void>) => {
    running = running.then(work);
    return running;
  };

  return {
    add(job) {
      jobs.push({ job, lastRun: null });
    },
    runDue() {
      return enqueue(async () => {
        for (const entry of jobs) {
          if (entry.job.nextRun(entry.lastRun, clock.now()) <= clock.now()) await runOne(entry);
        }
      });
    },
    runNow(name) {
      const entry = jobs.find((e) => e.job.name === name);
      if (!entry) return Promise.reject(new Error(`no job named ${name}`));
      return enqueue(() => runOne(entry));
    },
    start(intervalMs = 1000) {
      if (timer) return;
      timer = setInterval(() => void this.runDue(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    get names() {
      return jobs.map((e) => e.job.name);
    },
  };
}
