// メールアドレスとパスワードでログイン (seed 004), for accounts whose holder set a password with
// パスワードの再設定. The address picks the account (identity-store.ts says which when several
// share it); the rest is the one login path: unknown address, no password yet, wrong password and
// 利用中止 all end in the generic 'login_failed' after the same hashing work.
import type { Account, Actor, Accounts } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import { hashSecret, type KdfParams, verifySecret } from '../auth/secrets';
import type { Session, Sessions } from '../auth/sessions';
import { logInCitizen } from '../citizen';
import type { IdentityStore } from './identity-store';

export interface PasswordLoginSettings {
  kdf: KdfParams;
  loginLockThreshold: number;
}

export interface PasswordLoginDeps {
  accounts: Accounts;
  identityStore: IdentityStore;
  guard: LoginGuard;
  sessions: Sessions;
  decoy: () => Promise<void>;
  settings: () => PasswordLoginSettings;
}

const NOBODY = '@unknown';

export class PasswordLogin {
  constructor(private readonly d: PasswordLoginDeps) {}

  async login(email: string, password: string, by: Actor): Promise<Session> {
    const settings = this.d.settings();
    const target = await this.d.identityStore.passwordAccountFor(email);
    return logInCitizen(this.d.guard, this.d.sessions, {
      loginId: target?.userKey ?? NOBODY,
      check: (candidate) => this.check(candidate, password, settings.kdf),
      threshold: settings.loginLockThreshold,
      by,
      action: 'identity.password_login',
    });
  }

  private async check(account: Account, password: string, kdf: KdfParams): Promise<boolean> {
    const credential = await this.d.accounts.credential(account.id, 'password');
    if (!credential) {
      await this.d.decoy();
      return false;
    }
    const { ok, needsRehash } = await verifySecret(password, credential.hash, kdf);
    if (ok && needsRehash) await this.d.accounts.upgradeCredential(account.id, 'password', credential.hash, await hashSecret(password, kdf));
    return ok;
  }
}
