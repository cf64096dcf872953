// ログイン with 利用者キー + ワンタイムパスワード (seed 000 §2), through the one login path of
// auth/login.ts: unknown key, wrong / expired / used / spent code and 利用中止 all end in
// 'login_failed' after the same hashing work. A wrong code counts on the code (spent after
// codeAttempts wrong tries), not on the account: the xID password login of the same account
// stays open. A correct code is consumed by a conditional update, so two terminals racing with
// the same code cannot both log in.
import type { Account, Actor } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import { verifySecret, type KdfParams } from '../auth/secrets';
import type { Session, Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
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
    return logInCitizen(this.d.guard, this.d.sessions, {
      loginId: userKey,
      check: (candidate) => this.checkOtp(candidate, otp, settings),
      threshold: null,
      by,
      action: 'citizen.login',
    });
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
