// The staff side of accounts: profiles, the permission matrix and the installation record
// (004_staff.sql). Only SQL here; the rules live in the services that call it.
import { type Permission, permissions as allPermissions } from '../../src-shared/contract/channel';
import type { StaffRole } from '../../src-shared/contract/staff';
import type { Db } from '../store/database';

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

/** What a staff member may do: administrators hold every permission by role, clerks what was granted (sorted). */
export function permissionsFor(role: StaffRole, granted: readonly string[]): Permission[] {
  if (role === 'admin') return [...allPermissions];
  return allPermissions.filter((p) => granted.includes(p)).sort();
}

export class StaffProfiles {
  private readonly stmt;

  constructor(private readonly db: Db) {
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO staff_profiles (account_id, name_kana_half, name_kanji, role, created_by, created_at, updated_at)
         VALUES (@accountId, @nameKanaHalf, @nameKanji, @role, @createdBy, @now, @now)`,
      ),
      get: db.prepare<[number], ProfileRowDb>('SELECT * FROM staff_profiles WHERE account_id = ?'),
      rename: db.prepare<[string, string | null, number, number]>(
        'UPDATE staff_profiles SET name_kana_half = ?, name_kanji = ?, updated_at = ? WHERE account_id = ?',
      ),
      permissionsOf: db.prepare<[number], { permission: Permission }>(
        'SELECT permission FROM staff_permissions WHERE account_id = ? ORDER BY permission',
      ),
      clearPermissions: db.prepare<[number]>('DELETE FROM staff_permissions WHERE account_id = ?'),
      grant: db.prepare<[number, string]>('INSERT INTO staff_permissions (account_id, permission) VALUES (?, ?)'),
      // Usable: not removed and not under 事故登録. 利用中止 / 封鎖 still count — recovery clears those.
      usableAdmins: db.prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM staff_profiles p JOIN accounts a ON a.id = p.account_id
         WHERE p.role = 'admin' AND a.deleted_at IS NULL AND a.accident = 0`,
      ),
      highestNumber: db.prepare<[string], { n: number | null }>(
        `SELECT max(CAST(substr(login_id, 2) AS INTEGER)) AS n FROM accounts WHERE kind = 'staff' AND substr(login_id, 1, 1) = ?`,
      ),
      anyAccount: db.prepare<[], { one: number }>('SELECT 1 AS one FROM accounts LIMIT 1'),
      installation: db.prepare<[], { initialised_at: number; recovery_account_id: number }>(
        'SELECT initialised_at, recovery_account_id FROM installation WHERE singleton = 1',
      ),
      setInstallation: db.prepare<[number, number]>(
        'INSERT INTO installation (singleton, initialised_at, recovery_account_id) VALUES (1, ?, ?)',
      ),
    };
  }

  insert(profile: NewStaffProfile): void {
    const { accountId, nameKanaHalf, nameKanji, role, createdBy, now } = profile;
    this.stmt.insert.run({ accountId, nameKanaHalf, nameKanji, role, createdBy, now });
    this.setPermissions(profile.accountId, profile.role, profile.permissions);
  }

  get(accountId: number): StaffProfile | undefined {
    const row = this.stmt.get.get(accountId);
    if (!row) return undefined;
    return {
      accountId: row.account_id,
      nameKanaHalf: row.name_kana_half,
      nameKanji: row.name_kanji,
      role: row.role,
      permissions: this.permissionsOf(row.account_id, row.role),
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }

  permissionsOf(accountId: number, role: StaffRole): Permission[] {
    return permissionsFor(role, role === 'admin' ? [] : this.stmt.permissionsOf.all(accountId).map((r) => r.permission));
  }

  rename(accountId: number, nameKanaHalf: string, nameKanji: string | null, now: number): void {
    this.stmt.rename.run(nameKanaHalf, nameKanji, now, accountId);
  }

  setPermissions(accountId: number, role: StaffRole, granted: readonly Permission[]): void {
    this.stmt.clearPermissions.run(accountId);
    if (role === 'admin') return;
    for (const p of new Set(granted)) this.stmt.grant.run(accountId, p);
  }

  usableAdminCount(): number {
    return this.stmt.usableAdmins.get()?.n ?? 0;
  }

  /** The highest number used so far with this prefix, removed accounts included (IDs are never reused). */
  highestNumber(prefix: 'S' | 'A'): number {
    return this.stmt.highestNumber.get(prefix)?.n ?? 0;
  }

  /** init refuses a database that already holds anyone (e.g. the demo data). */
  anyAccount(): boolean {
    return this.stmt.anyAccount.get() !== undefined;
  }

  installation(): InstallationRecord | undefined {
    const row = this.stmt.installation.get();
    return row ? { initialisedAt: row.initialised_at, recoveryAccountId: row.recovery_account_id } : undefined;
  }

  recordInstallation(now: number, recoveryAccountId: number): void {
    this.stmt.setInstallation.run(now, recoveryAccountId);
  }
}
