// City hall (seeds 000/001): 予約一覧 of a logged-in citizen, ワンタイムパスワード issue (code
// hashed and stored, mail queued) and a reservation taking the last place of a slot.
import { createHash } from 'node:crypto';
import { hashSecretSync } from '../../../src-main/auth/secrets';
import {
  ACCOUNT_BY_LOGIN,
  CITIZEN_PROFILE,
  FORM_BY_ID,
  OTP_REPLACE,
  RATE_COUNT,
  RATE_INSERT,
  RESERVATION_HOLDS,
  RESERVATION_INSERT,
  RESERVATIONS_UPCOMING,
  SESSION_BY_TERMINAL,
  SLOT_FOR_UPDATE,
  SLOT_TAKE,
} from '../app-sql';
import { AUDIT_APPEND_SQL, OUTBOX_SQL, rawAudit, rawOutbox } from '../baseline-writes';
import type { BenchContext } from '../context';
import { userKey } from '../generate/layout';
import { SESSION_KDF } from '../generate/manifest';
import { invokeOk } from '../measure';
import type { RawSql } from '../raw-sql';
import { measureOperation, type Section } from '../section';

const SECTION = 'citizen';
const SESSION_OTP = 'Bench234';
const HOUR = 3_600_000;

export const citizenSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = await ctx.app();
    const raw = await ctx.raw();
    const data = ctx.data;
    if (!data) return;
    const { citizens, nearlyFullSlotIds } = data.manifest;
    const now = Date.now();
    const sessions = citizens.sessionCount;
    const terminal = (k: number) => `bench-citizen-${k}`;

    // Real logins: each session citizen gets a known code (as if read from the OTP mail) and logs in.
    const otpHash = hashSecretSync(SESSION_OTP, SESSION_KDF);
    for (let k = 0; k < sessions; k++) {
      await raw.run(OTP_REPLACE, [citizens.firstAccountId + k, otpHash, now, now + HOUR]);
      await invokeOk(app, terminal(k), 'citizen.login', { userKey: userKey(k), otp: SESSION_OTP });
    }

    await measureOperation(ctx, {
      section: SECTION,
      name: '予約一覧 (citizen.reservations)',
      op: (i) => invokeOk(app, terminal(i % sessions), 'citizen.reservations', {}),
      baseline: {
        statements: [SESSION_BY_TERMINAL, RESERVATIONS_UPCOMING],
        run: async (i) => {
          await raw.get(SESSION_BY_TERMINAL, [terminal(i % sessions)]);
          await raw.all(RESERVATIONS_UPCOMING, [citizens.firstAccountId + (i % sessions), Date.now()]);
        },
      },
    });

    await measureOtpIssue(ctx, raw);
    await measureReservation(ctx, raw, nearlyFullSlotIds, sessions, terminal);
  },
};

async function measureOtpIssue(ctx: BenchContext, raw: RawSql): Promise<void> {
  const app = await ctx.app();
  const { citizens } = ctx.data?.manifest ?? { citizens: null };
  if (!citizens) return;
  const first = citizens.sessionCount;
  const span = citizens.withMail - first;
  const target = (i: number) => first + (i % span);
  const otpTerminal = (i: number) => `bench-otp-${i % 20}`;
  const hash = hashSecretSync('Bench999', SESSION_KDF);
  // As mail-limits.ts names them (address digest, terminal, 利用者キー), each with its own prefix so
  // the raw and the app count into buckets of the same sizes without sharing them.
  const buckets = (i: number) => [
    `bench.addr:${createHash('sha256').update(`c${target(i)}@example.jp`).digest('base64url').slice(0, 22)}`,
    `bench.terminal:${otpTerminal(i)}`,
    `bench.key:${userKey(target(i))}`,
  ];
  const statements = [SESSION_BY_TERMINAL, RATE_COUNT, RATE_INSERT, ACCOUNT_BY_LOGIN, CITIZEN_PROFILE, OTP_REPLACE, ...OUTBOX_SQL, ...AUDIT_APPEND_SQL];
  await measureOperation(ctx, {
    section: SECTION,
    name: 'OTP issue (citizen.otp.issue, mail queued)',
    op: (i) => invokeOk(app, otpTerminal(i), 'citizen.otp.issue', { userKey: userKey(target(i)), email: `c${target(i)}@example.jp`, locale: 'ja' }),
    baseline: {
      statements,
      describe:
        'session by terminal; 3 × (rate count) + 3 × (rate insert) — one transaction; account and profile by key; ' +
        'OTP upsert, outbox insert, audit append — one transaction (the code is hashed between the two, as in the app)',
      run: async (i) => {
        const now = Date.now();
        await raw.get(SESSION_BY_TERMINAL, [otpTerminal(i)]);
        await raw.transaction(async (tx) => {
          for (const b of buckets(i)) await tx.get(RATE_COUNT, [b, now - HOUR]);
          for (const b of buckets(i)) await tx.run(RATE_INSERT, [b, now]);
        });
        const account = await raw.get<{ id: number }>(ACCOUNT_BY_LOGIN, ['citizen', userKey(target(i))]);
        if (!account) throw new Error('no such citizen');
        await raw.get(CITIZEN_PROFILE, [account.id]);
        await raw.transaction(async (tx) => {
          await tx.run(OTP_REPLACE, [account.id, hash, now, now + HOUR]);
          await rawOutbox(tx, `c${target(i)}@example.jp`, account.id);
          await rawAudit(tx, raw.auditKey, 'citizen.otp.issue', `citizen:${userKey(target(i))}`);
        });
      },
    },
    note: `hashes the code with N=${SESSION_KDF.N} here; at N=2^17 add the KDF row of the login section`,
  });
}

async function measureReservation(ctx: BenchContext, raw: RawSql, slots: readonly number[], sessions: number, terminal: (k: number) => string): Promise<void> {
  const app = await ctx.app();
  const citizens = ctx.data?.manifest.citizens;
  if (!citizens) return;
  const sessionAccounts = Array.from({ length: sessions }, (_, k) => citizens.firstAccountId + k);
  const slotList = slots.join(',');
  const accountList = sessionAccounts.join(',');
  // Gives every measured slot back its one free place (also undoes an earlier run on --data).
  const reset = async () => {
    await raw.transaction(async (tx) => {
      await tx.run(`DELETE FROM reservations WHERE slot_id IN (${slotList}) AND account_id IN (${accountList})`);
      await tx.run(`UPDATE reservation_slots SET booked = capacity - 1 WHERE id IN (${slotList})`);
    });
  };
  await reset();
  const statements = [SESSION_BY_TERMINAL, SLOT_FOR_UPDATE, FORM_BY_ID, CITIZEN_PROFILE, RESERVATION_HOLDS, SLOT_TAKE, RESERVATION_INSERT, ...OUTBOX_SQL, ...AUDIT_APPEND_SQL];
  await measureOperation(ctx, {
    section: SECTION,
    name: 'reservation, last place of a slot (citizen.reserve)',
    op: (i) => invokeOk(app, terminal(i % sessions), 'citizen.reserve', { slotId: slots[i] as number, locale: 'ja' }),
    baseline: {
      statements,
      describe: 'session by terminal; slot FOR UPDATE, form, profile, already held?, UPDATE … booked < capacity, INSERT reservation, outbox insert, audit append — one transaction',
      run: async (i) => {
        const slotId = slots[i] as number;
        const account = sessionAccounts[i % sessions] as number;
        await raw.get(SESSION_BY_TERMINAL, [terminal(i % sessions)]);
        await raw.transaction(async (tx) => {
          const slot = await tx.get<{ formId: number }>(SLOT_FOR_UPDATE, [slotId]);
          if (!slot) throw new Error(`no slot ${slotId}`);
          await tx.get(FORM_BY_ID, [slot.formId]);
          const profile = await tx.get<{ name: string; email: string | null; userKey: string }>(CITIZEN_PROFILE, [account]);
          if (!profile) throw new Error(`no profile ${account}`);
          if (await tx.get(RESERVATION_HOLDS, [slotId, account])) throw new Error('already held');
          if ((await tx.run(SLOT_TAKE, [slotId])) !== 1) throw new Error('slot full');
          await tx.get(RESERVATION_INSERT, { slotId, accountId: account, attendeeName: profile.name, dose: null, firstDoseId: null, now: Date.now() });
          await rawOutbox(tx, profile.email ?? 'c0@example.jp', account);
          await rawAudit(tx, raw.auditKey, 'citizen.reserve', `citizen:${profile.userKey}`);
        });
      },
    },
    reset,
  });
}
