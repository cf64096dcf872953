// What a verified xID identity does to citizen accounts: register a new account from the claims
// (with a 利用者キー, mailed), log in to the account that holds the subject, or link the subject to
// the account of a citizen logged in another way. One subject per account, one account per subject.
import type { Locale } from '../../src-shared/contract/session';
import { type Accounts, type Actor, accountRef } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import type { Session, Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import { logInCitizen } from '../citizen/citizen-session';
import type { CitizenProfiles } from '../citizen/profiles';
import { newUserKey } from '../citizen/user-key';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Db } from '../store/database';
import type { VerifiedClaims } from './claims';
import type { IdentityStore } from './identity-store';
import { xidLinkedMail, xidRegisteredMail } from './mails';

export interface XidAccountsDeps {
  db: Db;
  clock: Clock;
  accounts: Accounts;
  profiles: CitizenProfiles;
  store: IdentityStore;
  guard: LoginGuard;
  sessions: Sessions;
  audit: AuditLog;
  mailer: Mailer;
  providerName: () => string;
  loginLockThreshold: () => number;
}

export interface Registration {
  session: Session;
  userKey: string;
  mailed: boolean;
}

export class XidAccounts {
  constructor(private readonly d: XidAccountsDeps) {}

  isKnown(sub: string): boolean {
    return this.d.store.holderOf(sub) !== undefined;
  }

  /**
   * A new citizen account from the verified claims, marked identity-verified, with a new 利用者キー
   * mailed to the verified address — all in one transaction — then logged in.
   */
  async register(claims: VerifiedClaims, locale: Locale, by: Actor): Promise<Registration> {
    const { db, clock, accounts, profiles, store, audit, mailer } = this.d;
    const providerName = this.d.providerName();
    const created = db
      .transaction(() => {
        if (store.subTaken(claims.sub)) throw new DomainError('conflict');
        const now = clock.now();
        const userKey = newUserKey((key) => accounts.loginIdTaken('citizen', key));
        const account = accounts.create('citizen', userKey, claims.name);
        // xID does not hand over a phone number; the citizen adds one with 利用者情報変更.
        profiles.insert(account.id, { phone: '', email: claims.email, postalCode: claims.postalCode, address: claims.address }, locale, now);
        store.attach(account.id, claims.sub, claims.birthdate, 'register', now);
        if (claims.email) {
          mailer.enqueue(xidRegisteredMail, { to: claims.email, locale, accountId: account.id, params: { name: claims.name, userKey, providerName } });
        }
        audit.append({ ...by, action: 'identity.xid_register', target: accountRef(account), outcome: 'ok', detail: { mailed: claims.email !== null } });
        return { userKey, mailed: claims.email !== null };
      })
      .immediate();
    const session = await this.login(claims.sub, by);
    return { ...created, session };
  }

  /** Through the one login path, so 利用中止 and 事故登録 stop an xID login like any other. */
  async login(sub: string, by: Actor): Promise<Session> {
    const holder = this.d.store.holderOf(sub);
    if (!holder) throw new DomainError('not_found');
    return logInCitizen(this.d.guard, this.d.sessions, {
      loginId: holder.userKey,
      // The provider has verified the person; what remains is the account's own status.
      check: () => Promise.resolve(true),
      threshold: this.d.loginLockThreshold(),
      by,
      action: 'identity.xid_login',
    });
  }

  /** Links the subject to an existing account; conflict when either side is already linked. */
  link(accountId: number, claims: VerifiedClaims, locale: Locale, by: Actor): void {
    const { db, clock, accounts, profiles, store, audit, mailer } = this.d;
    const account = accounts.get(accountId);
    if (!account) throw new DomainError('not_found');
    const linked = db.transaction(() => {
      const profile = profiles.get(accountId);
      if (!profile) throw new DomainError('not_found');
      if (store.subTaken(claims.sub) || !store.attach(accountId, claims.sub, claims.birthdate, 'link', clock.now())) return false;
      if (profile.email) {
        mailer.enqueue(xidLinkedMail, {
          to: profile.email,
          locale,
          accountId,
          params: { name: profile.name, userKey: profile.userKey, providerName: this.d.providerName(), at: clock.now() },
        });
      }
      audit.append({ ...by, action: 'identity.xid_link', target: accountRef(account), outcome: 'ok' });
      return true;
    }).immediate();
    if (!linked) {
      audit.append({ ...by, action: 'identity.xid_link', target: accountRef(account), outcome: 'denied', detail: { reason: 'already_linked' } });
      throw new DomainError('conflict');
    }
  }

  isLinked(accountId: number): boolean {
    return this.d.store.subOf(accountId) !== null;
  }
}
