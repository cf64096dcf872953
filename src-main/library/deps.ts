// What every library service is built from: the store, the shared account machinery and the
// area's own small repositories. Built once in services.ts.
import type { Accounts } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import type { KdfParams } from '../auth/secrets';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { LibraryConfig } from '../config/library';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import type { Branches } from './branches';
import type { LibraryCalendar } from './calendar';
import type { Catalogue } from './catalogue';
import type { PatronStore } from './patron-store';

export interface LibraryDeps {
  store: Store;
  clock: Clock;
  config: LibraryConfig;
  kdf: KdfParams;
  accounts: Accounts;
  login: LoginGuard;
  sessions: Sessions;
  audit: AuditLog;
  mailer: Mailer;
  calendar: LibraryCalendar;
  branches: Branches;
  catalogue: Catalogue;
  patrons: PatronStore;
}
