// The attendee list's CSV (issue 14): 10,000 reservations on one day of one event, exported by the
// event desk as the counter's 「CSVに書き出す」 does — the read, csv-stringify with the formula guard,
// the file in exports/, the audit row — beside the raw baseline: the same SELECT, the same CSV text
// and one file write, without the service. A fresh data folder (SQLite) or the run's database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src-main/app';
import { attendeeTable } from '../../../src-main/citizen/attendee-csv';
import { csvText } from '../../../src-main/export/csv-file';
import { createMemoryLogger } from '../../../src-main/log';
import type { BenchContext } from '../context';
import { atMost } from '../figures';
import { timeCalls } from '../measure';
import { openRawSql } from '../raw-sql';
import type { Section } from '../section';
import { watchApp } from '../store-watch';

const SECTION = 'attendees';
export const ATTENDEE_CSV_GOAL_MS = 1_000;
const GOAL_ROWS = 10_000;
const DAY = '2027-02-02';
const STARTS_AT = Date.parse(`${DAY}T10:00:00+09:00`);
const CHUNK = 500;

// The event store's attendee read, as the baseline sends it.
const ATTENDEES = `SELECT r.id AS "reservationId", r.slot_id AS "slotId", s.starts_at AS "startsAt", r.account_id AS "accountId",
  r.attendee_name AS name, r.dose, r.first_dose_id AS "firstDoseId", r.attended_at AS "attendedAt", a.login_id AS "userKey",
  p.phone, p.email, coalesce(p.locale, 'ja') AS locale
  FROM reservations r
  JOIN reservation_slots s ON s.id = r.slot_id
  JOIN accounts a ON a.id = r.account_id
  LEFT JOIN citizen_profiles p ON p.account_id = r.account_id
  WHERE s.form_id = ? AND s.starts_at >= ? AND s.starts_at < ? AND r.status = 'active'
  ORDER BY s.starts_at, s.id, r.id`;

export const attendeesSection: Section = {
  name: SECTION,
  needsData: false,
  async run(ctx: BenchContext) {
    const rows = Math.max(500, Math.round(GOAL_ROWS * Math.min(1, ctx.args.scale)));
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-attendees-'));
    try {
      const app = await createApp({
        dataDir,
        env: {},
        startJobs: false,
        log: createMemoryLogger(),
        config: { demoData: false, mode: 'counter', terminal: { name: 'bench-attendees' }, store: { url: ctx.store.url } },
      });
      const raw = await openRawSql(app, watchApp(app));
      try {
        const { catalogStore, eventDesk } = app.services.citizen;
        const now = Date.now();
        const category = await catalogStore.addCategory({ titleJa: 'ベンチ', sortOrder: 99 }, now);
        const formId = await catalogStore.addForm(
          { categoryId: category, titleJa: '集団接種（ベンチ）', venueJa: '保健センター', descriptionJa: '', opensAt: now - 1, closesAt: STARTS_AT, series: false, doseIntervalDays: null, sortOrder: 99 },
          now,
        );
        const slots: number[] = [];
        for (let i = 0; i < 20; i++) slots.push(await catalogStore.addSlot(formId, STARTS_AT + i * 15 * 60_000, 1_000));
        // 10,000 citizens with a reservation each, spread over the day's 20 slots.
        const base = Number((await raw.get<{ n: number }>('SELECT coalesce(max(id), 0) AS n FROM accounts'))?.n ?? 0) + 1_000_000;
        await raw.transaction(async (tx) => {
          for (let start = 0; start < rows; start += CHUNK) {
            const n = Math.min(CHUNK, rows - start);
            const ids = Array.from({ length: n }, (_, k) => base + start + k);
            const marks = (columns: number) => ids.map(() => `(${Array(columns).fill('?').join(', ')})`).join(', ');
            await tx.run(`INSERT INTO accounts (id, kind, login_id, display_name, created_at, updated_at) VALUES ${marks(6)}`,
              ids.flatMap((id) => [id, 'citizen', `b${id}`, `市民 ${id}`, now, now]));
            await tx.run(`INSERT INTO citizen_profiles (account_id, phone, email, locale, created_at, updated_at) VALUES ${marks(6)}`,
              ids.flatMap((id) => [id, `0766${String(id).slice(-6)}`, id % 3 === 0 ? null : `c${id}@example.jp`, id % 10 === 0 ? 'vi' : 'ja', now, now]));
            await tx.run(`INSERT INTO reservations (slot_id, account_id, attendee_name, status, created_at) VALUES ${marks(5)}`,
              ids.flatMap((id, k) => [slots[(start + k) % slots.length] as number, id, (start + k) % 97 === 0 ? `=市民 ${id}` : `市民 ${id}`, 'active', now]));
          }
          await tx.run(`UPDATE reservation_slots SET booked = ? WHERE form_id = ?`, [Math.ceil(rows / slots.length), formId]);
        });

        const by = { actor: 'bench', terminal: 'bench-attendees' };
        const query = { eventId: formId, day: DAY, slotId: null };
        const counts = { calls: 10, warmup: 2 };
        const appMs = await timeCalls(counts, async () => {
          const written = await eventDesk.exportAttendees(query, by);
          if (written.rows !== rows) throw new Error(`exported ${written.rows} rows, expected ${rows}`);
        });
        const eventRow = { titleJa: '集団接種（ベンチ）' } as Parameters<typeof attendeeTable>[0];
        const rawMs = await timeCalls(counts, async (i) => {
          const found = await raw.all<Parameters<typeof attendeeTable>[1][number]>(ATTENDEES, [formId, STARTS_AT - 10 * 60 * 60_000, STARTS_AT + 14 * 60 * 60_000]);
          writeFileSync(join(dataDir, `raw-${i}.csv`), csvText(attendeeTable(eventRow, found)));
        });
        const scale = (ms: number) => (ms * GOAL_ROWS) / rows;
        ctx.figures.push({
          kind: 'latency',
          section: SECTION,
          name: `attendee CSV of ${rows.toLocaleString('en-US')} rows (event desk export)`,
          ms: appMs,
          baseline: { sql: 'the same SELECT, CSV text and one file write', ms: rawMs },
          goals: [atMost(scale(appMs.p99), ATTENDEE_CSV_GOAL_MS, '≤ 1 s per 10,000 rows')],
          note: rows >= GOAL_ROWS ? 'one day, 20 slots; every 97th name formula-looking' : `per 10,000 rows at this rate: ${scale(appMs.p99).toFixed(0)} ms`,
        });
      } finally {
        await raw.close();
        await app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
