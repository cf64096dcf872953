// A mailer on a real store in a temp folder (its SQLite file, or a fresh PostgreSQL database under
// MADOGUCHI_TEST_STORE=postgres), as createApp would build it, with a fake clock. reopen()
// simulates a process restart: everything is closed and built again on the same database.
// useSmtpMailEnv() registers the hooks of a test file that delivers to a real SMTP capture server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { FakeClock } from '../../../src-main/clock';
import { loadConfig } from '../../../src-main/config/load';
import type { Config, ConfigInput } from '../../../src-main/config/schema';
import { createMemoryLogger } from '../../../src-main/log';
import { createMailer } from '../../../src-main/mail/create-mailer';
import type { Mailer } from '../../../src-main/mail/mailer';
import { Outbox } from '../../../src-main/mail/outbox';
import { defineTemplate } from '../../../src-main/mail/template';
import { openStore } from '../../../src-main/store/open-store';
import type { Store } from '../../../src-main/store/store';
import { createTestDatabase, type TestDatabase, testStoreIsPostgres } from '../../fixtures/postgres-db';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';

export const reservationMail = defineTemplate<{ name: string; date: string }>('test.reservation', {
  ja: ({ name, date }) => ({
    subject: '予約を受け付けました',
    body: `${name} 様\n\n${date} の予約を受け付けました。\n当日は窓口で受付番号をお伝えください。\n`,
  }),
  en: ({ name, date }) => ({
    subject: 'Your reservation is confirmed',
    body: `Dear ${name},\n\nWe have received your reservation for ${date}.\nPlease give your number at the counter on the day.\n`,
  }),
});

export interface MailTestEnv {
  dir: string;
  config: Config;
  clock: FakeClock;
  log: ReturnType<typeof createMemoryLogger>;
  store: Store;
  mailer: Mailer;
  outbox: Outbox;
  /** Closes the mailer and the database and opens both again on the same file (a restart). */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

export async function openMailTestEnv(mail: ConfigInput['mail']): Promise<MailTestEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'madoguchi-mail-'));
  // env: {} so a MADOGUCHI_SMTP_URL in the developer's shell cannot redirect the test.
  const config = loadConfig({ dataDir: dir, env: {}, overrides: { mail: { smtpUrl: null, ...mail } } });
  const clock = new FakeClock();
  const log = createMemoryLogger();
  const database: TestDatabase | undefined = testStoreIsPostgres() ? await createTestDatabase() : undefined;
  const build = async () => {
    const store = await openStore({ dataDir: dir, url: database?.url ?? join(dir, 'madoguchi.sqlite') });
    return { store, mailer: createMailer({ store, clock, log, config, dataDir: dir }), outbox: new Outbox(store, config.terminal.name, clock) };
  };
  const env: MailTestEnv = {
    dir,
    config,
    clock,
    log,
    ...(await build()),
    async reopen() {
      await env.mailer.close();
      await env.store.close();
      Object.assign(env, await build());
    },
    async close() {
      await env.mailer.close();
      await env.store.close();
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return env;
}

export interface SmtpTestFile {
  /** Closes this test's env and opens another on the same server with these mail settings, closed after the test in its place. */
  replace(mail: ConfigInput['mail']): Promise<MailTestEnv>;
}

/**
 * One SMTP capture server for the whole file, listening and empty at the start of each test (a
 * test may have paused it), and a new env delivering to it per test, handed to `keep`.
 */
export function useSmtpMailEnv(keep: (env: MailTestEnv, mailbox: Mailbox) => void): SmtpTestFile {
  let mailbox: Mailbox;
  let current: MailTestEnv | undefined;
  const open = async (mail: ConfigInput['mail'] = {}) => {
    const previous = current;
    current = undefined;
    await previous?.close();
    current = await openMailTestEnv({ smtpUrl: mailbox.url, ...mail });
    return current;
  };
  beforeAll(async () => {
    mailbox = await startMailbox();
  });
  afterAll(async () => {
    await mailbox.stop();
  });
  beforeEach(async () => {
    await mailbox.resume();
    mailbox.clear();
    keep(await open(), mailbox);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return { replace: open };
}
