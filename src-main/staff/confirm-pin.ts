// The 確認暗証番号 check in front of every sensitive staff action. Failures are cumulative: a correct
// PIN does not forgive earlier mistakes, and at the threshold (config security.confirmBlockThreshold)
// the account is 封鎖 — every confirmation-protected action is closed until an administrator
// releases it (or, for an administrator, until recovery on the machine). Every check also goes
// through the terminal throttle shared with the logins: a wrong PIN counts there too.
import type { Accounts, Actor } from '../auth/accounts';
import { confirmFailed, confirmGate, confirmSucceeded, loginGate } from '../auth/lockout';
import { type KdfParams, verifySecret } from '../auth/secrets';
import type { TerminalThrottle } from '../auth/terminal-throttle';
import { DomainError } from '../domain-error';
import type { Store } from '../store/store';

/** Records a right PIN's success; store work only, run inside the transaction of the change it confirms. */
export type ConfirmedStep = () => Promise<void>;

export class ConfirmPinGuard {
  constructor(
    private readonly store: Store,
    private readonly accounts: Accounts,
    private readonly kdf: KdfParams,
    private readonly threshold: number,
    private readonly throttle: TerminalThrottle,
  ) {}

  /** Resolves when the PIN is right (its success recorded); throws throttled, confirm_failed, blockaded or not_allowed otherwise. */
  async check(accountId: number, typed: string, by: Actor, via: string): Promise<void> {
    const record = await this.verify(accountId, typed, by, via);
    await this.store.transaction(record);
  }

  /**
   * As check, but a right PIN resolves to the step that records the success, for the caller to run
   * inside the transaction of the change the PIN protects: one commit (one fsync) for both. A wrong
   * PIN is counted in its own transaction before the refusal, so refusing cannot undo the count.
   */
  async verify(accountId: number, typed: string, by: Actor, via: string): Promise<ConfirmedStep> {
    const ticket = this.throttle.enter(by.terminal);
    let wrong = false;
    try {
      const outcome = await this.compare(accountId, typed, by, via);
      if (typeof outcome === 'function') return outcome;
      wrong = true;
      throw outcome.refusal;
    } finally {
      ticket.done(wrong);
    }
  }

  /** The step of a right PIN, or the refusal of a wrong one (counted); throws the other refusals. */
  private async compare(accountId: number, typed: string, by: Actor, via: string): Promise<ConfirmedStep | { refusal: DomainError }> {
    const before = await this.accounts.get(accountId);
    if (!before || before.deletedAt !== null) throw new DomainError('unauthorized');
    if (confirmGate(before) === 'blockaded') throw new DomainError('blockaded');
    const credential = await this.accounts.credential(accountId, 'confirm_pin');
    // A PIN an administrator typed for someone (reset) is not that person's confirmation.
    if (!credential || credential.mustChange) throw new DomainError('not_allowed');
    const { ok } = await verifySecret(typed, credential.hash, this.kdf);
    if (!ok) {
      // transition re-reads the counter in its own transaction: failures typed on two terminals at
      // once are both counted.
      const { events } = await this.accounts.transition(accountId, (s) => confirmFailed(s, this.threshold), by, { via });
      return { refusal: new DomainError(events.includes('blockaded') ? 'blockaded' : 'confirm_failed') };
    }
    // The step re-reads inside its transaction: a failure on another terminal may have closed it,
    // or the holder may have been removed, locked or put under 事故登録 while the PIN was hashed —
    // their session ended then, and what they confirmed must not happen after it.
    return async () => {
      const holder = await this.accounts.get(accountId);
      if (!holder || holder.deletedAt !== null || loginGate(holder) !== 'open') throw new DomainError('session_expired');
      await this.accounts.transition(
        accountId,
        (s) => {
          if (confirmGate(s) === 'blockaded') throw new DomainError('blockaded');
          return confirmSucceeded(s);
        },
        by,
        { via },
      );
    };
  }
}
