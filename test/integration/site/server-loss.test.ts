// The PostgreSQL server going away mid-use (pg_ctl stop -m immediate, as a crash or a power cut of
// the server would): the kiosk answers store_unavailable for that action, nothing it acknowledged
// is lost, and it works again by itself once the server is back. A private cluster, because the
// shared one serves the other tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src-main/store/postgres-store';
import { StoreError } from '../../../src-main/store/store';
import { postgresTestUrl } from '../../fixtures/postgres-db';
import { tempApp } from '../../fixtures/temp-app';

const CLUSTER = join(process.cwd(), 'test/postgres/cluster.sh');
const PORT = 55000 + (process.pid % 400);

function cluster(...args: string[]): string {
  return execFileSync('bash', [CLUSTER, ...args], { encoding: 'utf8', timeout: 120_000 }).trim();
}

describe.runIf(postgresTestUrl())('PostgreSQL going away mid-use', () => {
  let dir: string;
  let url: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-pg-loss-'));
    url = cluster('start', dir, String(PORT));
  }, 120_000);

  afterAll(() => {
    try {
      cluster('stop', dir, 'immediate');
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged reservation, answers store_unavailable while down, and recovers by itself', async () => {
    const kiosk = await tempApp({ demoData: true, citizen: { evenAnswerMs: 0 } }, { storeUrl: url });
    try {
      const slots = await kiosk.app.store.all<{ id: number }>(
        `SELECT s.id FROM reservation_slots s JOIN reservation_forms f ON f.id = s.form_id
         WHERE f.series = 0 AND s.starts_at > ? ORDER BY s.id LIMIT 40`,
        [kiosk.clock.now() + 24 * 60 * 60_000],
      );
      expect(slots.length).toBeGreaterThan(0);
      await kiosk.app.store.run('UPDATE reservation_slots SET capacity = 1000 WHERE id IN (' + slots.map((s) => s.id).join(',') + ')');
      const acknowledged: number[] = [];
      const answers: string[] = [];
      let n = 0;
      let stop = false;
      // A steady stream of bookings from four terminals while the server is killed under it.
      const stream = Promise.all(
        Array.from({ length: 4 }, async (_, t) => {
          while (!stop) {
            const i = n++;
            const slotId = slots[i % slots.length]?.id ?? 0;
            const r = await kiosk.call(`k${t}`, 'city.reserve', { name: `来庁 ${i}`, phone: '0766516600', email: `loss${i}@example.jp`, slotId });
            if (r.ok) acknowledged.push(...r.data.reservations.map((x) => x.id));
            else answers.push(r.error.code);
          }
        }),
      );
      try {
        while (acknowledged.length < 20 && answers.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(answers).toEqual([]);
        cluster('kill', dir);
        while (answers.length < 4) await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        stop = true;
        await stream;
      }

      // While the server is down every answer is the one the kiosk shows as
      // 「ただいま利用できません。職員にお声がけください」, never internal.
      expect(new Set(answers)).toEqual(new Set(['store_unavailable']));
      const down = await kiosk.call('k9', 'city.categories', {});
      expect(down).toEqual({ ok: false, error: { code: 'store_unavailable' } });

      cluster('start', dir, String(PORT));
      // The same app, without a restart, works again: the pool reconnects on the next call.
      const back = await kiosk.call('k9', 'city.categories', {});
      expect(back.ok).toBe(true);

      const present = await kiosk.app.store.all<{ id: number }>(
        `SELECT id FROM reservations WHERE status = 'active' AND id IN (${acknowledged.join(',')})`,
      );
      expect(present.map((r) => r.id).sort((a, b) => a - b)).toEqual([...acknowledged].sort((a, b) => a - b));
      // Integrity: every slot's running count matches its reservations, and the audit chain holds.
      const drift = await kiosk.app.store.all(
        `SELECT s.id FROM reservation_slots s
         WHERE s.booked <> (SELECT count(*) FROM reservations r WHERE r.slot_id = s.id AND r.status = 'active')`,
      );
      expect(drift).toEqual([]);
      expect((await kiosk.app.services.audit.verify()).ok).toBe(true);
    } finally {
      await kiosk.close();
    }
  }, 120_000);

  it('says unavailable, with what to check, when a terminal starts while the server is down', async () => {
    cluster('stop', dir, 'fast');
    try {
      const error = await openPostgres({ url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).reason).toBe('unavailable');
      expect((error as StoreError).message).toContain(`127.0.0.1:${PORT}`);
      expect((error as StoreError).message).not.toContain('madoguchi-test');
    } finally {
      cluster('start', dir, String(PORT));
    }
  }, 60_000);
});
