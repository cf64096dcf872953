// The administrator console of seed 003: 変更・登録抹消・各種設定 on a selected account. Every action
// is checked in this order, so a refused action never spends a confirmation-PIN attempt: the target
// exists, the caller may touch it, the action makes sense in its state, then the caller's
// 確認暗証番号, then one transaction with the change, its audit rows and the owner's notice mail.
// Any new secret is hashed before that transaction, and the PIN's success is recorded inside it:
// the confirming clerk's status is then read after the last slow step, so a clerk removed, locked
// or put under 事故登録 on another terminal while hashing ran cannot still complete the action.
import type { AccountDetail, IdentityDocument, StaffRole, StatusOrigin } from '../../src-shared/contract/staff';
import type { Permission } from '../../src-shared/contract/channel';
import type { PinPair } from '../../src-shared/staff-pin';
import type { Account, Accounts, Actor } from '../auth/accounts';
import { accountRef } from '../auth/accounts';
import type { AccountDirectory } from '../auth/account-directory';
import { clearAccident, releaseBlockade, setAccident, unlock } from '../auth/lockout';
import type { Session, Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { type AccountChange, accountNoticeMail } from './account-notice-mail';
import type { ConfirmedStep, ConfirmPinGuard } from './confirm-pin';
import type { StaffAccounts } from './staff-accounts';
import type { StaffProfile, StaffProfiles } from './staff-profiles';

export interface StaffConsoleDeps {
  store: Store;
  accounts: Accounts;
  profiles: StaffProfiles;
  staff: StaffAccounts;
  confirm: ConfirmPinGuard;
  sessions: Sessions;
  audit: AuditLog;
  mailer: Mailer;
  directory: AccountDirectory;
}

export interface StaffDraft {
  nameKana: string;
  nameKanji: string | null;
  permissions: Permission[];
}

interface Target {
  account: Account;
  profile: StaffProfile | undefined;
}

/** The machine of a terminal id: Electron names each window "<terminal name>/window-<n>". */
function machineName(terminal: string): string {
  return terminal.replace(/\/window-\d+$/, '');
}

export class StaffConsole {
  constructor(private readonly deps: StaffConsoleDeps) {}

  async detail(accountId: number): Promise<AccountDetail> {
    const { account, profile } = await this.target(accountId);
    const { staff, directory } = this.deps;
    return {
      accountId: account.id,
      kind: account.kind,
      loginId: account.loginId,
      displayName: account.displayName,
      nameKana: profile ? profile.nameKanaHalf : account.nameKana,
      locked: account.locked,
      accident: account.accident,
      accidentReason: account.accidentReason,
      blockaded: account.blockaded,
      consecutiveFailures: account.consecutiveFailures,
      confirmFailures: account.confirmFailures,
      lockedBy: account.locked ? await this.origin(account, 'account.locked') : null,
      blockadedBy: account.blockaded ? await this.origin(account, 'account.blockaded') : null,
      createdAt: account.createdAt,
      lastLoginAt: account.lastLoginAt,
      staff: profile ? { role: profile.role, permissions: profile.permissions } : null,
      staffProfile: profile
        ? {
            nameKanaHalf: profile.nameKanaHalf,
            nameKanji: profile.nameKanji,
            role: profile.role,
            permissions: profile.permissions,
            pinsMustChange: await staff.pinsMustChange(account.id),
          }
        : null,
      clearableInApp: profile?.role !== 'admin',
      resettable: account.kind === 'citizen' ? directory.action('citizen', 'resendLoginKey') !== null : account.kind === 'patron' && directory.passwordReset('patron') !== null,
      notified: (await directory.contactOf(account.kind, account.id)) !== null,
      summary: await directory.summaryOf(account.kind, account.id),
    };
  }

  /** 利用者の新規登録. */
  async register(session: Session, by: Actor, draft: StaffDraft & { role: StaffRole; pins: PinPair; confirmPin: string }): Promise<{ accountId: number; staffId: string }> {
    const { staff, store, audit, confirm } = this.deps;
    if (draft.role === 'admin' && session.role !== 'admin') throw new DomainError('unauthorized');
    staff.checkPins(draft.pins, await staff.nextStaffId(draft.role), 'pins.');
    const confirmed = await confirm.verify(session.accountId, draft.confirmPin, by, 'admin.staff.register');
    const pins = await staff.hashPins(draft.pins);
    return store.transaction(async () => {
      await confirmed();
      const account = await staff.create({
        role: draft.role,
        nameKanaHalf: draft.nameKana,
        nameKanji: draft.nameKanji,
        permissions: draft.permissions,
        pins,
        mustChange: true,
        createdBy: session.accountId,
      });
      // The ID is only final inside the transaction; a PIN equal to it is still refused.
      staff.checkPins(draft.pins, account.loginId, 'pins.');
      await audit.append({
        ...by,
        action: 'admin.staff.register',
        target: accountRef(account),
        outcome: 'ok',
        detail: { role: draft.role, permissions: draft.role === 'admin' ? 'all' : draft.permissions.join(',') },
      });
      return { accountId: account.id, staffId: account.loginId };
    });
  }

  /** 変更: names, permissions and, when given, both PINs set anew. */
  async update(session: Session, by: Actor, accountId: number, draft: StaffDraft & { pins: PinPair | null; confirmPin: string }): Promise<AccountDetail> {
    const { staff, store, audit, confirm, profiles, sessions } = this.deps;
    const { account, profile } = await this.staffTarget(session, accountId);
    const before = new Set(profile.permissions);
    const granted = profile.role === 'admin' ? profile.permissions : draft.permissions;
    const permissionsChanged = granted.length !== before.size || granted.some((p) => !before.has(p));
    // Separation of duties: nobody widens their own authority, and an administrator's PINs are
    // reset only by their holder or offline (recover-admin with the recovery code, seed 003).
    if (account.id === session.accountId && permissionsChanged) await this.refuse(by, account, 'admin.staff.update', 'self');
    if (draft.pins && profile.role === 'admin' && account.id !== session.accountId) {
      await this.refuse(by, account, 'admin.staff.update', 'administrator');
    }
    if (draft.pins) staff.checkPins(draft.pins, account.loginId, 'pins.');
    const confirmed = await confirm.verify(session.accountId, draft.confirmPin, by, 'admin.staff.update');
    const pins = draft.pins ? await staff.hashPins(draft.pins) : null;
    await store.transaction(async () => {
      await confirmed();
      await staff.rename(account.id, draft.nameKana, draft.nameKanji);
      await profiles.setPermissions(account.id, profile.role, granted);
      if (pins) await staff.setPins(account.id, pins, true);
      await audit.append({
        ...by,
        action: 'admin.staff.update',
        target: accountRef(account),
        outcome: 'ok',
        detail: { permissions: profile.role === 'admin' ? 'all' : granted.join(','), credentialsReset: pins !== null },
      });
      if (pins) await this.notify(account, 'pins_reset');
    });
    // New PINs or a narrower matrix take effect now, not at the holder's next logout.
    if (pins || permissionsChanged) await sessions.endForAccount(account.id);
    return this.detail(account.id);
  }

  /** 登録抹消: the account can no longer log in; the row and its audit trail stay. */
  async remove(session: Session, by: Actor, accountId: number, confirmPin: string): Promise<void> {
    const { store, audit, confirm, accounts, sessions } = this.deps;
    const { account, profile } = await this.staffTarget(session, accountId);
    if (account.id === session.accountId) await this.refuse(by, account, 'admin.staff.remove', 'self');
    if (profile.role === 'admin' && (await this.isLastAdmin(account))) await this.refuse(by, account, 'admin.staff.remove', 'last_admin');
    const confirmed = await confirm.verify(session.accountId, confirmPin, by, 'admin.staff.remove');
    await store.transaction(async () => {
      // Ahead of the PIN's step, as in change(): administrators' rows are locked in one order.
      if (profile.role === 'admin' && (await this.isLastAdmin(account, 'lock'))) throw new DomainError('not_allowed');
      await confirmed();
      await accounts.softDelete(account.id);
      await accounts.deleteCredential(account.id, 'pin');
      await accounts.deleteCredential(account.id, 'confirm_pin');
      await audit.append({ ...by, action: 'admin.staff.remove', target: accountRef(account), outcome: 'ok' });
    });
    await sessions.endForAccount(account.id);
  }

  async setAccident(session: Session, by: Actor, accountId: number, reason: string, confirmPin: string): Promise<AccountDetail> {
    const { account, profile } = await this.statusTarget(session, accountId);
    if (account.id === session.accountId) await this.refuse(by, account, 'admin.accident_set', 'self');
    if (profile?.role === 'admin' && (await this.isLastAdmin(account))) await this.refuse(by, account, 'admin.accident_set', 'last_admin');
    const confirmed = await this.deps.confirm.verify(session.accountId, confirmPin, by, 'admin.accident_set');
    const lastAdmin = async () => profile?.role === 'admin' && (await this.isLastAdmin(account, 'lock'));
    return this.change(account, 'accident_set', confirmed, async () => {
      await this.deps.accounts.transition(account.id, (s) => setAccident(s, reason), by, { via: 'admin.accident_set' });
    }, lastAdmin);
  }

  async clearAccident(session: Session, by: Actor, accountId: number, confirmPin: string): Promise<AccountDetail> {
    const { account } = await this.statusTarget(session, accountId);
    if (!account.accident) throw new DomainError('conflict');
    const confirmed = await this.deps.confirm.verify(session.accountId, confirmPin, by, 'admin.accident_clear');
    return this.change(account, 'accident_cleared', confirmed, async () => {
      await this.deps.accounts.transition(account.id, clearAccident, by, { via: 'admin.accident_clear' });
    });
  }

  /** 利用中止解除. */
  async unlock(session: Session, by: Actor, accountId: number, confirmPin: string): Promise<AccountDetail> {
    const { account, profile } = await this.statusTarget(session, accountId);
    if (profile?.role === 'admin') await this.refuse(by, account, 'admin.unlock', 'administrator');
    if (!account.locked) throw new DomainError('conflict');
    const confirmed = await this.deps.confirm.verify(session.accountId, confirmPin, by, 'admin.unlock');
    return this.change(account, 'unlocked', confirmed, async () => {
      await this.deps.accounts.transition(account.id, unlock, by, { via: 'admin.unlock' });
    });
  }

  /** 封鎖（累積封鎖）解除. */
  async releaseBlockade(session: Session, by: Actor, accountId: number, confirmPin: string): Promise<AccountDetail> {
    const { account, profile } = await this.statusTarget(session, accountId);
    if (profile?.role === 'admin') await this.refuse(by, account, 'admin.blockade_release', 'administrator');
    // The count is cumulative so that only someone else forgives it: a right PIN typed by the
    // account's own holder must not wipe the mistakes counted against it.
    if (account.id === session.accountId) await this.refuse(by, account, 'admin.blockade_release', 'self');
    if (!account.blockaded && account.confirmFailures === 0) throw new DomainError('conflict');
    const confirmed = await this.deps.confirm.verify(session.accountId, confirmPin, by, 'admin.blockade_release');
    return this.change(account, 'blockade_released', confirmed, async () => {
      await this.deps.accounts.transition(account.id, releaseBlockade, by, { via: 'admin.blockade_release' });
    });
  }

  /**
   * 変更 for a citizen: the 利用者キー sent again. The area does the work; the console adds the
   * confirmation PIN (the key mail is itself the owner's notice).
   */
  async citizenKeyResend(session: Session, by: Actor, accountId: number, confirmPin: string): Promise<AccountDetail> {
    const { account } = await this.target(accountId);
    if (account.kind !== 'citizen') throw new DomainError('not_found');
    const action = this.deps.directory.action('citizen', 'resendLoginKey');
    if (!action) throw new DomainError('unavailable');
    if (!(await this.deps.directory.contactOf('citizen', account.id))) throw new DomainError('no_mail_address');
    await this.deps.confirm.check(session.accountId, confirmPin, by, 'admin.citizen_reset');
    await action(account.id, by);
    return this.detail(account.id);
  }

  /**
   * A patron's password back to the birth-date MMDD, from the console or the counter. The library's
   * reset, the audit row (with the identity document the clerk checked) and the owner's notice are
   * one transaction: the patron is never reset without being told, nor told without a reset.
   */
  async patronReset(
    session: Session,
    by: Actor,
    accountId: number,
    confirmPin: string,
    how: { via: 'admin.patron_reset' | 'counter.patron_reset'; identityDocument: IdentityDocument },
  ): Promise<AccountDetail> {
    const { account } = await this.target(accountId);
    if (account.kind !== 'patron') throw new DomainError('not_found');
    const prepare = this.deps.directory.passwordReset('patron');
    if (!prepare) throw new DomainError('unavailable');
    const confirmed = await this.deps.confirm.verify(session.accountId, confirmPin, by, how.via);
    const reset = await prepare(account.id);
    await this.deps.store.transaction(async () => {
      await confirmed();
      await reset.apply(by);
      await this.deps.audit.append({
        ...by,
        action: how.via,
        target: accountRef(account),
        outcome: 'ok',
        // 'identity', as the rows written before the console asked for a document too.
        detail: { identity: how.identityDocument },
      });
      await this.notify(account, 'password_reset');
    });
    await reset.committed();
    return this.detail(account.id);
  }

  /**
   * The PIN's success, the change, its audit rows and the notice: one transaction, one commit.
   * `refused` runs first: the administrators' rows it locks are then taken before the confirming
   * administrator's own, in one order for every transaction, so two of them cannot deadlock.
   */
  private async change(
    account: Account,
    notice: AccountChange,
    confirmed: ConfirmedStep,
    apply: () => Promise<void>,
    refused: () => Promise<boolean> = async () => false,
  ): Promise<AccountDetail> {
    await this.deps.store.transaction(async () => {
      if (await refused()) throw new DomainError('not_allowed');
      await confirmed();
      await apply();
      await this.notify(account, notice);
    });
    return this.detail(account.id);
  }

  /** The owner's notice, in the caller's transaction; staff have no address and get none. */
  private async notify(account: Account, change: AccountChange): Promise<void> {
    const contact = await this.deps.directory.contactOf(account.kind, account.id);
    if (!contact) return;
    await this.deps.mailer.enqueue(accountNoticeMail, {
      to: contact.address,
      locale: contact.locale,
      params: { change, loginId: account.loginId },
      accountId: account.id,
    });
  }

  /**
   * An admin already under 事故登録 or removed is not counted, so it cannot be "the last". With
   * 'lock' (inside the changing transaction) the administrators' rows stay locked until it ends.
   */
  private async isLastAdmin(account: Account, lock?: 'lock'): Promise<boolean> {
    if (lock) {
      const usable = await this.deps.profiles.lockUsableAdmins();
      return usable.includes(account.id) && usable.length <= 1;
    }
    const current = await this.deps.accounts.get(account.id);
    if (!current || current.deletedAt !== null || current.accident) return false;
    return (await this.deps.profiles.usableAdminCount()) <= 1;
  }

  /** The newest audit row that set the status: when, and at which machine. */
  private async origin(account: Account, action: 'account.locked' | 'account.blockaded'): Promise<StatusOrigin | null> {
    const [row] = await this.deps.audit.list({ target: accountRef(account), action, limit: 1 });
    return row ? { at: row.at, terminal: machineName(row.terminal) } : null;
  }

  private async refuse(by: Actor, account: Account, action: string, reason: string): Promise<never> {
    await this.deps.audit.append({ ...by, action, target: accountRef(account), outcome: 'denied', detail: { reason } });
    throw new DomainError('not_allowed');
  }

  private async target(accountId: number): Promise<Target> {
    const account = await this.deps.accounts.get(accountId);
    if (!account || account.deletedAt !== null) throw new DomainError('not_found');
    return { account, profile: account.kind === 'staff' ? await this.deps.profiles.get(account.id) : undefined };
  }

  /** Any kind; an administrator's account only for an administrator. */
  private async statusTarget(session: Session, accountId: number): Promise<Target> {
    const target = await this.target(accountId);
    if (target.profile?.role === 'admin' && session.role !== 'admin') throw new DomainError('unauthorized');
    return target;
  }

  private async staffTarget(session: Session, accountId: number): Promise<{ account: Account; profile: StaffProfile }> {
    const { account, profile } = await this.statusTarget(session, accountId);
    if (!profile) throw new DomainError('not_allowed');
    return { account, profile };
  }
}
