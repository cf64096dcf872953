// Composition root. Electron (index.ts), the Playwright harness, the benchmarks and the CLI all
// build the application here, so every one of them runs the same services against the same store.
// No electron import: this file must load in plain Node.
import { join } from 'node:path';
import { Accounts } from './auth/accounts';
import { LoginGuard } from './auth/login';
import { RateLimiter } from './auth/rate-limit';
import { createDecoy } from './auth/secrets';
import { Sessions } from './auth/sessions';
import { TerminalThrottle } from './auth/terminal-throttle';
import { appendAnchor } from './audit/anchors';
import type { KeyProtection } from './audit/audit-key';
import type { AuditLog } from './audit/log';
import { openAuditLog } from './audit/open-audit-log';
import { type Clock, systemClock } from './clock';
import { loadConfig, storeConnectOptions } from './config/load';
import type { Config, ConfigInput } from './config/schema';
import { seedDemo } from './demo/seed';
import { createRouter, type Router } from './ipc/router';
import { sessionHandlers } from './ipc/handlers/session';
import { citizenHandlers } from './ipc/handlers/citizen';
import { staffHandlers } from './ipc/handlers/staff';
import { libraryHandlers } from './ipc/handlers/library';
import { identityHandlers } from './ipc/handlers/identity';
import { counterDeskHandlers } from './ipc/handlers/counter-desk';
import { eventHandlers } from './ipc/handlers/events';
import { operationsHandlers } from './ipc/handlers/operations';
import { printHandlers, withReceiptGrants } from './ipc/handlers/print';
import { openSlipPrinter, type PrintPlatform } from './print/open-printer';
import { PrintDesk } from './print/print-desk';
import { ReceiptGrants } from './print/receipt-grants';
import { lendingHandlers } from './ipc/handlers/lending';
import { catalogueHandlers } from './ipc/handlers/catalogue';
import { addressHandlers } from './ipc/handlers/address';
import { statisticsHandlers } from './ipc/handlers/statistics';
import { exportHandlers } from './ipc/handlers/exports';
import { ExportCopies, type SaveDialog } from './export/save-as';
import { createPostalDirectory } from './address';
import { createIdentityServices, type IdentityServices, type PollSleep } from './identity';
import { createLibrary, LendingStatistics, type Library } from './library';
import { openIlsClient } from './library-system/open-library-system';
import { AccountDirectory } from './auth/account-directory';
import { CounterDesk, createStaffArea, type StaffArea, Statistics } from './staff';
import { type CitizenServices, createCitizenServices, ReservationSlips, ReservationStatistics } from './citizen';
import type { Handlers } from './ipc/handler';
import { createFileLogger, type Logger } from './log';
import { createMailer } from './mail/create-mailer';
import type { Mailer } from './mail/mailer';
import { createScheduler, every, type Scheduler } from './jobs/scheduler';
import { APP_VERSION } from './site/app-version';
import { backupDirOf } from './site/backups';
import { Health } from './site/health';
import { RendererLog } from './site/renderer-log';
import { backupJob } from './jobs/backup-job';
import { auditKeyFiles, loadAuditKey } from './audit/audit-key';
import { Terminals } from './site/terminals';
import { ensureDataDir } from './store/data-dir';
import { DATABASE_FILE, locateStore, openStore } from './store/open-store';
import type { Store } from './store/store';

export { DATABASE_FILE };

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
  /** The OS key store (Electron's safeStorage) for the sealed copy of the audit key; absent in Node. */
  keyProtection?: KeyProtection;
  /** What printing may use in this process: Electron's hidden slip window, or a test's PDF renderer. */
  print?: PrintPlatform;
  /** The save dialog for copies of exports: Electron's in the app, a stand-in in tests, none elsewhere. */
  saveDialog?: SaveDialog;
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
  /** The machines that share this database, registered at start. */
  terminals: Terminals;
  /** The site's health report (staff.health, `madoguchi-admin status`). */
  health: Health;
  /** Slips and receipts through the print port (issue 16); counter checkout prints through it too. */
  print: PrintDesk;
}

export interface App {
  config: Config;
  dataDir: string;
  store: Store;
  clock: Clock;
  log: Logger;
  router: Router;
  services: Services;
  mailer: Mailer;
  jobs: Scheduler;
  close(): Promise<void>;
}

/** Where the data is, for the log: the kind and the server's host, never the URL (it may hold a password). */
function storeLogDetail(dataDir: string, url: string | null): Record<string, string> {
  const location = locateStore({ dataDir, url });
  if (location.kind === 'sqlite') return { kind: 'sqlite' };
  try {
    return { kind: 'postgres', host: new URL(location.url).hostname };
  } catch {
    return { kind: 'postgres' };
  }
}

export async function createApp(options: AppOptions): Promise<App> {
  const { dataDir } = options;
  const config = loadConfig({ dataDir, env: options.env, overrides: options.config });
  const postgres = storeConnectOptions(config.store, { dataDir, env: options.env });
  ensureDataDir(dataDir);
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createFileLogger({ file: join(dataDir, 'logs', 'main.log') });
  log.configure?.({ level: config.log.level, maxBytes: Math.round(config.log.maxFileMB * 1_000_000), keep: config.log.keepFiles });
  const store = await openStore({ dataDir, url: config.store.url, postgres });
  log.info('store.opened', { ...storeLogDetail(dataDir, config.store.url), schema: store.schemaVersion });

  let ils: ReturnType<typeof openIlsClient> = null;
  try {
    const { audit, anchorsFile } = await openAuditLog({
      store, clock, log, dataDir, keyFile: config.audit.keyFile, protection: options.keyProtection,
    });
    const accounts = new Accounts(store, clock, audit);
    const idleSeconds = config.mode === 'kiosk' ? config.idle.kioskSeconds : config.idle.counterSeconds;
    const sessions = new Sessions({
      store,
      clock,
      idleMs: (idleSeconds + config.idle.countdownSeconds) * 1000,
      onEnd: (terminal, session, reason) =>
        audit.append({ actor: `${session.kind}:${session.loginId}`, terminal, action: 'session.end', target: null, outcome: 'ok', detail: { reason } }),
    });
    // 利用中止 and 事故登録 end the account's sessions at once, on every terminal of the site.
    accounts.onStatusChange(async (account, events) => {
      if (events.includes('locked') || events.includes('accident_set')) await sessions.endForAccount(account.id);
    });
    // One per process: a process is one machine, and every guessing channel counts into it.
    const login = new LoginGuard(accounts, audit, createDecoy(config.security.kdf), new TerminalThrottle(clock));
    const rateLimiter = new RateLimiter(store, clock);
    const mailer = createMailer({ store, clock, log, config, dataDir });
    const citizen = createCitizenServices({ store, clock, config, accounts, login, audit, sessions, rateLimiter, mailer, dataDir });
    const directory = new AccountDirectory();
    directory.register('citizen', citizen.directoryProvider);
    // library.system sip2: the ILS's client (connects on first use; closed with the app).
    ils = openIlsClient(config, { dataDir, env: options.env, log, clock });
    const library = await createLibrary({ store, clock, config, accounts, login, sessions, audit, mailer, log, ils });
    directory.register('patron', library.directoryProvider);
    const staff = createStaffArea({ store, clock, config, accounts, login, sessions, audit, mailer, directory });
    const identity = createIdentityServices({
      store, clock, log, config, accounts, login, audit, sessions, rateLimiter, mailer, profiles: citizen.profiles, pollSleep: options.identityPollSleep,
    });
    const counterDesk = new CounterDesk({
      store, clock, audit, registration: library.registration, branches: library.branches, reservations: citizen.reservations,
    });
    const terminals = new Terminals(store, clock);
    const health = new Health({ store, config, dataDir, clock, terminals, anchorsFile });
    

    // The window that just reserved may print its receipt for as long as its done screen can show.
    const grants = new ReceiptGrants(clock, () => (idleSeconds + config.idle.countdownSeconds) * 1000);
    const printDesk = new PrintDesk({
      printer: openSlipPrinter({ config: config.print, dataDir, clock, log, platform: options.print }),
      config, clock, log, audit, accounts, grants, reservationSlips: new ReservationSlips(store), library, eventDesk: citizen.eventDesk,
    });
    const services: Services = { accounts, login, audit, sessions, rateLimiter, citizen, directory, staff, library, identity, counterDesk, terminals, health, print: printDesk };
    const handlers: Handlers = withReceiptGrants({
      ...sessionHandlers(config, () => identity.status()),
      ...citizenHandlers(citizen),
      ...staffHandlers(staff, audit),
      ...libraryHandlers(library),
      ...identityHandlers(identity),
      ...counterDeskHandlers(counterDesk, staff),
      ...eventHandlers(citizen.eventDesk),
      ...operationsHandlers(health, new RendererLog(log, clock)),
      ...lendingHandlers(library.lending),
      ...catalogueHandlers(library),
      ...addressHandlers(createPostalDirectory()),
      ...printHandlers(printDesk),
      ...statisticsHandlers(new Statistics({
        store, audit, dataDir, reservations: new ReservationStatistics(store, clock), lending: new LendingStatistics(store),
      })),
      ...exportHandlers(new ExportCopies(dataDir, options.saveDialog ?? null)),
    }, grants);
    const router = createRouter({ handlers, sessions, log, role: config.mode });

    const jobs = createScheduler(clock, log);
    jobs.add({ name: 'mail.deliver', nextRun: every(5_000), run: () => mailer.deliverDue().then(() => undefined) });
    jobs.add({ name: 'sessions.sweep', nextRun: every(10_000), run: () => sessions.sweep() });
    jobs.add({ name: 'terminal.heartbeat', nextRun: every(60_000), run: () => terminals.heartbeat(config.terminal.name) });
    for (const job of library.jobs()) jobs.add(job);
    // Branches edited on another terminal of the site reach this one's held list within a minute.
    jobs.add({ name: 'library.branches.reload', nextRun: every(60_000), run: () => library.branches.reload() });
    jobs.add({ name: 'rate.prune', nextRun: every(60 * 60_000), run: () => rateLimiter.pruneOlderThan(24 * 60 * 60_000) });
    // Every terminal writes its own anchors (at start, then daily): each copy is one more witness.
    jobs.add({ name: 'audit.anchor', nextRun: every(24 * 60 * 60_000), run: async () => appendAnchor(anchorsFile, await audit.anchor()) });
    // Scheduled backups copy the SQLite file; a PostgreSQL site runs pg_dump on its server.
    const location = locateStore({ dataDir, url: config.store.url });
    if (location.kind === 'sqlite' && config.backup.time !== null) {
      jobs.add(backupJob({
        store, clock, log, dataDir, anchorsFile,
        databaseFile: location.file,
        dir: backupDirOf(dataDir, config.backup.dir),
        keep: config.backup.keep,
        time: config.backup.time,
        timeZone: config.library.timeZone,
        terminal: config.terminal.name,
        auditKey: async () => (await loadAuditKey(auditKeyFiles(dataDir, config.audit.keyFile), options.keyProtection)).key ?? null,
      }));
    }

    await terminals.register(config.terminal.name, config.mode, APP_VERSION);
    if (config.demoData) await seedDemo({ store, services, mailer, config, clock });
    if (options.startJobs !== false) jobs.start();

    let closed = false;
    return {
      config,
      dataDir,
      store,
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
        await library.system.close();
        await store.close();
      },
    };
  } catch (error) {
    // The start-up error is the one to report, not a second one from closing.
    await ils?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
}
