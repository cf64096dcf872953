// Patron login (図書館カードの番号 + パスワード) and the patron's password. The initial password
// is the birth date's MMDD with must_change set: the first login with it, or after a counter
// reset, leads to the forced change before anything else. Locking follows the shared lockout
// state machine, at a lower threshold while the guessable initial password is in place.
//
// With library.system = sip2 the ILS owns the password: it is checked there (23 patron status,
// CQ), the local lockout still counts a wrong one (CQ=N) and locks at the usual threshold, and a
// card the ILS blocks (status flags) is sent to the counter. The local account row for the card is
// made on its first successful login at the ILS, without a local password.
import type { SessionInfo } from '../../src-shared/contract/session';
import { passwordProblems } from '../../src-shared/library/settings-rules';
import type { Actor } from '../auth/accounts';
import { type Session, Sessions } from '../auth/sessions';
import { loginFailed, loginGate } from '../auth/lockout';
import { hashSecret, type Verification, verifySecret } from '../auth/secrets';
import { DomainError } from '../domain-error';
import type { LibrarySystem, PatronCheck } from '../library-system/library-system';
import { isUniqueViolation } from '../store/store';
import type { LibraryDeps } from './deps';

/**
 * The birth date of a patron whose account was made from the ILS, which keeps the real one: the
 * column needs a date, and nothing here uses it while the ILS owns the password (no initial
 * password, no password rules, no counter reset).
 */
export const ILS_UNKNOWN_BIRTH_DATE = '0001-01-01';

export class PatronAuth {
  constructor(
    private readonly d: LibraryDeps,
    private readonly system: LibrarySystem,
  ) {}

  /** Consecutive failures that set 利用中止 for this account now. */
  async lockThreshold(accountId: number): Promise<number> {
    return this.thresholdFor((await this.d.accounts.credential(accountId, 'password'))?.mustChange ?? false);
  }

  private thresholdFor(initialPassword: boolean): number {
    return initialPassword ? this.d.config.initialPasswordLockThreshold : this.d.config.loginLockThreshold;
  }

  async login(terminal: string, cardNumber: string, password: string, by: Actor): Promise<SessionInfo> {
    if (this.system.kind === 'sip2') return this.loginAtIls(terminal, cardNumber, password, by);
    const { accounts, kdf, sessions } = this.d;
    let rehashOf: string | null = null;
    // Read with the hash the check compares, so the threshold is that of the password tried.
    let initialPassword = false;
    let session: Session | undefined;
    const account = await this.d.login.attempt({
      kind: 'patron',
      loginId: cardNumber,
      by,
      action: 'patron.login',
      threshold: () => this.thresholdFor(initialPassword),
      check: async (a) => {
        const credential = await accounts.credential(a.id, 'password');
        initialPassword = credential?.mustChange ?? false;
        const result = await this.checkStored(credential?.hash, password);
        if (result.needsRehash && credential !== undefined) rehashOf = credential.hash;
        return result.ok;
      },
      // In the transaction that records the login, with the account row it read (locked until it
      // commits): a lock, 事故登録 or removal committed before is seen here, one committed after
      // ends the session (app.ts's listener) — so no session outlives such a change.
      onSuccess: async (current) => {
        if (current.deletedAt !== null || loginGate(current) !== 'open') throw new DomainError('login_failed');
        // Read in the transaction: a counter reset made while the password was hashed sets must_change.
        const credential = await accounts.credential(current.id, 'password');
        session = await sessions.start(terminal, {
          accountId: current.id,
          kind: 'patron',
          loginId: current.loginId,
          displayName: current.displayName,
          role: null,
          permissions: [],
          requiredAction: credential?.mustChange ? 'change_password' : null,
        });
      },
    });
    const started = session as Session | undefined;
    if (!started) throw new DomainError('login_failed');
    if (rehashOf !== null) {
      await accounts.upgradeCredential(account.id, 'password', rehashOf, await hashSecret(password, kdf));
      // Hashing awaited: the terminal may have been reset or logged in again meanwhile.
      if ((await sessions.get(terminal))?.id !== started.id) throw new DomainError('login_failed');
    }
    return Sessions.infoOf(started);
  }

  private async loginAtIls(terminal: string, cardNumber: string, password: string, by: Actor): Promise<SessionInfo> {
    const { accounts, sessions } = this.d;
    // A terminal that must wait is refused before the ILS is asked anything (counts nothing).
    this.d.login.throttle.check(by.terminal);
    let answer: PatronCheck | null = null;
    // One question to the ILS per login, whichever step asks first.
    const ask = async (): Promise<PatronCheck> => (answer ??= await this.system.checkPatron(cardNumber, password));
    if (!(await accounts.findByLogin('patron', cardNumber))) {
      // Only a right password makes the row; a wrong one for an unknown card fails below like any.
      if ((await ask()).passwordOk) await this.adoptIlsPatron(cardNumber, (answer as PatronCheck | null)?.name ?? '', by);
    }
    let session: Session | undefined;
    try {
      await this.d.login.attempt({
        kind: 'patron',
        loginId: cardNumber,
        by,
        action: 'patron.login',
        threshold: this.d.config.loginLockThreshold,
        check: async () => (await ask()).passwordOk,
        onSuccess: async (current) => {
          if (current.deletedAt !== null || loginGate(current) !== 'open') throw new DomainError('login_failed');
          const checked = answer as PatronCheck | null;
          // The password was right, so telling a blocked card to go to the counter reveals nothing.
          if (checked?.blocked) throw new DomainError('library_patron_blocked');
          const name = checked?.name.trim() || current.displayName;
          if (name !== current.displayName) await accounts.rename(current.id, name, current.nameKana);
          session = await sessions.start(terminal, {
            accountId: current.id,
            kind: 'patron',
            loginId: current.loginId,
            displayName: name,
            role: null,
            permissions: [],
            requiredAction: null,
          });
        },
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'library_patron_blocked') {
        await this.d.audit.append({ ...by, action: 'patron.login', target: `patron:${cardNumber}`, outcome: 'denied', detail: { reason: 'ils_blocked' } });
      }
      throw error;
    }
    const started = session as Session | undefined;
    if (!started) throw new DomainError('login_failed');
    return Sessions.infoOf(started);
  }

  /** The local row of a card the ILS has just accepted: profile defaults, no local password. */
  private async adoptIlsPatron(cardNumber: string, name: string, by: Actor): Promise<void> {
    const { store, accounts } = this.d;
    try {
      await store.transaction(async () => {
        if (await accounts.loginIdTaken('patron', cardNumber)) return;
        const account = await accounts.create('patron', cardNumber, name.trim() || cardNumber, null);
        await this.d.patrons.insert({
          accountId: account.id,
          birthDate: ILS_UNKNOWN_BIRTH_DATE,
          phones: { mobile: null, home: null, work: null },
          email: null,
          emailKind: 'pc',
          pickupBranch: this.d.branches.main,
          mailLocale: 'ja',
          now: this.d.clock.now(),
        });
        await this.d.audit.append({ ...by, action: 'patron.register', target: `patron:${cardNumber}`, outcome: 'ok', detail: { via: 'ils' } });
      });
    } catch (error) {
      // Another terminal made the row for the same card at the same moment: use theirs.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /** The forced change after a login with the initial password (no current password asked again). */
  async changeInitial(terminal: string, accountId: number, newPassword: string, confirmPassword: string, by: Actor): Promise<void> {
    const session = await this.d.sessions.get(terminal);
    // Without the pending action this channel would let anyone at an unattended session set a
    // password without knowing the current one.
    if (!session || session.accountId !== accountId || session.requiredAction !== 'change_password') throw new DomainError('not_allowed');
    const patron = await this.d.patrons.get(accountId);
    if (!patron) throw new DomainError('not_found');
    const problems = passwordProblems(
      { currentPassword: '', newPassword, confirmPassword },
      { cardNumber: patron.cardNumber, birthDate: patron.birthDate },
      false,
    );
    if (Object.keys(problems).length) throw new DomainError('invalid_input', problems);
    const hash = await hashSecret(newPassword, this.d.kdf);
    await this.d.store.transaction(async () => {
      await this.d.accounts.setCredential(accountId, 'password', hash, false);
      await this.d.audit.append({ ...by, action: 'patron.password_change', target: `patron:${patron.cardNumber}`, outcome: 'ok', detail: { via: 'initial' } });
    });
    // The password is set either way; the session that asked may have ended while hashing.
    if (!(await this.d.sessions.update(terminal, session, { requiredAction: null }))) throw new DomainError('session_expired');
  }

  /**
   * A patron without a password (never set up) fails after the work of a wrong password, so the
   * answer's time does not tell which cards have none.
   */
  private async checkStored(stored: string | undefined, password: string): Promise<Verification> {
    if (stored === undefined) {
      await this.d.login.decoyCheck();
      return { ok: false, needsRehash: false };
    }
    return verifySecret(password, stored, this.d.kdf);
  }

  /**
   * Checks the 現パスワード of 利用者情報変更. A wrong one counts as a failed login (it is the
   * same guess, and counts on the terminal throttle like one); if that locks the account, the
   * listener in app.ts has ended the session and the answer is account_locked.
   */
  async verifyCurrent(accountId: number, password: string, by: Actor): Promise<void> {
    const ticket = this.d.login.throttle.enter(by.terminal);
    let wrong = false;
    try {
      const refusal = await this.compareCurrent(accountId, password, by);
      if (refusal) {
        wrong = true;
        throw refusal;
      }
    } finally {
      ticket.done(wrong);
    }
  }

  /** Null when the password is right; for a wrong one, counted on the account, the refusal to answer. */
  private async compareCurrent(accountId: number, password: string, by: Actor): Promise<DomainError | null> {
    const account = await this.d.accounts.get(accountId);
    const credential = await this.d.accounts.credential(accountId, 'password');
    const { ok } = await this.checkStored(credential?.hash, password);
    if (ok || !account) return null;
    const threshold = this.thresholdFor(credential?.mustChange ?? false);
    const { events } = await this.d.accounts.transition(accountId, (s) => loginFailed(s, threshold), by, { via: 'patron.settings' });
    // The patron is logged in (card + password proved), so telling them 利用中止 reveals nothing;
    // session_expired would send them home thinking they were merely slow.
    if (events.includes('locked')) return new DomainError('account_locked');
    return new DomainError('invalid_input', { currentPassword: 'invalid' });
  }
}
