// パスワードの再設定 (seed 004: an account registered with xID has no password until its holder
// sets one this way). Step 1 mails a reset code to the address; step 2 takes the code and the new
// password. Both steps answer the same whether or not the address is registered: step 1 always
// says a mail is on its way (after the same minimum time), and a wrong code, an unknown address and
// a locked account are all the one generic 'login_failed'. Wrong codes count on the code, which is
// spent after codeAttempts of them (a new request mails a new one); they never count on the
// account's login counter, so a stranger guessing codes for someone's address cannot lock that
// person's password login (利用中止). Both steps go through the terminal throttle: the code step is
// counted there like a login; the mail step only waits, as its answer must not depend on the address.
//
// A password login locked by consecutive failures (利用中止) is lifted by a reset with the right
// code (issue 13): the code proves the mailbox, and whoever holds it could set a new password
// anyway, so keeping the lock would only send the owner to the counter for nothing. 事故登録 is an
// administrator's decision and is not lifted here: its holder is told to go to the counter.
import type { Locale } from '../../src-shared/contract/session';
import { newPasswordProblem } from '../../src-shared/library/patron-password';
import { type Accounts, type Actor, accountRef } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import { unlock } from '../auth/lockout';
import { hashSecret, type KdfParams } from '../auth/secrets';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import { type MailLimits, withEvenTiming } from '../citizen';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import type { IdentityStore } from './identity-store';
import { passwordChangedMail, passwordResetCodeMail } from './mails';
import type { ResetCodes } from './reset-codes';

export interface PasswordResetSettings {
  kdf: KdfParams;
  ttlMinutes: number;
  /** Wrong tries a reset code survives. */
  codeAttempts: number;
  /** Consecutive wrong passwords that lock the password login (told on the code step). */
  loginLockThreshold: number;
  evenAnswerMs: number;
}

export interface PasswordResetDeps {
  store: Store;
  clock: Clock;
  accounts: Accounts;
  identityStore: IdentityStore;
  codes: ResetCodes;
  guard: LoginGuard;
  sessions: Sessions;
  limits: MailLimits;
  mailer: Mailer;
  audit: AuditLog;
  /** Burns the hashing time of a real code check when there is no code to check. */
  decoy: () => Promise<void>;
  settings: () => PasswordResetSettings;
}

/** Matches no account (login ids never contain '@'), so the login path runs its decoy. */
const NOBODY = '@unknown';

export class PasswordReset {
  constructor(private readonly d: PasswordResetDeps) {}

  async request(email: string, locale: Locale, by: Actor): Promise<{ validMinutes: number; lockAfter: number }> {
    this.d.guard.throttle.check(by.terminal);
    const settings = this.d.settings();
    return withEvenTiming(settings.evenAnswerMs, async () => {
      // Counted before looking the address up, so the limit says nothing about who is registered.
      if (!(await this.d.limits.take(by.terminal, { email }))) {
        await this.d.audit.append({ ...by, action: 'identity.password_reset_request', target: null, outcome: 'denied', detail: { reason: 'rate_limited' } });
        throw new DomainError('rate_limited');
      }
      // Hash first on both paths: registered and unknown addresses cost the same work.
      const { code, hash } = await this.d.codes.prepare();
      const account = await this.d.identityStore.passwordAccountFor(email);
      if (!account) {
        await this.d.audit.append({ ...by, action: 'identity.password_reset_request', target: 'citizen:?', outcome: 'failed', detail: { reason: 'unknown' } });
        return { validMinutes: settings.ttlMinutes, lockAfter: settings.loginLockThreshold };
      }
      await this.d.store.transaction(async () => {
        const expiresAt = await this.d.codes.save(account.accountId, hash, settings.ttlMinutes * 60_000);
        await this.d.mailer.enqueue(passwordResetCodeMail, {
          to: account.email,
          locale,
          accountId: account.accountId,
          params: { code, validMinutes: settings.ttlMinutes, expiresAt },
        });
        await this.d.audit.append({ ...by, action: 'identity.password_reset_request', target: `citizen:${account.userKey}`, outcome: 'ok' });
      });
      return { validMinutes: settings.ttlMinutes, lockAfter: settings.loginLockThreshold };
    });
  }

  async reset(email: string, code: string, password: string, locale: Locale, by: Actor): Promise<void> {
    const settings = this.d.settings();
    const account = await this.d.identityStore.passwordAccountFor(email);
    let codeId: number | null = null;
    let lifting = false;
    try {
      await this.d.guard.attempt({
        kind: 'citizen',
        loginId: account?.userKey ?? NOBODY,
        check: async (candidate) => {
          codeId = await this.d.codes.check(candidate.id, code, settings.codeAttempts, this.d.decoy);
          return codeId !== null;
        },
        threshold: null,
        by,
        action: 'identity.password_reset',
      });
    } catch (error) {
      // The guard refuses a locked account whatever the code; only a right code gets past here.
      if (!(error instanceof DomainError) || error.code !== 'login_failed' || codeId === null || !account) throw error;
      const current = await this.d.accounts.get(account.accountId);
      if (!current?.locked) throw error;
      if (current.accident) throw new DomainError('account_accident');
      lifting = true;
    }
    if (!account || codeId === null) throw new DomainError('login_failed');

    // Only the code's holder gets this far, so naming the personal-data rule reveals nothing.
    const problem = newPasswordProblem(password, { cardNumber: account.userKey, birthDate: account.birthdate });
    if (problem) throw new DomainError('invalid_input', { password: problem });

    const hash = await hashSecret(password, settings.kdf);
    const usedCode = codeId;
    const changed = await this.d.store.transaction(async () => {
      if (!(await this.d.codes.consume(usedCode, settings.codeAttempts))) return false;
      await this.d.accounts.setCredential(account.accountId, 'password', hash);
      if (lifting) await this.d.accounts.transition(account.accountId, unlock, by, { via: 'identity.password_reset' });
      const now = this.d.clock.now();
      await this.d.mailer.enqueue(passwordChangedMail, { to: account.email, locale, accountId: account.accountId, params: { name: account.name, at: now } });
      await this.d.audit.append({ ...by, action: 'identity.password_set', target: accountRef({ kind: 'citizen', loginId: account.userKey }), outcome: 'ok' });
      return true;
    });
    // Another terminal used the same code a moment earlier.
    if (!changed) throw new DomainError('login_failed');
    // Sessions opened with the old password end; the citizen logs in again with the new one.
    await this.d.sessions.endForAccount(account.accountId);
  }
}
