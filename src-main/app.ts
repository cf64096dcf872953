// Composition root. Electron (index.ts), the Playwright harness, the benchmarks and the CLI all
// build the application here, so every one of them runs the same services against the same store.
// No electron import: this file must load in plain Node.
import { join } from 'node:path';
import { Accounts } from './auth/accounts';
import { LoginGuard } from './auth/login';
import { RateLimiter } from './auth/rate-limit';
import { createDecoy } from './auth/secrets';
import { Sessions } from './auth/sessions';
import { AuditLog } from './audit/log';
import { type Clock, systemClock } from './clock';
import { loadConfig } from './config/load';
import type { Config, ConfigInput } from './config/schema';
import { seedDemo } from './demo/seed';
import { createRouter, type Router } from './ipc/router';
import { sessionHandlers } from './ipc/handlers/session';
import { citizenHandlers } from './ipc/handlers/citizen';
import { staffHandlers } from './ipc/handlers/staff';
import { libraryHandlers } from './ipc/handlers/library';
import { identityHandlers } from './ipc/handlers/identity';
import { counterDeskHandlers } from './ipc/handlers/counter-desk';
import { CounterDesk } from './staff/counter-desk';
import type { PollSleep } from './identity/device-flow';
import { createIdentityServices, type IdentityServices } from './identity/identity-services';
import { createLibrary, type Library } from './library/services';
import { AccountDirectory } from './auth/account-directory';
import { createStaffArea, type StaffArea } from './staff/staff-area';
import { type CitizenServices, createCitizenServices } from './citizen/citizen-services';
import type { Handlers } from './ipc/handler';
import { createFileLogger, type Logger } from './log';
import { createMailer } from './mail/create-mailer';
import type { Mailer } from './mail/mailer';
import { createScheduler, every, type Scheduler } from './jobs/scheduler';
import { ensureDataDir } from './store/data-dir';
import { type Db, openDatabase } from './store/database';

export const DATABASE_FILE = 'madoguchi.sqlite';

export interface AppOptions {
  dataDir: string;
  /** Applied over config.json and the environment. */
  config?: ConfigInput;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  log?: Logger;
  /** Start the background scheduler (default true). Tests drive jobs by hand with false. */
  startJobs?: boolean;
  /** How the xID device flow waits between token polls (tests pass a faster one). */
  identityPollSleep?: PollSleep;
}

export interface Services {
  accounts: Accounts;
  login: LoginGuard;
  audit: AuditLog;
  sessions: Sessions;
  rateLimiter: RateLimiter;
  citizen: CitizenServices;
  /** Where staff code finds an account's mail address and summary counts; areas register here. */
  directory: AccountDirectory;
  staff: StaffArea;
  /** Library patrons (seed 002); registration and password reset for the staff console. */
  library: Library;
  /** xID registration and login, password reset by mail, e-mail + password login (seed 004). */
  identity: IdentityServices;
  /** The counter's patron registration and phone reservations, through the areas' services. */
  counterDesk: CounterDesk;
}

export interface App {
  config: Config;
  dataDir: string;
  db: Db;
  clock: Clock;
  log: Logger;
  router: Router;
  services: Services;
  mailer: Mailer;
  jobs: Scheduler;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const { dataDir } = options;
  const config = loadConfig({ dataDir, env: options.env, overrides: options.config });
  ensureDataDir(dataDir);
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createFileLogger({ file: join(dataDir, 'logs', 'main.log') });
  const db = openDatabase(join(dataDir, DATABASE_FILE));

  try {
    const audit = new AuditLog(db, clock);
    const accounts = new Accounts(db, clock, audit);
    const idleSeconds = config.mode === 'kiosk' ? config.idle.kioskSeconds : config.idle.counterSeconds;
    const sessions = new Sessions({
      clock,
      idleMs: (idleSeconds + config.idle.countdownSeconds) * 1000,
      onEnd: (terminal, session, reason) =>
        audit.append({ actor: `${session.kind}:${session.loginId}`, terminal, action: 'session.end', target: null, outcome: 'ok', detail: { reason } }),
    });
    // 利用中止 and 事故登録 end the account's sessions at once, wherever they are.
    accounts.onStatusChange((account, events) => {
      if (events.includes('locked') || events.includes('accident_set')) sessions.endForAccount(account.id);
    });
    const login = new LoginGuard(accounts, audit, createDecoy(config.security.kdf));
    const rateLimiter = new RateLimiter(db, clock);
    const mailer = createMailer({ db, clock, log, config, dataDir });
    const citizen = createCitizenServices({ db, clock, config, accounts, login, audit, sessions, rateLimiter, mailer });
    const directory = new AccountDirectory();
    directory.register('citizen', citizen.directoryProvider);
    const library = createLibrary({ db, clock, config, accounts, login, sessions, audit, mailer });
    directory.register('patron', library.directoryProvider);
    const staff = createStaffArea({ db, clock, config, accounts, login, sessions, audit, mailer, directory });
    const identity = createIdentityServices({
      db, clock, log, config, accounts, login, audit, sessions, rateLimiter, mailer, profiles: citizen.profiles, pollSleep: options.identityPollSleep,
    });
    const counterDesk = new CounterDesk({
      db, clock, audit, registration: library.registration, branches: library.branches, reservations: citizen.reservations,
    });
    const services: Services = { accounts, login, audit, sessions, rateLimiter, citizen, directory, staff, library, identity, counterDesk };

    const handlers: Handlers = {
      ...sessionHandlers(config, () => identity.status()),
      ...citizenHandlers(citizen),
      ...staffHandlers(staff, audit),
      ...libraryHandlers(library),
      ...identityHandlers(identity),
      ...counterDeskHandlers(counterDesk, staff),
    };
    const router = createRouter({ handlers, sessions, log });

    const jobs = createScheduler(clock, log);
    jobs.add({ name: 'mail.deliver', nextRun: every(5_000), run: () => mailer.deliverDue().then(() => undefined) });
    jobs.add({ name: 'sessions.sweep', nextRun: every(10_000), run: () => sessions.sweep() });
    for (const job of library.jobs()) jobs.add(job);
    jobs.add({ name: 'rate.prune', nextRun: every(60 * 60_000), run: () => rateLimiter.pruneOlderThan(24 * 60 * 60_000) });

    if (config.demoData) seedDemo({ db, services, mailer, config, clock });
    if (options.startJobs !== false) jobs.start();

    let closed = false;
    return {
      config,
      dataDir,
      db,
      clock,
      log,
      router,
      services,
      mailer,
      jobs,
      async close() {
        if (closed) return;
        closed = true;
        await jobs.stop();
        await mailer.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
