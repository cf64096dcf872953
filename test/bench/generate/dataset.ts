// Builds the municipal data set in a data folder: the schema comes from the app's own migrations
// (openSqlite applies every one), the rows from the generators here, loaded in bulk and then handed
// back with the app's settings (WAL, synchronous=FULL, every index) restored. A PostgreSQL run
// copies this SQLite file into the server afterwards (run.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../src-main/app';
import { hashSecret, hashSecretSync, PRODUCTION_KDF } from '../../../src-main/auth/secrets';
import { openSqlite } from '../../../src-main/store/sqlite-store';
import { normalizePassword } from '../../../src-shared/library/patron-password';
import { bulkLoad } from './bulk-load';
import { cardNumber, layoutFor, LOGIN_PATRONS, SESSION_CITIZENS, SESSION_PATRONS, userKey } from './layout';
import { insertBranches, insertCatalogue, insertHistory, insertHolds, insertLoans, planReminders } from './library-data';
import { type Credentials, type Manifest, SESSION_KDF, writeManifest } from './manifest';
import { insertCitizens, insertPatrons, insertStaff, type PeopleHashes } from './people';
import { Random } from './random';
import { insertReservations } from './reservation-data';
import { sizesFor } from './sizes';

export interface GenerateOptions {
  scale: number;
  /** Timed calls per operation: sets how many distinct targets (locked accounts, slots …) exist. */
  calls: number;
  warmup: number;
  progress?: (step: string, seconds: number) => void;
}

export interface Generated {
  manifest: Manifest;
  seconds: number;
  steps: { step: string; seconds: number }[];
}

const ADMIN_PIN = '482913';
const ADMIN_CONFIRM_PIN = '730465';
const SESSION_PASSWORD = 'Bench-2026';

/** Bytes of the database file with its WAL and shared-memory files. */
export function databaseBytes(dataDir: string): number {
  return readdirSync(dataDir)
    .filter((f) => f.startsWith(DATABASE_FILE))
    .reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0);
}

export async function generateDataset(dataDir: string, options: GenerateOptions): Promise<Generated> {
  const started = performance.now();
  const steps: { step: string; seconds: number }[] = [];
  const step = async (name: string, work: () => Promise<void> | void) => {
    const t = performance.now();
    await work();
    const seconds = (performance.now() - t) / 1000;
    steps.push({ step: name, seconds });
    options.progress?.(name, seconds);
  };

  const sizes = sizesFor(options.scale, { calls: options.calls });
  const targets = options.calls + options.warmup + 100;
  const layout = layoutFor(sizes, targets);
  const random = new Random(0x5eed ^ Math.round(options.scale * 1e6));
  const now = Date.now();

  let hashes: PeopleHashes | undefined;
  const loginPasswords = Array.from({ length: LOGIN_PATRONS }, (_, i) => `Login-${i}-pass`);
  await step('hashes', async () => {
    // Hashed once and reused for every ordinary row: a million production hashes would take days.
    const shared = hashSecretSync(normalizePassword('shared-Bench-1'), PRODUCTION_KDF);
    const loginPatrons = await Promise.all(loginPasswords.map((p) => hashSecret(normalizePassword(p), PRODUCTION_KDF)));
    hashes = {
      shared,
      loginPatrons,
      sessionPatron: hashSecretSync(normalizePassword(SESSION_PASSWORD), SESSION_KDF),
      adminPin: hashSecretSync(ADMIN_PIN, SESSION_KDF),
      adminConfirmPin: hashSecretSync(ADMIN_CONFIRM_PIN, SESSION_KDF),
    };
  });
  const h = hashes as PeopleHashes;

  // Loaded in bulk through better-sqlite3 itself (synchronous, one connection): far faster than
  // the async store for millions of rows; the store only opens and migrates the file.
  const store = openSqlite(join(dataDir, DATABASE_FILE));
  const db = store.db;
  const plan = planReminders(now);
  let nearlyFullSlotIds: number[] = [];
  try {
    await bulkLoad(db, ['accounts', 'credentials', 'patrons', 'loans', 'holds', 'loan_history', 'reservations', 'reservation_slots', 'citizen_profiles'], async () => {
      await step('staff', () => insertStaff(db, sizes, layout, h, random, now));
      await step('patrons', () => insertPatrons(db, sizes, layout, h, random, now));
      await step('citizens', () => insertCitizens(db, sizes, layout, random, now));
      await step('branches + catalogue (FTS5)', () => {
        insertBranches(db);
        insertCatalogue(db, sizes, random, now);
      });
      await step('current loans', () => insertLoans(db, sizes, layout, plan, random, now));
      await step('holds', () => insertHolds(db, sizes, layout, random, now));
      await step('loan history', () => insertHistory(db, sizes, layout, random, now));
      await step('reservations', () => {
        nearlyFullSlotIds = insertReservations(db, sizes, layout, random, now).nearlyFullSlotIds;
      });
    });
    // Closing the last connection checkpoints the WAL into the file and removes it. (An explicit
    // wal_checkpoint answers SQLITE_LOCKED on this connection since migration 010 rebuilt a table in
    // it and bulkLoad switched journal modes; closing has no such limit.)
    await step('checkpoint', () => store.close());
  } finally {
    await store.close();
  }

  const patronCredentials = (first: number, count: number, secret: (i: number) => string): Credentials[] =>
    Array.from({ length: count }, (_, k) => ({
      loginId: cardNumber(first + k),
      secret: secret(k),
      accountId: layout.patronBase + 1 + first + k,
    }));
  const manifest: Manifest = {
    scale: options.scale,
    sizes,
    generatedAt: now,
    loginPatrons: patronCredentials(0, LOGIN_PATRONS, (k) => loginPasswords[k] as string),
    sessionPatrons: patronCredentials(LOGIN_PATRONS, SESSION_PATRONS, () => SESSION_PASSWORD),
    citizens: { firstAccountId: layout.citizenBase + 1, count: sizes.citizens, sessionCount: SESSION_CITIZENS, withMail: targets + 100 },
    admin: { staffId: 'A0001', pin: ADMIN_PIN, confirmPin: ADMIN_CONFIRM_PIN, accountId: layout.staffBase + 1 },
    lockedAccountIds: Array.from({ length: layout.targets }, (_, k) => layout.patronBase + 1 + layout.lockedFirst + k),
    nearlyFullSlotIds,
    reminder: { runAt: plan.runAt, dueDate: plan.dueDate, loans: sizes.dueLoans },
    prefixes: {
      card: [cardNumber(Math.floor(sizes.patrons / 2)).slice(0, 9), cardNumber(7).slice(0, 12), '2000000'],
      userKey: [userKey(Math.floor(sizes.citizens / 3)).slice(0, 5), 'aaaa0', userKey(12_345 % sizes.citizens).slice(0, 7)],
      staffId: ['S00', 'S1', 'A'],
    },
  };
  writeManifest(dataDir, manifest);
  return { manifest, seconds: (performance.now() - started) / 1000, steps };
}
