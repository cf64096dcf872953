import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src-main/clock';
import { createScheduler, every } from '../../../src-main/jobs/scheduler';
import { createMemoryLogger } from '../../../src-main/log';

describe('scheduler', () => {
  it('runs a job when due by the injected clock', async () => {
    const clock = new FakeClock();
    const jobs = createScheduler(clock, createMemoryLogger());
    const runs: number[] = [];
    jobs.add({ name: 'tick', nextRun: every(60_000), run: (now) => void runs.push(now) });
    await jobs.runDue();
    await jobs.runDue();
    expect(runs).toHaveLength(1);
    clock.advance(59_999);
    await jobs.runDue();
    expect(runs).toHaveLength(1);
    clock.advance(1);
    await jobs.runDue();
    expect(runs).toHaveLength(2);
  });

  it('never overlaps two passes', async () => {
    const clock = new FakeClock();
    const jobs = createScheduler(clock, createMemoryLogger());
    let active = 0;
    let maxActive = 0;
    jobs.add({
      name: 'slow',
      nextRun: () => 0,
      run: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 10));
        active--;
      },
    });
    await Promise.all([jobs.runDue(), jobs.runDue(), jobs.runNow('slow')]);
    expect(maxActive).toBe(1);
  });

  it('logs a failing job and keeps the others running', async () => {
    const clock = new FakeClock();
    const log = createMemoryLogger();
    const jobs = createScheduler(clock, log);
    let ran = false;
    jobs.add({ name: 'broken', nextRun: every(1000), run: () => { throw new Error('boom'); } });
    jobs.add({ name: 'fine', nextRun: every(1000), run: () => { ran = true; } });
    await jobs.runDue();
    expect(ran).toBe(true);
    expect(log.entries).toContainEqual(expect.objectContaining({ level: 'error', event: 'job.failed', detail: { job: 'broken' } }));
  });

  it('stop waits for the running pass', async () => {
    const jobs = createScheduler(new FakeClock(), createMemoryLogger());
    let finished = false;
    jobs.add({ name: 'slow', nextRun: () => 0, run: () => new Promise<void>((r) => setTimeout(() => { finished = true; r(); }, 20)) });
    void jobs.runDue();
    await jobs.stop();
    expect(finished).toBe(true);
  });
});
