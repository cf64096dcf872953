// Builds the library area's services from the shared parts of the app. app.ts puts the result in
// Services as `library`; the IPC handlers, the staff console (issue 6: registration, password
// reset), the demo seeder, the jobs and the tests all use this one object.
//
// The daily jobs are scheduled on every terminal of a site; each run first claims its library day
// in the shared store (job_runs), and only the terminal whose claim wins does the work that day.
import type { AccountKindProvider } from '../auth/account-directory';
import type { Accounts } from '../auth/accounts';
import type { LoginGuard } from '../auth/login';
import type { Sessions } from '../auth/sessions';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import { claimDailyRun } from '../jobs/job-claims';
import type { Job } from '../jobs/scheduler';
import { IlsItems } from '../library-system/ils-items';
import type { LibrarySystem } from '../library-system/library-system';
import { LocalLibrarySystem } from '../library-system/local-library-system';
import type { Sip2Client } from '../library-system/sip2/client';
import { Sip2LibrarySystem } from '../library-system/sip2-library-system';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import { BranchDesk } from './branch-desk';
import { Branches } from './branches';
import { LibraryCalendar } from './calendar';
import { Cart } from './cart';
import { Catalogue } from './catalogue';
import { CatalogueImport } from './catalogue-import';
import { Circulation } from './circulation';
import { CounterLending } from './counter-lending';
import type { LibraryDeps } from './deps';
import { DUE_REMINDER_JOB, DueReminders } from './due-reminders';
import { Ebooks } from './ebooks';
import { History } from './history';
import { HOLD_EXPIRY_JOB, Holds } from './holds';
import { dailyAt, latestDueDay } from './job-state';
import { Loans } from './loans';
import { mailSenderOf } from './mail-sender';
import { PatronAuth } from './patron-auth';
import { PatronStore } from './patron-store';
import { PatronRegistration } from './registration';
import { SDI_JOB, Sdi } from './sdi';
import { PatronSettingsService } from './settings';
import { Shelves } from './shelves';
import { Summary } from './summary';

export interface LibraryParts {
  store: Store;
  clock: Clock;
  config: Config;
  accounts: Accounts;
  login: LoginGuard;
  sessions: Sessions;
  audit: AuditLog;
  mailer: Mailer;
  log: Logger;
  /** The ILS's SIP2 client when library.system is sip2 (open-library-system.ts); null: local. */
  ils: Sip2Client | null;
}

export interface Library {
  deps: LibraryDeps;
  branches: Branches;
  catalogue: Catalogue;
  /** The catalogue file import (CLI, counter screen, demo). */
  catalogueImport: CatalogueImport;
  /** 館の設定: branches and their opening days, edited at the counter. */
  branchDesk: BranchDesk;
  patrons: PatronStore;
  auth: PatronAuth;
  registration: PatronRegistration;
  loans: Loans;
  holds: Holds;
  cart: Cart;
  history: History;
  shelves: Shelves;
  ebooks: Ebooks;
  sdi: Sdi;
  settings: PatronSettingsService;
  summary: Summary;
  reminders: DueReminders;
  /** Where patrons' loans and holds live: the local store or the library's ILS. */
  system: LibrarySystem;
  /** The patron's loans, holds and counts, through `system`. */
  circulation: Circulation;
  /** 貸出・返却・延長 at the counter (staff with `circulation`), through `system`. */
  lending: CounterLending;
  /** The daily jobs, for the scheduler. */
  jobs(): Job[];
  /** What the staff console may know of a patron: where to mail them and the summary counts. */
  directoryProvider: AccountKindProvider;
}

/** Also seeds the configured branches into a store without any, so it resolves once the area can take calls. */
export async function createLibrary(parts: LibraryParts): Promise<Library> {
  const { store, config } = parts;
  const calendar = new LibraryCalendar(config.library.timeZone);
  const branches = new Branches(config.library, store);
  await branches.sync();
  const deps: LibraryDeps = {
    store,
    clock: parts.clock,
    config: config.library,
    kdf: config.security.kdf,
    accounts: parts.accounts,
    login: parts.login,
    sessions: parts.sessions,
    audit: parts.audit,
    mailer: parts.mailer,
    calendar,
    branches,
    catalogue: new Catalogue(store),
    patrons: new PatronStore(store),
  };
  const registration = new PatronRegistration(deps);
  const holds = new Holds(deps);
  const history = new History(deps);
  const sdi = new Sdi(deps);
  const reminders = new DueReminders(deps);
  const loans = new Loans(deps, holds);
  const system: LibrarySystem = parts.ils
    ? new Sip2LibrarySystem({
        client: parts.ils,
        store,
        clock: parts.clock,
        calendar,
        log: parts.log,
        items: new IlsItems(store),
        hasBranch: (code) => branches.has(code),
        pickupBranchOf: async (accountId) => (await deps.patrons.get(accountId))?.settings.pickupBranch ?? branches.main,
        catalogueItem: (id) => deps.catalogue.get(id),
      })
    : new LocalLibrarySystem({ store, clock: parts.clock, calendar, accounts: parts.accounts, kdf: deps.kdf, catalogue: deps.catalogue, loans, holds });
  const circulation = new Circulation(deps, system);
  const auth = new PatronAuth(deps, system);
  const summary = new Summary(deps, history, circulation);
  // Every daily job runs at the reminder time (and at start, to catch up), once per site and day.
  const daily = (name: string, work: (now: number) => Promise<unknown>): Job => ({
    name,
    nextRun: dailyAt(calendar, config.library.reminderTime),
    run: async (now) => {
      const day = latestDueDay(calendar, config.library.reminderTime, now);
      if (await claimDailyRun(store, name, day, config.terminal.name)) await work(now);
    },
  });
  return {
    deps,
    branches,
    catalogue: deps.catalogue,
    catalogueImport: new CatalogueImport({ store, clock: parts.clock, audit: parts.audit, branches, calendar }),
    branchDesk: new BranchDesk({ store, audit: parts.audit, branches }),
    patrons: deps.patrons,
    auth,
    registration,
    loans,
    holds,
    cart: new Cart(deps),
    history,
    shelves: new Shelves(deps),
    ebooks: new Ebooks(deps),
    sdi,
    settings: new PatronSettingsService(deps, auth, history, reminders, mailSenderOf(config.mail.from)),
    summary,
    reminders,
    system,
    circulation,
    lending: new CounterLending(deps, system),
    jobs: () => [
      // An ILS that owns the loans and holds sends its own due-date and pickup notices and expires
      // its own holds: Madoguchi's jobs for them would mail a second reminder for one loan.
      ...(system.ownsLoans ? [] : [daily(DUE_REMINDER_JOB, (now) => reminders.run(now))]),
      daily(SDI_JOB, (now) => sdi.run(now)),
      // Ready holds past their お取り置き期限 (a missed day is caught up).
      ...(system.ownsLoans ? [] : [daily(HOLD_EXPIRY_JOB, (now) => holds.expireReady(now))]),
    ],
    directoryProvider: {
      contactOf: async (accountId) => {
        const p = await deps.patrons.get(accountId);
        const address = p?.settings.email1 ?? p?.settings.email2 ?? null;
        return p && address ? { address, locale: p.mailLocale } : null;
      },
      summaryOf: async (accountId) => {
        const { loans, overdue, holds, ready } = await summary.counts(accountId);
        return { loans, overdue, holds, ready };
      },
      preparePasswordReset: (accountId) => registration.preparePasswordReset(accountId),
    },
  };
}
