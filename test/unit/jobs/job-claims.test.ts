import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDailyRun } from '../../../src-main/jobs/job-claims';
import { openSqlite, type SqliteStore } from '../../../src-main/store/sqlite-store';

let store: SqliteStore;
beforeEach(() => {
  store = openSqlite(':memory:');
});
afterEach(() => store.close());

describe('daily job claims', () => {
  it('lets exactly one claim of a job and day through, whoever asks', async () => {
    expect(await claimDailyRun(store, 'library.due-reminders', '2026-01-05', 'kiosk-a')).toBe(true);
    expect(await claimDailyRun(store, 'library.due-reminders', '2026-01-05', 'kiosk-b')).toBe(false);
    expect(await claimDailyRun(store, 'library.due-reminders', '2026-01-05', 'kiosk-a')).toBe(false);
    expect(await store.all('SELECT job, day, terminal FROM job_runs')).toEqual([
      { job: 'library.due-reminders', day: '2026-01-05', terminal: 'kiosk-a' },
    ]);
  });

  it('keeps days and jobs apart', async () => {
    expect(await claimDailyRun(store, 'library.due-reminders', '2026-01-06', 'kiosk-b')).toBe(true);
    expect(await claimDailyRun(store, 'library.sdi', '2026-01-06', 'kiosk-b')).toBe(true);
  });

  it('rolls back with the transaction it joined, so a failed run can be claimed again', async () => {
    await expect(
      store.transaction(async () => {
        expect(await claimDailyRun(store, 'library.sdi', '2026-01-07', 'kiosk-a')).toBe(true);
        throw new Error('the run failed');
      }),
    ).rejects.toThrow('the run failed');
    expect(await claimDailyRun(store, 'library.sdi', '2026-01-07', 'kiosk-b')).toBe(true);
  });
});
