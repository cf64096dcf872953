// City hall (seeds 000/001): 予約一覧 of a logged-in citizen, ワンタイムパスワード issue (code
// hashed and stored, mail queued) and a reservation taking the last place of a slot.
import { hashSecretSync } from '../../../src-main/auth/secrets';
import type { BaselineWriter } from '../baseline-writes';
import { baselineWriter } from '../baseline-writes';
import type { BenchContext } from '../context';
import { userKey } from '../generate/layout';
import { SESSION_KDF } from '../generate/manifest';
import { invokeOk } from '../measure';
import { measureOperation, type Section } from '../section';

const SECTION = 'citizen';
const SESSION_OTP = 'Bench234';

// Copied from citizen/reservation-store.ts (upcoming): the list the operation cannot do without.
const UPCOMING_SQL = `SELECT r.id, r.slot_id AS slotId, r.account_id AS accountId, r.attendee_name AS attendeeName, r.dose,
  r.first_dose_id AS firstDoseId, r.status, s.starts_at AS startsAt, f.id AS formId, f.title_ja AS titleJa,
  f.title_en AS titleEn, f.venue_ja AS venueJa, f.venue_en AS venueEn
  FROM reservations r
  JOIN reservation_slots s ON s.id = r.slot_id
  JOIN reservation_forms f ON f.id = s.form_id
  WHERE r.account_id = ? AND r.status = 'active' AND s.starts_at > ? ORDER BY s.starts_at, r.id`;

export const citizenSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = ctx.app();
    const data = ctx.data;
    if (!data) return;
    const { citizens, nearlyFullSlotIds } = data.manifest;
    const db = app.db;
    const now = Date.now();
    const sessions = citizens.sessionCount;
    const terminal = (k: number) => `bench-citizen-${k}`;

    // Real logins: each session citizen gets a known code (as if read from the OTP mail) and logs in.
    const otpHash = hashSecretSync(SESSION_OTP, SESSION_KDF);
    const setCode = db.prepare(
      `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'otp', ?, ?, ?)
       ON CONFLICT (account_id, purpose) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = NULL`,
    );
    for (let k = 0; k < sessions; k++) {
      setCode.run(citizens.firstAccountId + k, otpHash, now, now + 3_600_000);
      await invokeOk(app, terminal(k), 'citizen.login', { userKey: userKey(k), otp: SESSION_OTP });
    }

    const upcoming = db.prepare(UPCOMING_SQL);
    await measureOperation(ctx, {
      section: SECTION,
      name: '予約一覧 (citizen.reservations)',
      op: (i) => invokeOk(app, terminal(i % sessions), 'citizen.reservations', {}),
      baseline: { sql: UPCOMING_SQL, run: (i) => upcoming.all(citizens.firstAccountId + (i % sessions), Date.now()) },
    });

    const writer = baselineWriter(db);
    await measureOtpIssue(ctx, writer);
    await measureReservation(ctx, writer, nearlyFullSlotIds, sessions, terminal);
  },
};

async function measureOtpIssue(ctx: BenchContext, writer: BaselineWriter): Promise<void> {
  const app = ctx.app();
  const db = app.db;
  const { citizens } = ctx.data?.manifest ?? { citizens: null };
  if (!citizens) return;
  const first = citizens.sessionCount;
  const span = citizens.withMail - first;
  const target = (i: number) => first + (i % span);
  const count = db.prepare('SELECT count(*) AS n FROM rate_events WHERE bucket = ? AND at > ?');
  const event = db.prepare('INSERT INTO rate_events (bucket, at) VALUES (?, ?)');
  const account = db.prepare(`SELECT * FROM accounts WHERE kind = 'citizen' AND login_id = ? AND deleted_at IS NULL`);
  const profile = db.prepare(`SELECT p.account_id, a.login_id, a.display_name, p.phone, p.email, p.postal_code, p.address, p.locale
    FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id WHERE p.account_id = ?`);
  const code = db.prepare(
    `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'otp', ?, ?, ?)
     ON CONFLICT (account_id, purpose) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = NULL`,
  );
  const hash = hashSecretSync('Bench999', SESSION_KDF);
  const issue = db.transaction((i: number) => {
    const now = Date.now();
    for (const b of ['addr', 'terminal', 'key']) {
      count.get(`bench.${b}:${i}`, now - 3_600_000);
      event.run(`bench.${b}:${i}`, now);
    }
    const row = account.get(userKey(target(i))) as { id: number } | undefined;
    if (!row) throw new Error('no such citizen');
    profile.get(row.id);
    code.run(row.id, hash, now, now + 3_600_000);
    writer.outbox(`c${target(i)}@example.jp`, row.id);
    writer.audit('citizen.otp.issue', `citizen:${userKey(target(i))}`);
  });
  await measureOperation(ctx, {
    section: SECTION,
    name: 'OTP issue (citizen.otp.issue, mail queued)',
    op: (i) => invokeOk(app, `bench-otp-${i % 20}`, 'citizen.otp.issue', { userKey: userKey(target(i)), email: `c${target(i)}@example.jp`, locale: 'ja' }),
    baseline: {
      sql: '3 × (rate count + rate insert), account and profile by key, OTP upsert, outbox insert, audit head + insert + head update — one transaction',
      run: (i) => issue.immediate(i),
    },
    note: `hashes the code with N=${SESSION_KDF.N} here; at N=2^17 add the KDF row of the login section`,
  });
}

async function measureReservation(
  ctx: BenchContext,
  writer: BaselineWriter,
  slots: readonly number[],
  sessions: number,
  terminal: (k: number) => string,
): Promise<void> {
  const app = ctx.app();
  const db = app.db;
  const citizens = ctx.data?.manifest.citizens;
  if (!citizens) return;
  const sessionAccounts = Array.from({ length: sessions }, (_, k) => citizens.firstAccountId + k);
  const slotList = slots.join(',');
  const accountList = sessionAccounts.join(',');
  // Gives every measured slot back its one free place (also undoes an earlier run on --data).
  const reset = () => {
    db.transaction(() => {
      db.prepare(`DELETE FROM reservations WHERE slot_id IN (${slotList}) AND account_id IN (${accountList})`).run();
      db.prepare(`UPDATE reservation_slots SET booked = capacity - 1 WHERE id IN (${slotList})`).run();
    })();
  };
  reset();
  const take = db.prepare('UPDATE reservation_slots SET booked = booked + 1 WHERE id = ? AND booked < capacity');
  const slot = db.prepare('SELECT id, form_id, starts_at, capacity, booked FROM reservation_slots WHERE id = ?');
  const form = db.prepare('SELECT * FROM reservation_forms WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO reservations (slot_id, account_id, attendee_name, dose, first_dose_id, status, created_at) VALUES (?, ?, ?, NULL, NULL, 'active', ?)`,
  );
  const book = db.transaction((i: number) => {
    const slotId = slots[i] as number;
    const s = slot.get(slotId) as { form_id: number };
    form.get(s.form_id);
    if (take.run(slotId).changes !== 1) throw new Error('slot full');
    const account = sessionAccounts[i % sessions] as number;
    insert.run(slotId, account, '市民', Date.now());
    writer.outbox('c0@example.jp', account);
    writer.audit('citizen.reserve', `citizen:${userKey(i % sessions)}`);
  });
  await measureOperation(ctx, {
    section: SECTION,
    name: 'reservation, last place of a slot (citizen.reserve)',
    op: (i) => invokeOk(app, terminal(i % sessions), 'citizen.reserve', { slotId: slots[i] as number, locale: 'ja' }),
    baseline: {
      sql: 'slot + form by id, UPDATE … booked < capacity, INSERT reservation, outbox insert, audit append — one transaction',
      run: (i) => book.immediate(i),
    },
    reset,
  });
}
