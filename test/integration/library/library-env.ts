// The library area on a real app (temp SQLite file, fake clock) wired to a real SMTP capture
// server, with helpers to register patrons, log them in and fill the catalogue.
import type { ConfigInput } from '../../../src-main/config/schema';
import type { Library } from '../../../src-main/library';
import type { ChannelOutput } from '../../../src-shared/contract';
import type { PatronSettings } from '../../../src-shared/contract/library';
import type { Result } from '../../../src-shared/errors';
import type { CapturedMail, Mailbox } from '../../fixtures/smtp-capture';
import { type TempApp, tempApp, type TempAppOptions } from '../../fixtures/temp-app';

export const DAY = 24 * 60 * 60_000;
export const HOUR = 60 * 60_000;
export const STAFF = { actor: 'staff:S0001', terminal: 'counter-1' };

export interface TestPatron {
  accountId: number;
  cardNumber: string;
  birthDate: string;
  /** The password it has now (initial MMDD until changed). */
  password: string;
}

export interface OutboxRow {
  to_address: string;
  subject: string;
  body: string;
  template: string;
}

export interface LibraryEnv extends TempApp {
  mailbox: Mailbox;
  lib: Library;
  /** Registers a patron (initial password = birth MMDD, to be changed). */
  register(birthDate?: string, email?: string | null): Promise<TestPatron>;
  /** Registers a patron, logs in with MMDD and sets `password` through the forced change. */
  ready(terminal: string, password?: string, email?: string | null): Promise<TestPatron>;
  login(terminal: string, p: TestPatron): Promise<Result<ChannelOutput<'library.login'>>>;
  setSettings(p: TestPatron, change: Partial<PatronSettings>, historySince?: number | null): Promise<void>;
  item(title: string, author?: string, addedAt?: number): Promise<number>;
  /** Delivers the outbox over SMTP now and waits for the matching mail. */
  mail(to: string, subject: string | RegExp): Promise<CapturedMail>;
  outbox(template?: string): Promise<OutboxRow[]>;
}

export async function openLibraryEnv(mailbox: Mailbox, config: ConfigInput = {}, options: TempAppOptions = {}): Promise<LibraryEnv> {
  const env = await tempApp({ ...config, mail: { smtpUrl: mailbox.url, pool: false, ...config.mail } }, options);
  const lib = env.app.services.library;
  const { call, ok } = env;
  let seq = 0;
  const register: LibraryEnv['register'] = async (birthDate = '1985-08-08', email = null) => {
    seq++;
    const r = await lib.registration.register({ name: `利用者 ${seq}`, kana: null, birthDate, email }, STAFF);
    return { ...r, birthDate, password: birthDate.slice(5, 7) + birthDate.slice(8, 10) };
  };
  return {
    ...env,
    mailbox,
    lib,
    register,
    async ready(terminal, password = 'quiet-river-42', email = null) {
      const p = await register('1985-08-08', email);
      await ok(terminal, 'library.login', { cardNumber: p.cardNumber, password: p.password });
      await ok(terminal, 'library.password.change', { newPassword: password, confirmPassword: password });
      return { ...p, password };
    },
    login(terminal, p) {
      return call(terminal, 'library.login', { cardNumber: p.cardNumber, password: p.password });
    },
    async setSettings(p, change, historySince) {
      const current = await lib.patrons.get(p.accountId);
      if (!current) throw new Error('no patron');
      const settings = { ...current.settings, ...change };
      const since = historySince !== undefined ? historySince : settings.keepHistory ? (current.historySince ?? env.clock.now()) : null;
      await lib.patrons.saveSettings(p.accountId, settings, since, env.clock.now());
    },
    item(title, author = '', addedAt = env.clock.now() - 400 * DAY) {
      return lib.catalogue.add({ title, author, addedAt });
    },
    async mail(to, subject) {
      await env.app.mailer.deliverDue();
      return mailbox.waitFor({ to, subject }, 5_000);
    },
    async outbox(template) {
      const rows = await env.app.store.all<OutboxRow>('SELECT to_address, subject, body, template FROM outbox ORDER BY id');
      return template ? rows.filter((r) => r.template === template) : rows;
    },
  };
}
