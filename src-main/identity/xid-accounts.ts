// What a verified xID identity does to citizen accounts: register a new account from the claims
// (with a 利用者キー, mailed), log in to the account that holds the subject, or link the subject to
// the account of a citizen logged in another way. One subject per account, one account per subject.
import type { Locale } from '../../src-shared/contract/session';
import { type Accounts, type Actor, accountRef } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import type { Session, Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import { type CitizenProfiles, createCitizenAccount, logInCitizen } from '../citizen';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import { isUniqueViolation, type Store } from '../store/store';
import type { VerifiedClaims } from './claims';
import type { IdentityStore } from './identity-store';
import { xidLinkedMail, xidRegisteredMail } from './mails';

export interface XidAccountsDeps {
  store: Store;
  clock: Clock;
  accounts: Accounts;
  profiles: CitizenProfiles;
  identityStore: IdentityStore;
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

  async isKnown(sub: string): Promise<boolean> {
    return (await this.d.identityStore.holderOf(sub)) !== undefined;
  }

  /**
   * A new citizen account from the verified claims, marked identity-verified, with a new 利用者キー
   * mailed to the verified address — all in one transaction — then logged in.
   */
  async register(claims: VerifiedClaims, locale: Locale, by: Actor): Promise<Registration> {
    const { store, clock, identityStore, audit, mailer } = this.d;
    const providerName = this.d.providerName();
    let created: { userKey: string; mailed: boolean };
    try {
      created = await store.transaction(async () => {
        if (await identityStore.subTaken(claims.sub)) throw new DomainError('conflict');
        const now = clock.now();
        // xID does not hand over a phone number; the citizen adds one with 利用者情報変更.
        const details = { phone: '', email: claims.email, postalCode: claims.postalCode, address: claims.address };
        const { account, userKey } = await createCitizenAccount(this.d, claims.name, details, locale, now);
        await identityStore.attach(account.id, claims.sub, claims.birthdate, 'register', now);
        if (claims.email) {
          await mailer.enqueue(xidRegisteredMail, { to: claims.email, locale, accountId: account.id, params: { name: claims.name, userKey, providerName } });
        }
        await audit.append({ ...by, action: 'identity.xid_register', target: accountRef(account), outcome: 'ok', detail: { mailed: claims.email !== null } });
        return { userKey, mailed: claims.email !== null };
      });
    } catch (error) {
      // Another terminal registered the same subject at the same moment, past the subTaken() check:
      // the UNIQUE xid_sub column stopped this one, and the answer is the same as when it is taken.
      if (isUniqueViolation(error)) throw new DomainError('conflict');
      throw error;
    }
    const session = await this.login(claims.sub, by);
    return { ...created, session };
  }

  /** Through the one login path, so 利用中止 and 事故登録 stop an xID login like any other. */
  async login(sub: string, by: Actor): Promise<Session> {
    const holder = await this.d.identityStore.holderOf(sub);
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
  async link(accountId: number, claims: VerifiedClaims, locale: Locale, by: Actor): Promise<void> {
    const { store, clock, accounts, profiles, identityStore, audit, mailer } = this.d;
    const account = await accounts.get(accountId);
    if (!account) throw new DomainError('not_found');
    let linked: boolean;
    try {
      linked = await store.transaction(async () => {
        const profile = await profiles.get(accountId);
        if (!profile) throw new DomainError('not_found');
        if ((await identityStore.subTaken(claims.sub)) || !(await identityStore.attach(accountId, claims.sub, claims.birthdate, 'link', clock.now()))) {
          return false;
        }
        if (profile.email) {
          await mailer.enqueue(xidLinkedMail, {
            to: profile.email,
            locale,
            accountId,
            params: { name: profile.name, userKey: profile.userKey, providerName: this.d.providerName(), at: clock.now() },
          });
        }
        await audit.append({ ...by, action: 'identity.xid_link', target: accountRef(account), outcome: 'ok' });
        return true;
      });
    } catch (error) {
      // Lost a race for the subject (UNIQUE xid_sub): the same refusal, and audit row, as finding it taken.
      if (!isUniqueViolation(error)) throw error;
      linked = false;
    }
    if (!linked) {
      await audit.append({ ...by, action: 'identity.xid_link', target: accountRef(account), outcome: 'denied', detail: { reason: 'already_linked' } });
      throw new DomainError('conflict');
    }
  }

  async isLinked(accountId: number): Promise<boolean> {
    return (await this.d.identityStore.subOf(accountId)) !== null;
  }
}
