// ログイン with 利用者キー + ワンタイムパスワード (seed 000 §2), through the one login path of
// auth/login.ts: unknown key, wrong / expired / used / spent code and 利用中止 with a wrong code all
// end in 'login_failed' after the same hashing work; the right code of a 利用中止 key says so
// ('account_locked', issue 13). A wrong code counts on the code (spent after
// codeAttempts wrong tries), not on the account: the xID password login of the same account
// stays open. A correct code is consumed by a conditional update, so two terminals racing with
// the same code cannot both log in.
import type { Account, Actor } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import { verifySecret, type KdfParams } from '../auth/secrets';
import type { Session, Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import { logInCitizen } from './citizen-session';
import type { OneTimePasswords } from './one-time-passwords';

export interface CitizenLoginSettings {
  kdf: KdfParams;
  /** Wrong tries a code survives; the citizen then asks for a new one. */
  codeAttempts: number;
}

export interface CitizenLoginDeps {
  clock: Clock;
  guard: LoginGuard;
  otps: OneTimePasswords;
  sessions: Sessions;
  /** Burns the same time as a real comparison when there is no usable code. */
  decoy: () => Promise<void>;
  settings: () => CitizenLoginSettings;
}

export class CitizenLogin {
  constructor(private readonly d: CitizenLoginDeps) {}

  async login(userKey: string, otp: string, by: Actor): Promise<Session> {
    const settings = this.d.settings();
    let codeMatched = false;
    try {
      return await logInCitizen(this.d.guard, this.d.sessions, {
        loginId: userKey,
        check: async (candidate) => (codeMatched = await this.checkOtp(candidate, otp, settings)),
        threshold: null,
        by,
        action: 'citizen.login',
      });
    } catch (error) {
      // The guard refuses 利用中止 with the generic failure, after the code was checked. With the
      // key's current code right, that refusal can only be the lock (the guard has audited it): the
      // holder of both learns nothing new and is sent to the counter. The terminal throttle has
      // counted the attempt like any refused login.
      if (codeMatched && error instanceof DomainError && error.code === 'login_failed') throw new DomainError('account_locked');
      throw error;
    }
  }

  private async checkOtp(account: Account, otp: string, { kdf, codeAttempts }: CitizenLoginSettings): Promise<boolean> {
    const { otps, clock } = this.d;
    const row = await otps.usable(account.id, clock.now(), codeAttempts);
    if (!row) {
      // No code, an expired, used or spent one, or a citizen without a mail address (who never gets one).
      await this.d.decoy();
      return false;
    }
    const { ok } = await verifySecret(otp, row.hash, kdf);
    if (!ok) await otps.countMiss(row);
    return ok && (await otps.consume(row, clock.now(), codeAttempts));
  }
}
