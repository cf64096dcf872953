// The staff side of accounts: profiles, the permission matrix and the installation record
// (004_staff.sql). Only SQL here; the rules live in the services that call it.
import { type Permission, permissions as allPermissions } from '../../src-shared/contract/channel';
import type { StaffRole } from '../../src-shared/contract/staff';
import type { Store } from '../store/store';

export interface StaffProfile {
  accountId: number;
  nameKanaHalf: string;
  nameKanji: string | null;
  role: StaffRole;
  /** Administrators hold every permission by role. */
  permissions: Permission[];
  createdBy: number | null;
  createdAt: number;
}

export interface NewStaffProfile {
  accountId: number;
  nameKanaHalf: string;
  nameKanji: string | null;
  role: StaffRole;
  permissions: readonly Permission[];
  createdBy: number | null;
  now: number;
}

export interface InstallationRecord {
  initialisedAt: number;
  recoveryAccountId: number;
}

interface ProfileRowDb {
  account_id: number;
  name_kana_half: string;
  name_kanji: string | null;
  role: StaffRole;
  created_by: number | null;
  created_at: number;
}

const SQL = {
  insert: `INSERT INTO staff_profiles (account_id, name_kana_half, name_kanji, role, created_by, created_at, updated_at)
    VALUES (@accountId, @nameKanaHalf, @nameKanji, @role, @createdBy, @now, @now)`,
  get: 'SELECT account_id, name_kana_half, name_kanji, role, created_by, created_at FROM staff_profiles WHERE account_id = ?',
  rename: 'UPDATE staff_profiles SET name_kana_half = ?, name_kanji = ?, updated_at = ? WHERE account_id = ?',
  permissionsOf: 'SELECT permission FROM staff_permissions WHERE account_id = ? ORDER BY permission',
  clearPermissions: 'DELETE FROM staff_permissions WHERE account_id = ?',
  grant: 'INSERT INTO staff_permissions (account_id, permission) VALUES (?, ?)',
  // Usable: not removed and not under 事故登録. 利用中止 / 封鎖 still count — recovery clears those.
  usableAdminCount: `SELECT count(*) AS n FROM staff_profiles p JOIN accounts a ON a.id = p.account_id
    WHERE p.role = 'admin' AND a.deleted_at IS NULL AND a.accident = 0`,
  // The same set, its account rows locked: two administrators stopping each other at once on
  // PostgreSQL then wait for one another instead of both seeing two administrators left.
  lockUsableAdmins: `SELECT a.id FROM staff_profiles p JOIN accounts a ON a.id = p.account_id
    WHERE p.role = 'admin' AND a.deleted_at IS NULL AND a.accident = 0 ORDER BY a.id FOR UPDATE OF a`,
  highestNumber: `SELECT max(CAST(substr(login_id, 2) AS INTEGER)) AS n FROM accounts WHERE kind = 'staff' AND substr(login_id, 1, 1) = ?`,
  anyAccount: 'SELECT 1 AS one FROM accounts LIMIT 1',
  installation: 'SELECT initialised_at, recovery_account_id FROM installation WHERE singleton = 1',
  setInstallation: 'INSERT INTO installation (singleton, initialised_at, recovery_account_id) VALUES (1, ?, ?)',
} as const;

/** What a staff member may do: administrators hold every permission by role, clerks what was granted (sorted). */
export function permissionsFor(role: StaffRole, granted: readonly string[]): Permission[] {
  if (role === 'admin') return [...allPermissions];
  return allPermissions.filter((p) => granted.includes(p)).sort();
}

export class StaffProfiles {
  constructor(private readonly store: Store) {}

  async insert(profile: NewStaffProfile): Promise<void> {
    const { accountId, nameKanaHalf, nameKanji, role, createdBy, now } = profile;
    await this.store.run(SQL.insert, { accountId, nameKanaHalf, nameKanji, role, createdBy, now });
    await this.setPermissions(profile.accountId, profile.role, profile.permissions);
  }

  async get(accountId: number): Promise<StaffProfile | undefined> {
    const row = await this.store.get<ProfileRowDb>(SQL.get, [accountId]);
    if (!row) return undefined;
    return {
      accountId: row.account_id,
      nameKanaHalf: row.name_kana_half,
      nameKanji: row.name_kanji,
      role: row.role,
      permissions: await this.permissionsOf(row.account_id, row.role),
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }

  async permissionsOf(accountId: number, role: StaffRole): Promise<Permission[]> {
    if (role === 'admin') return permissionsFor(role, []);
    const rows = await this.store.all<{ permission: Permission }>(SQL.permissionsOf, [accountId]);
    return permissionsFor(role, rows.map((r) => r.permission));
  }

  async rename(accountId: number, nameKanaHalf: string, nameKanji: string | null, now: number): Promise<void> {
    await this.store.run(SQL.rename, [nameKanaHalf, nameKanji, now, accountId]);
  }

  /** Several statements: call inside a transaction. */
  async setPermissions(accountId: number, role: StaffRole, granted: readonly Permission[]): Promise<void> {
    await this.store.run(SQL.clearPermissions, [accountId]);
    if (role === 'admin') return;
    for (const p of new Set(granted)) await this.store.run(SQL.grant, [accountId, p]);
  }

  async usableAdminCount(): Promise<number> {
    return (await this.store.get<{ n: number }>(SQL.usableAdminCount))?.n ?? 0;
  }

  /** The usable administrators' account ids, their rows locked until the caller's transaction ends. */
  async lockUsableAdmins(): Promise<number[]> {
    return (await this.store.all<{ id: number }>(SQL.lockUsableAdmins)).map((r) => r.id);
  }

  /** The highest number used so far with this prefix, removed accounts included (IDs are never reused). */
  async highestNumber(prefix: 'S' | 'A'): Promise<number> {
    return (await this.store.get<{ n: number | null }>(SQL.highestNumber, [prefix]))?.n ?? 0;
  }

  /** init refuses a database that already holds anyone (e.g. the demo data). */
  async anyAccount(): Promise<boolean> {
    return (await this.store.get(SQL.anyAccount)) !== undefined;
  }

  async installation(): Promise<InstallationRecord | undefined> {
    const row = await this.store.get<{ initialised_at: number; recovery_account_id: number }>(SQL.installation);
    return row ? { initialisedAt: row.initialised_at, recoveryAccountId: row.recovery_account_id } : undefined;
  }

  async recordInstallation(now: number, recoveryAccountId: number): Promise<void> {
    await this.store.run(SQL.setInstallation, [now, recoveryAccountId]);
  }
}
