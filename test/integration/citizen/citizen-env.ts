// The city-hall area on a real app (temp SQLite file, fake clock) wired to a real SMTP capture
// server, plus a small catalogue placed relative to the fake clock.
import type { ConfigInput } from '../../../src-main/config/schema';
import type { CapturedMail, Mailbox } from '../../fixtures/smtp-capture';
import { type TempApp, tempApp, type TempAppOptions } from '../../fixtures/temp-app';

export const DAY = 24 * 60 * 60_000;
export const HOUR = 60 * 60_000;

export interface Catalogue {
  categoryId: number;
  /** A plain form with three slots: 2 places, 1 place, 5 places. */
  formId: number;
  slots: { roomy: number; last: number; wide: number };
  /** A vaccination series form (dose 2 at least 21 days after dose 1). */
  seriesFormId: number;
  series: { dose1: number; dose2Early: number; dose2: number; dose2Full: number };
}

export interface CitizenEnv extends TempApp {
  mailbox: Mailbox;
  catalogue: Catalogue;
  /** Delivers the outbox over SMTP now and waits for the matching mail. */
  mail(to: string, subject: string | RegExp): Promise<CapturedMail>;
  outboxCount(to: string): Promise<number>;
}

export async function openCitizenEnv(mailbox: Mailbox, config: ConfigInput = {}, options: TempAppOptions = {}): Promise<CitizenEnv> {
  const env = await tempApp(
    {
      ...config,
      mail: { smtpUrl: mailbox.url, pool: false, ...config.mail },
      citizen: { evenAnswerMs: 0, ...config.citizen },
    },
    options,
  );
  const catalogue = await buildCatalogue(env);
  return {
    ...env,
    mailbox,
    catalogue,
    async mail(to, subject) {
      await env.app.mailer.deliverDue();
      return mailbox.waitFor({ to, subject }, 5_000);
    },
    async outboxCount(to) {
      return (await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE to_address = ?', [to]))?.n ?? 0;
    },
  };
}

async function buildCatalogue({ app, clock }: TempApp): Promise<Catalogue> {
  const store = app.services.citizen.catalogStore;
  const now = clock.now();
  const categoryId = await store.addCategory({ titleJa: '確定申告相談', titleTr: { en: 'Tax return consultation' }, sortOrder: 1 }, now);
  const base = {
    opensAt: now - DAY,
    closesAt: now + 60 * DAY,
    sortOrder: 1,
  };
  const formId = await store.addForm(
    { ...base, categoryId, titleJa: '令和7年分 確定申告相談会', venueJa: '市役所 大会議室', descriptionJa: '申告書の作成をお手伝いします。', series: false, doseIntervalDays: null },
    now,
  );
  const seriesFormId = await store.addForm(
    { ...base, categoryId, titleJa: 'ワクチン集団接種', venueJa: '保健センター', descriptionJa: '1回目と2回目を同時に予約します。', series: true, doseIntervalDays: 21 },
    now,
  );
  // 2026-01-07 13:30 JST and later; the fake clock starts at 2026-01-05 09:00 JST.
  const at = Date.UTC(2026, 0, 7, 4, 30);
  return {
    categoryId,
    formId,
    slots: { roomy: await store.addSlot(formId, at, 2), last: await store.addSlot(formId, at + HOUR, 1), wide: await store.addSlot(formId, at + 2 * HOUR, 5) },
    seriesFormId,
    series: {
      dose1: await store.addSlot(seriesFormId, at, 10),
      dose2Early: await store.addSlot(seriesFormId, at + 20 * DAY, 10),
      dose2: await store.addSlot(seriesFormId, at + 21 * DAY, 10),
      dose2Full: await store.addSlot(seriesFormId, at + 22 * DAY, 1),
    },
  };
}

export const applicant = {
  name: '申告 太郎',
  phone: '０７６６－５１－６６００',
  email: 'taro@example.jp',
  postalCode: '〒939-0294',
  address: '窓口市本町1-2-3',
};

/** Reserves without login and returns the 利用者キー from the confirmation mail. */
export async function reserveAsGuest(env: CitizenEnv, email = applicant.email, slotId = env.catalogue.slots.wide): Promise<string> {
  env.mailbox.clear();
  await env.ok('t-guest', 'city.reserve', { ...applicant, email, slotId });
  const mail = await env.mail(email, '予約を受け付けました');
  const key = /利用者キー：([a-z]{4}\d{5})/.exec(mail.text)?.[1];
  if (!key) throw new Error(`no user key in the mail:\n${mail.text}`);
  return key;
}

/** Issues an OTP and returns it as read from the mail. */
export async function issueOtp(env: CitizenEnv, userKey: string, email = applicant.email): Promise<string> {
  env.mailbox.clear();
  await env.ok('t-otp', 'citizen.otp.issue', { userKey, email });
  return otpOf(await env.mail(email, 'ワンタイムパスワードのご案内'));
}

export function otpOf(mail: CapturedMail): string {
  const otp = /ワンタイムパスワード：([A-Za-z0-9]{8})/.exec(mail.text)?.[1];
  if (!otp) throw new Error(`no one-time password in the mail:\n${mail.text}`);
  return otp;
}

/** Reserve, issue an OTP and log in on `terminal`. */
export async function loggedInCitizen(env: CitizenEnv, terminal: string, email = applicant.email): Promise<string> {
  const key = await reserveAsGuest(env, email);
  const otp = await issueOtp(env, key, email);
  await env.ok(terminal, 'citizen.login', { userKey: key, otp });
  return key;
}
