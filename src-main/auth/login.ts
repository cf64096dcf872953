// The one login procedure every kind of account uses: throttle per terminal, look up, check the
// secret, apply the lockout state machine, audit. Unknown, wrong and locked all end in the same
// 'login_failed', after the same amount of hashing work, so the kiosk never tells which it was.
import type { AccountKind } from '../../src-shared/contract/channel';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import { type Account, type Accounts, type Actor, accountRef } from './accounts';
import { loginFailed, loginGate } from './lockout';
import type { TerminalThrottle } from './terminal-throttle';

export interface LoginAttempt {
  kind: AccountKind;
  loginId: string;
  /** Checks the secret; resolves true when it matches. Must do the same work when it does not. */
  check: (account: Account) => Promise<boolean>;
  /**
   * Consecutive failures that lock the account (may depend on the account, e.g. initial password).
   * null for a mailed single-use code: check() counts a wrong one on the code itself, and the
   * account's login counter (利用中止) is left alone, so guessing codes locks no one out.
   */
  threshold: number | ((account: Account) => number) | null;
  by: Actor;
  /** Audit action, e.g. 'citizen.login'. */
  action: string;
  /**
   * Store work for a successful login, run in the transaction that records it (starting the
   * session), with the account as that transaction read it: one commit for both. It may throw a
   * DomainError to refuse the login after all; everything then rolls back.
   */
  onSuccess?: (account: Account) => Promise<void>;
}

export class LoginGuard {
  constructor(
    private readonly accounts: Accounts,
    private readonly audit: AuditLog,
    private readonly decoy: () => Promise<void>,
    /** Shared with every other guessing channel (confirmation PIN, OTP issue, reset request). */
    readonly throttle: TerminalThrottle,
  ) {}

  /** The hashing work of a wrong secret, for a check that finds no stored secret to compare with. */
  decoyCheck(): Promise<void> {
    return this.decoy();
  }

  /** Throws 'throttled' (before any store access or hashing) while the terminal must wait. */
  async attempt(login: LoginAttempt): Promise<Account> {
    const ticket = this.throttle.enter(login.by.terminal);
    let failed = false;
    try {
      return await this.run(login);
    } catch (error) {
      failed = error instanceof DomainError && error.code === 'login_failed';
      throw error;
    } finally {
      ticket.done(failed);
    }
  }

  private async run({ kind, loginId, check, threshold, by, action, onSuccess }: LoginAttempt): Promise<Account> {
    const account = await this.accounts.findByLogin(kind, loginId);
    if (!account) {
      await this.decoy();
      await this.audit.append({ ...by, action, target: `${kind}:?`, outcome: 'failed', detail: { reason: 'unknown' } });
      throw new DomainError('login_failed');
    }
    const matches = await check(account);
    // Re-read after the await: another terminal may have changed the status meanwhile.
    const current = (await this.accounts.get(account.id)) ?? account;
    const gate = loginGate(current);
    if (gate === 'locked') {
      await this.audit.append({ ...by, action, target: accountRef(current), outcome: 'denied', detail: { reason: 'locked' } });
      throw new DomainError('login_failed');
    }
    if (!matches) {
      if (threshold === null) {
        await this.audit.append({ ...by, action, target: accountRef(current), outcome: 'failed', detail: { reason: 'wrong_code' } });
      } else {
        const limit = typeof threshold === 'function' ? threshold(current) : threshold;
        await this.accounts.transition(current.id, (s) => loginFailed(s, limit), by, { via: action });
      }
      throw new DomainError('login_failed');
    }
    if (gate === 'accident') {
      // Only a holder of the right secret learns about 事故登録, and is sent to the counter.
      await this.audit.append({ ...by, action, target: accountRef(current), outcome: 'denied', detail: { reason: 'accident' } });
      throw new DomainError('account_accident');
    }
    return this.accounts.recordLogin(current.id, by, { via: action }, onSuccess);
  }
}
