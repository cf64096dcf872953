// Builds the identity (xID) services from the shared parts of the app (composition for this area).
import type { Accounts } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import type { RateLimiter } from '../auth/rate-limit';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import { type CitizenProfiles, MailLimits } from '../citizen';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { createDeviceFlowClient, type PollSleep } from './device-flow';
import { IdentityStore } from './identity-store';
import { PasswordLogin } from './password-login';
import { PasswordReset } from './password-reset';
import { ResetCodes } from './reset-codes';
import { XidAccounts } from './xid-accounts';
import { XidFlows } from './xid-flows';

export interface IdentityServices {
  /** What terminal.info tells the screens: whether to show the xID buttons, and their name. */
  status(): { enabled: boolean; providerName: string };
  flows: XidFlows;
  xid: XidAccounts;
  passwordReset: PasswordReset;
  passwordLogin: PasswordLogin;
}

export interface IdentityServicesDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  config: Config;
  accounts: Accounts;
  login: LoginGuard;
  audit: AuditLog;
  sessions: Sessions;
  rateLimiter: RateLimiter;
  mailer: Mailer;
  profiles: CitizenProfiles;
  /** Waits between token polls; tests pass a shorter one than the issuer's interval. */
  pollSleep?: PollSleep;
}

export function createIdentityServices(d: IdentityServicesDeps): IdentityServices {
  const { config } = d;
  const identityStore = new IdentityStore(d.store);
  // The login guard's decoy: one decoy hash per process, shared by every login path.
  const decoy = () => d.login.decoyCheck();
  const client = createDeviceFlowClient({ config: config.identity, clock: d.clock, log: d.log, sleep: d.pollSleep });
  const xid = new XidAccounts({
    store: d.store,
    clock: d.clock,
    accounts: d.accounts,
    profiles: d.profiles,
    identityStore,
    guard: d.login,
    sessions: d.sessions,
    audit: d.audit,
    mailer: d.mailer,
    providerName: () => config.identity.providerName,
    loginLockThreshold: () => config.citizen.loginLockThreshold,
  });
  return {
    status: () => ({ enabled: config.identity.issuer !== null, providerName: config.identity.providerName }),
    flows: new XidFlows({ client, accounts: xid, clock: d.clock, log: d.log }),
    xid,
    passwordReset: new PasswordReset({
      store: d.store,
      clock: d.clock,
      accounts: d.accounts,
      identityStore,
      codes: new ResetCodes(d.store, d.clock, config.security.kdf),
      guard: d.login,
      sessions: d.sessions,
      // The same per-address and per-terminal counters as the OTP and key mails.
      limits: new MailLimits(d.rateLimiter, () => config.citizen),
      mailer: d.mailer,
      audit: d.audit,
      decoy,
      settings: () => ({
        kdf: config.security.kdf,
        ttlMinutes: config.identity.resetCodeTtlMinutes,
        codeAttempts: config.citizen.loginLockThreshold,
        loginLockThreshold: config.citizen.loginLockThreshold,
        evenAnswerMs: config.citizen.evenAnswerMs,
      }),
    }),
    passwordLogin: new PasswordLogin({
      accounts: d.accounts,
      identityStore,
      guard: d.login,
      sessions: d.sessions,
      decoy,
      settings: () => ({ kdf: config.security.kdf, loginLockThreshold: config.citizen.loginLockThreshold }),
    }),
  };
}
