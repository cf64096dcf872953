// Accounts of every kind with their credentials and profiles: staff (one administrator and the
// clerks), library patrons and citizens. All ordinary accounts share one password hash made once
// with the production KDF; only the accounts that log in during the bench have their own.
import type { SqliteDb } from '../../../src-main/store/sqlite-store';
import { toHalfWidthKana } from '../../../src-shared/kana';
import { DEMO_BRANCHES } from '../../../src-main/config/library';
import { inChunks } from './bulk-load';
import { cardNumber, clerkId, type Layout, LOGIN_PATRONS, SESSION_PATRONS, userKey } from './layout';
import { personName } from './names';
import type { Random } from './random';
import type { Sizes } from './sizes';

export interface PeopleHashes {
  /** The one production-KDF hash every ordinary account carries. */
  shared: string;
  /** Own production-KDF hashes of the login patrons. */
  loginPatrons: string[];
  /** SESSION_KDF hash of the session patrons' password. */
  sessionPatron: string;
  adminPin: string;
  adminConfirmPin: string;
}

const DAY = 86_400_000;

function accountInserter(db: SqliteDb) {
  return db.prepare(
    `INSERT INTO accounts (id, kind, login_id, display_name, name_kana, locked, locked_at, consecutive_failures, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}

function credentialInserter(db: SqliteDb) {
  return db.prepare('INSERT INTO credentials (account_id, purpose, hash, must_change, updated_at) VALUES (?, ?, ?, 0, ?)');
}

export function insertStaff(db: SqliteDb, sizes: Sizes, layout: Layout, hashes: PeopleHashes, random: Random, now: number): void {
  const account = accountInserter(db);
  const credential = credentialInserter(db);
  const profile = db.prepare(
    `INSERT INTO staff_profiles (account_id, name_kana_half, name_kanji, role, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const permission = db.prepare(`INSERT INTO staff_permissions (account_id, permission) VALUES (?, 'patron_lookup')`);
  inChunks(db, sizes.staff, (i) => {
    const id = layout.staffBase + 1 + i;
    const admin = i === 0;
    const name = personName(random);
    account.run(id, 'staff', admin ? 'A0001' : clerkId(i), name.kanji, name.kana, 0, null, 0, now - 400 * DAY, now);
    credential.run(id, 'pin', admin ? hashes.adminPin : hashes.shared, now);
    credential.run(id, 'confirm_pin', admin ? hashes.adminConfirmPin : hashes.shared, now);
    profile.run(id, toHalfWidthKana(name.kana) ?? 'ｼｮｸｲﾝ', name.kanji, admin ? 'admin' : 'clerk', admin ? null : layout.staffBase + 1, now, now);
    if (!admin) permission.run(id);
  });
  db.prepare('INSERT INTO installation (singleton, initialised_at, recovery_account_id) VALUES (1, ?, ?)').run(now - 400 * DAY, layout.staffBase + 1);
}

export function insertPatrons(db: SqliteDb, sizes: Sizes, layout: Layout, hashes: PeopleHashes, random: Random, now: number): void {
  const account = accountInserter(db);
  const credential = credentialInserter(db);
  const patron = db.prepare(
    `INSERT INTO patrons (account_id, birth_date, phone_mobile, email1, email1_kind, due_notice, due_notice_to, due_notice_days,
       pickup_branch, hold_contact, keep_history, history_since, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pc', ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const branches = DEMO_BRANCHES.map((b) => b.code);
  inChunks(db, sizes.patrons, (i) => {
    const id = layout.patronBase + 1 + i;
    const name = personName(random);
    const locked = i >= layout.lockedFirst && i < layout.lockedFirst + layout.targets;
    const hash = i < LOGIN_PATRONS ? (hashes.loginPatrons[i] as string) : i < LOGIN_PATRONS + SESSION_PATRONS ? hashes.sessionPatron : hashes.shared;
    const reminder = layout.isReminderPatron(i);
    const email = locked || reminder || i < LOGIN_PATRONS + SESSION_PATRONS || random.chance(0.7) ? `p${i}@example.jp` : null;
    const created = now - (30 + random.int(3_000)) * DAY;
    account.run(id, 'patron', cardNumber(i), name.kanji, name.kana, locked ? 1 : 0, locked ? now - DAY : null, locked ? 5 : 0, created, now);
    credential.run(id, 'password', hash, created);
    const birth = `${1940 + random.int(70)}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
    const history = layout.keepsHistory(i);
    patron.run(
      id,
      birth,
      `090${String(10_000_000 + random.int(89_999_999))}`,
      email,
      reminder ? 1 : 0,
      reminder ? 1 : 0,
      random.pick(branches),
      email ? 'mail' : 'phone',
      history ? 1 : 0,
      history ? created : null,
      created,
      now,
    );
  });
}

export function insertCitizens(db: SqliteDb, sizes: Sizes, layout: Layout, random: Random, now: number): void {
  const account = accountInserter(db);
  const profile = db.prepare(
    `INSERT INTO citizen_profiles (account_id, phone, email, postal_code, address, locale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ja', ?, ?)`,
  );
  inChunks(db, sizes.citizens, (j) => {
    const id = layout.citizenBase + 1 + j;
    const name = personName(random);
    const created = now - (1 + random.int(1_000)) * DAY;
    // Every measured citizen has an address (OTP needs one); others leave it out one time in five.
    const email = j < layout.targets + 100 || j % 5 !== 4 ? `c${j}@example.jp` : null;
    account.run(id, 'citizen', userKey(j), name.kanji, name.kana, 0, null, 0, created, now);
    profile.run(id, `0${String(300_000_000 + random.int(599_999_999))}`, email, '9330001', '富山県射水市本町1-1', created, now);
  });
}
