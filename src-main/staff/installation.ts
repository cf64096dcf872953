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
import type { Store } from '../store/store';
import { newRecoveryCode, newTemporaryPin, normalizeRecoveryCode } from './recovery-code';
import type { StaffAccounts } from './staff-accounts';
import type { StaffProfiles } from './staff-profiles';
import { permissions } from '../../src-shared/contract/channel';

export interface InstallationDeps {
  store: Store;
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

  async isInitialised(): Promise<boolean> {
    return (await this.deps.profiles.installation()) !== undefined;
  }

  /** Creates A0001 and the recovery code; conflict when the database already holds accounts. */
  async initialise(first: FirstAdministrator, by: Actor): Promise<{ staffId: string; recoveryCode: string }> {
    const { store, staff, profiles, audit, accounts, clock, kdf } = this.deps;
    if ((await this.isInitialised()) || (await profiles.anyAccount())) throw new DomainError('conflict');
    staff.checkPins(first.pins, await staff.nextStaffId('admin'));
    const recoveryCode = newRecoveryCode();
    const [pins, recoveryHash] = await Promise.all([staff.hashPins(first.pins), hashSecret(normalizeRecoveryCode(recoveryCode), kdf)]);
    const account = await store.transaction(async () => {
      if ((await this.isInitialised()) || (await profiles.anyAccount())) throw new DomainError('conflict');
      const created = await staff.create({
        role: 'admin',
        nameKanaHalf: first.nameKana,
        nameKanji: first.nameKanji,
        permissions,
        pins,
        mustChange: false,
        createdBy: null,
      });
      await accounts.setCredential(created.id, 'recovery', recoveryHash);
      await profiles.recordInstallation(clock.now(), created.id);
      await audit.append({ ...by, action: 'cli.init', target: accountRef(created), outcome: 'ok' });
      return created;
    });
    return { staffId: account.loginId, recoveryCode };
  }

  /**
   * Clears the administrator's 利用中止 and 封鎖, replaces the login PIN with a printed temporary
   * one, makes both PINs be set anew at the next login, and replaces the recovery code.
   * denied when the code is wrong (audited); not_found when the ID is not an administrator.
   */
  async recoverAdmin(staffId: string, typedCode: string, by: Actor): Promise<{ temporaryPin: string; recoveryCode: string }> {
    const { store, accounts, profiles, audit, sessions, kdf } = this.deps;
    const installation = await profiles.installation();
    const account = await accounts.findByLogin('staff', staffId);
    const profile = account ? await profiles.get(account.id) : undefined;
    if (!installation || !account || profile?.role !== 'admin') {
      await audit.append({ ...by, action: 'cli.recover_admin', target: `staff:${staffId}`, outcome: 'denied', detail: { reason: 'not_admin' } });
      throw new DomainError('not_found');
    }
    const stored = await accounts.credential(installation.recoveryAccountId, 'recovery');
    const matches = stored ? (await verifySecret(normalizeRecoveryCode(typedCode), stored.hash, kdf)).ok : false;
    if (!stored || !matches) {
      await audit.append({ ...by, action: 'cli.recover_admin', target: accountRef(account), outcome: 'denied', detail: { reason: 'wrong_code' } });
      throw new DomainError('denied');
    }
    const temporaryPin = newTemporaryPin();
    const recoveryCode = newRecoveryCode();
    const [pinHash, recoveryHash] = await Promise.all([hashSecret(temporaryPin, kdf), hashSecret(normalizeRecoveryCode(recoveryCode), kdf)]);
    await store.transaction(async () => {
      // A code is good for one recovery: a second one run with the same code while this one hashed
      // finds the code already replaced.
      if ((await accounts.credential(installation.recoveryAccountId, 'recovery'))?.hash !== stored.hash) throw new DomainError('conflict');
      const confirm = await accounts.credential(account.id, 'confirm_pin');
      await accounts.setCredential(account.id, 'pin', pinHash, true);
      // The old confirmation PIN stays only as a placeholder; must_change keeps it from being used.
      await accounts.setCredential(account.id, 'confirm_pin', confirm?.hash ?? pinHash, true);
      await accounts.transition(account.id, unlock, by, { via: 'cli.recover_admin' });
      await accounts.transition(account.id, releaseBlockade, by, { via: 'cli.recover_admin' });
      await accounts.setCredential(installation.recoveryAccountId, 'recovery', recoveryHash);
      await audit.append({ ...by, action: 'cli.recover_admin', target: accountRef(account), outcome: 'ok', detail: { replaced: 'login_and_recovery' } });
    });
    await sessions.endForAccount(account.id);
    return { temporaryPin, recoveryCode };
  }
}
