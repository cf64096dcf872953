// 職員ログイン: 利用者ID + 利用者暗証番号 through the one LoginGuard every kind uses (5 consecutive
// failures → 利用中止; 事故登録 → account_accident). A session whose PINs were reset or recovered
// starts with the required action set_pins, and nothing else is allowed until both are set.
import type { SessionInfo } from '../../src-shared/contract/session';
import type { PinPair } from '../../src-shared/staff-pin';
import type { Accounts, Actor } from '../auth/accounts';
import { loginGate } from '../auth/lockout';
import type { LoginGuard } from '../auth/login';
import { hashSecret, type KdfParams, verifySecret } from '../auth/secrets';
import { type Session, type SessionStart, Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import type { Store } from '../store/store';
import type { StaffAccounts } from './staff-accounts';
import type { StaffProfiles } from './staff-profiles';

export interface StaffLoginDeps {
  store: Store;
  accounts: Accounts;
  login: LoginGuard;
  sessions: Sessions;
  audit: AuditLog;
  profiles: StaffProfiles;
  staff: StaffAccounts;
  kdf: KdfParams;
  lockThreshold: number;
}

export class StaffLogin {
  constructor(private readonly deps: StaffLoginDeps) {}

  async login(terminal: string, staffId: string, pin: string, by: Actor): Promise<SessionInfo> {
    const { accounts, login, sessions, profiles, staff, kdf } = this.deps;
    let rehashOf: string | null = null;
    let session: Session | undefined;
    const account = await login.attempt({
      kind: 'staff',
      loginId: staffId,
      by,
      action: 'staff.login',
      threshold: this.deps.lockThreshold,
      check: async (candidate) => {
        const credential = await accounts.credential(candidate.id, 'pin');
        if (!credential) {
          await login.decoyCheck();
          return false;
        }
        const result = await verifySecret(pin, credential.hash, kdf);
        if (result.needsRehash && !credential.mustChange) rehashOf = credential.hash;
        return result.ok;
      },
      // In the transaction that records the login, with the account row it read (locked until it
      // commits): a lock, 事故登録 or removal committed before is seen here, one committed after
      // ends the session (app.ts's listener) — so no session outlives such a change. One commit
      // for the login, the session and the replaced sessions' ends.
      onSuccess: async (current) => {
        if (current.deletedAt !== null || loginGate(current) !== 'open') throw new DomainError('login_failed');
        const profile = await profiles.get(current.id);
        if (!profile) throw new DomainError('login_failed');
        const start: SessionStart = {
          accountId: current.id,
          kind: 'staff',
          loginId: current.loginId,
          displayName: current.displayName,
          role: profile.role,
          permissions: profile.permissions,
          requiredAction: (await staff.pinsMustChange(current.id)) ? 'set_pins' : null,
        };
        // One session per staff account: the newest wins, so a clerk who moved to another PC is
        // never kept out by a session left open on the first; that one ends ('replaced', audited).
        session = await sessions.start(terminal, start, { onlyOne: true });
      },
    });
    const started = session as Session | undefined;
    if (!started) throw new DomainError('login_failed');
    if (rehashOf !== null) {
      await accounts.upgradeCredential(account.id, 'pin', rehashOf, await hashSecret(pin, kdf));
      // Hashing awaited: the terminal may have been reset or logged in again meanwhile.
      if ((await sessions.get(terminal))?.id !== started.id) throw new DomainError('login_failed');
    }
    return Sessions.infoOf(started);
  }

  /** Both PINs chosen by their holder: the required action after a reset or a recovery. */
  async setPins(terminal: string, session: Session, pair: PinPair, by: Actor): Promise<SessionInfo> {
    const { accounts, staff, kdf, audit, store, sessions } = this.deps;
    if (session.requiredAction !== 'set_pins') throw new DomainError('not_allowed');
    staff.checkPins(pair, session.loginId);
    // The PINs someone else typed (reset) or printed (recovery) must not be kept: neither the login
    // PIN nor the confirmation PIN, which guards every sensitive action.
    const kept = async (typed: string, purpose: 'pin' | 'confirm_pin') => {
      const current = await accounts.credential(session.accountId, purpose);
      return current !== undefined && (await verifySecret(typed, current.hash, kdf)).ok;
    };
    const [pinKept, confirmKept] = await Promise.all([kept(pair.pin, 'pin'), kept(pair.confirmPin, 'confirm_pin')]);
    if (pinKept || confirmKept) {
      throw new DomainError('invalid_input', { ...(pinKept ? { pin: 'same_as_other' } : {}), ...(confirmKept ? { confirmPin: 'same_as_other' } : {}) });
    }
    const hashes = await staff.hashPins(pair);
    await store.transaction(async () => {
      await staff.setPins(session.accountId, hashes, false);
      await audit.append({ ...by, action: 'staff.pins_set', target: `staff:${session.loginId}`, outcome: 'ok' });
    });
    // The PINs are set either way; the session that asked for them may have ended while hashing.
    if (!(await sessions.update(terminal, session, { requiredAction: null }))) throw new DomainError('session_expired');
    return (await sessions.info(terminal)) as SessionInfo;
  }
}
