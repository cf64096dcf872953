// The two things only the machine can do (seed 003: an administrator's lock is never cleared
// online, only with the paper form at the branch): create the first administrator, and recover an
// administrator with the recovery code printed at that moment. The CLI calls these; no IPC
// channel reaches them.
import type { PinPair } from '../../src-shared/staff-pin';
import type { Accounts, Actor } from '../auth/accounts';
import { accountRef } from '../auth/accounts';
import { releaseBlockade, unlock } from '../auth/lockout';
import { hashSecret, type KdfParams, verifySecret } from '../auth/secrets';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Db } from '../store/database';
import { newRecoveryCode, newTemporaryPin, normalizeRecoveryCode } from './recovery-code';
import type { StaffAccounts } from './staff-accounts';
import type { StaffProfiles } from './staff-profiles';
import { permissions } from '../../src-shared/contract/channel';

export interface InstallationDeps {
  db: Db;
  clock: Clock;
  accounts: Accounts;
  profiles: StaffProfiles;
  staff: StaffAccounts;
  sessions: Sessions;
  audit: AuditLog;
  kdf: KdfParams;
}

export interface FirstAdministrator {
  nameKana: string;
  nameKanji: string | null;
  pins: PinPair;
}

export class Installation {
  constructor(private readonly deps: InstallationDeps) {}

  isInitialised(): boolean {
    return this.deps.profiles.installation() !== undefined;
  }

  /** Creates A0001 and the recovery code; conflict when the database already holds accounts. */
  async initialise(first: FirstAdministrator, by: Actor): Promise<{ staffId: string; recoveryCode: string }> {
    const { db, staff, profiles, audit, accounts, clock, kdf } = this.deps;
    if (this.isInitialised() || profiles.anyAccount()) throw new DomainError('conflict');
    staff.checkPins(first.pins, staff.nextStaffId('admin'));
    const recoveryCode = newRecoveryCode();
    const [pins, recoveryHash] = await Promise.all([staff.hashPins(first.pins), hashSecret(normalizeRecoveryCode(recoveryCode), kdf)]);
    const account = db.transaction(() => {
      if (this.isInitialised() || profiles.anyAccount()) throw new DomainError('conflict');
      const created = staff.create({
        role: 'admin',
        nameKanaHalf: first.nameKana,
        nameKanji: first.nameKanji,
        permissions,
        pins,
        mustChange: false,
        createdBy: null,
      });
      accounts.setCredential(created.id, 'recovery', recoveryHash);
      profiles.recordInstallation(clock.now(), created.id);
      audit.append({ ...by, action: 'cli.init', target: accountRef(created), outcome: 'ok' });
      return created;
    }).immediate();
    return { staffId: account.loginId, recoveryCode };
  }

  /**
   * Clears the administrator's 利用中止 and 封鎖, replaces the login PIN with a printed temporary
   * one, makes both PINs be set anew at the next login, and replaces the recovery code.
   * denied when the code is wrong (audited); not_found when the ID is not an administrator.
   */
  async recoverAdmin(staffId: string, typedCode: string, by: Actor): Promise<{ temporaryPin: string; recoveryCode: string }> {
    const { db, accounts, profiles, audit, sessions, kdf } = this.deps;
    const installation = profiles.installation();
    const account = accounts.findByLogin('staff', staffId);
    const profile = account ? profiles.get(account.id) : undefined;
    if (!installation || !account || profile?.role !== 'admin') {
      audit.append({ ...by, action: 'cli.recover_admin', target: `staff:${staffId}`, outcome: 'denied', detail: { reason: 'not_admin' } });
      throw new DomainError('not_found');
    }
    const stored = accounts.credential(installation.recoveryAccountId, 'recovery');
    const matches = stored ? (await verifySecret(normalizeRecoveryCode(typedCode), stored.hash, kdf)).ok : false;
    if (!matches) {
      audit.append({ ...by, action: 'cli.recover_admin', target: accountRef(account), outcome: 'denied', detail: { reason: 'wrong_code' } });
      throw new DomainError('denied');
    }
    const temporaryPin = newTemporaryPin();
    const recoveryCode = newRecoveryCode();
    const [pinHash, recoveryHash] = await Promise.all([hashSecret(temporaryPin, kdf), hashSecret(normalizeRecoveryCode(recoveryCode), kdf)]);
    db.transaction(() => {
      const confirm = accounts.credential(account.id, 'confirm_pin');
      accounts.setCredential(account.id, 'pin', pinHash, true);
      // The old confirmation PIN stays only as a placeholder; must_change keeps it from being used.
      accounts.setCredential(account.id, 'confirm_pin', confirm?.hash ?? pinHash, true);
      accounts.transition(account.id, unlock, by, { via: 'cli.recover_admin' });
      accounts.transition(account.id, releaseBlockade, by, { via: 'cli.recover_admin' });
      accounts.setCredential(installation.recoveryAccountId, 'recovery', recoveryHash);
      audit.append({ ...by, action: 'cli.recover_admin', target: accountRef(account), outcome: 'ok', detail: { replaced: 'login_and_recovery' } });
    }).immediate();
    sessions.endForAccount(account.id);
    return { temporaryPin, recoveryCode };
  }
}
