// A counter terminal with a clerk holding `circulation` logged in on 'desk', a real SMTP capture,
// and helpers to make patrons and catalogue items as the lending tests need them.
import type { ConfigInput } from '../../../src-main/config/schema';
import type { Library } from '../../../src-main/library';
import type { PatronSettings } from '../../../src-shared/contract/library';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { type StaffEnv, staffEnv } from '../staff/staff-env';

export const CLERK = { pin: 'kashi2468', confirmPin: 'kashi1357' };
export const DAY = 24 * 60 * 60_000;

export interface LendingEnv extends StaffEnv {
  mailbox: Mailbox;
  lib: Library;
  staffId: string;
  patron(email?: string | null, settings?: Partial<PatronSettings>): Promise<{ accountId: number; cardNumber: string }>;
  item(title: string, barcode?: string): Promise<number>;
  loansOf(accountId: number): Promise<{ item_id: number; due_date: string }[]>;
  /** The clerk's session again after the clock moved past its idle limit. */
  relogin(): Promise<void>;
  audit(action: string): Promise<{ actor: string; target: string | null; outcome: string; detail: string | null }[]>;
  stop(): Promise<void>;
}

export async function openLendingEnv(config: ConfigInput = {}): Promise<LendingEnv> {
  const mailbox = await startMailbox();
  const env = await staffEnv({ ...config, mail: { smtpUrl: mailbox.url, pool: false } });
  const { staffId } = await env.clerk(['circulation'], CLERK);
  await env.ok('desk', 'staff.login', { staffId, pin: CLERK.pin });
  const lib = env.app.services.library;
  const { store } = env.app;
  let seq = 0;
  return Object.assign(env, {
    mailbox,
    lib,
    staffId,
    async patron(email: string | null = null, settings: Partial<PatronSettings> = {}) {
      seq++;
      const r = await lib.registration.register({ name: `利用者 ${seq}`, kana: null, birthDate: '1985-08-08', email }, { actor: 'test', terminal: 'test' });
      const current = await lib.patrons.get(r.accountId);
      if (!current) throw new Error('no patron');
      await lib.patrons.saveSettings(r.accountId, { ...current.settings, ...settings }, null, env.clock.now());
      return { accountId: r.accountId, cardNumber: r.cardNumber };
    },
    async item(title: string, barcode?: string) {
      const id = await lib.catalogue.add({ title, author: '著者', addedAt: env.clock.now() - 400 * DAY });
      if (barcode) await store.run('UPDATE catalogue_items SET barcode = ? WHERE id = ?', [barcode, id]);
      return id;
    },
    async relogin() {
      await env.ok('desk', 'staff.login', { staffId, pin: CLERK.pin });
    },
    loansOf(accountId: number) {
      return store.all<{ item_id: number; due_date: string }>('SELECT item_id, due_date FROM loans WHERE account_id = ? ORDER BY id', [accountId]);
    },
    audit(action: string) {
      return store.all<{ actor: string; target: string | null; outcome: string; detail: string | null }>(
        'SELECT actor, target, outcome, detail FROM audit_log WHERE action = ? ORDER BY id',
        [action],
      );
    },
    async stop() {
      await env.close();
      await mailbox.stop();
    },
  });
}
