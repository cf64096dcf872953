// Builds the staff area's services from the shared core; app.ts calls this once, the CLI reaches
// Installation through the same app.
import type { Accounts } from '../auth/accounts';
import type { AccountDirectory } from '../auth/account-directory';
import type { LoginGuard } from '../auth/login';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { AccountSearch } from './account-search';
import { ConfirmPinGuard } from './confirm-pin';
import { Installation } from './installation';
import { MailLog } from './mail-log';
import { StaffAccounts } from './staff-accounts';
import { StaffConsole } from './staff-console';
import { StaffLogin } from './staff-login';
import { StaffProfiles } from './staff-profiles';

export interface StaffAreaDeps {
  store: Store;
  clock: Clock;
  config: Config;
  accounts: Accounts;
  login: LoginGuard;
  sessions: Sessions;
  audit: AuditLog;
  mailer: Mailer;
  directory: AccountDirectory;
}

export interface StaffArea {
  profiles: StaffProfiles;
  staff: StaffAccounts;
  login: StaffLogin;
  console: StaffConsole;
  search: AccountSearch;
  mailLog: MailLog;
  installation: Installation;
}

export function createStaffArea(deps: StaffAreaDeps): StaffArea {
  const { store, clock, config, accounts, sessions, audit, mailer, directory } = deps;
  const kdf = config.security.kdf;
  const profiles = new StaffProfiles(store);
  const staff = new StaffAccounts(accounts, profiles, clock, kdf);
  const confirm = new ConfirmPinGuard(store, accounts, kdf, config.security.confirmBlockThreshold, deps.login.throttle);
  return {
    profiles,
    staff,
    login: new StaffLogin({ store, accounts, login: deps.login, sessions, audit, profiles, staff, kdf, lockThreshold: config.security.loginLockThreshold }),
    console: new StaffConsole({ store, accounts, profiles, staff, confirm, sessions, audit, mailer, directory }),
    search: new AccountSearch(store),
    mailLog: new MailLog(store, mailer, audit),
    installation: new Installation({ store, clock, accounts, profiles, staff, sessions, audit, kdf }),
  };
}
