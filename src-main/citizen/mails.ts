// Mails of the city-hall area, plain text in Japanese and English. The mailer puts 【system name】
// before each subject. Wording is our own; the facts (8 characters, 60 minutes, where to log in)
// follow seeds 000 and 001.
import type { LocalizedText } from '../../src-shared/contract/citizen';
import type { Locale } from '../../src-shared/contract/session';
import { formatDateTime, formatEnglishDateTime, formatJapaneseDateTime } from '../../src-shared/japanese-date';
import { defineTemplate } from '../mail/template';

export interface MailedReservation {
  title: LocalizedText;
  venue: LocalizedText;
  startsAt: number;
  dose: 1 | 2 | null;
}

function reservationLines(items: MailedReservation[], locale: Locale): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : locale === 'ja' ? `（${item.dose}回目）` : ` (dose ${item.dose})`;
      return locale === 'ja'
        ? `・${item.title.ja}${dose}\n　会場：${item.venue.ja}\n　日時：${formatDateTime(item.startsAt, 'ja')}`
        : `- ${item.title.en}${dose}\n  Venue: ${item.venue.en}\n  Date: ${formatDateTime(item.startsAt, 'en')} (Japan time)`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN_JA = [
  '■ログインのしかた',
  '市役所などに設置している窓口端末で「市役所の予約」を選び、「ログイン」へ進んでください。',
  '初めての方は、ログイン画面の「ワンタイムパスワード発行」から、利用者キーと',
  'このメールアドレスを入力してワンタイムパスワードを受け取ってください。',
].join('\n');

const HOW_TO_LOG_IN_EN = [
  'How to log in',
  'At one of the city\'s service kiosks, choose "City hall reservations" and then "Log in".',
  'If you have no one-time password yet, use "Issue a one-time password" on the login screen',
  'with your user key and this mail address.',
].join('\n');

const NOT_YOU_JA = 'このメールにお心当たりのない場合は、お手数ですが破棄してください。';
const NOT_YOU_EN = 'If you did not expect this mail, please ignore it.';

export interface ReservationMail {
  name: string;
  /** Present for a first reservation: the 利用者キー of the account it created. */
  userKey: string | null;
  items: MailedReservation[];
}

export const reservationMail = defineTemplate<ReservationMail>('citizen.reservation', {
  ja: (p, { systemName }) => ({
    subject: '予約を受け付けました',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      '次の内容でご予約を承りました。',
      '',
      '■予約の内容',
      reservationLines(p.items, 'ja'),
      '',
      ...(p.userKey
        ? [
            '■利用者キー',
            `利用者キー：${p.userKey}`,
            '予約の確認やキャンセル、登録内容の変更には、この利用者キーでログインします。',
            'このメールは大切に保管してください。',
            '',
          ]
        : []),
      HOW_TO_LOG_IN_JA,
      '',
      NOT_YOU_JA,
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your reservation is confirmed',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We have received the following reservation.',
      '',
      'Reservation',
      reservationLines(p.items, 'en'),
      '',
      ...(p.userKey
        ? [
            'Your user key',
            `User key: ${p.userKey}`,
            'You need this key to log in, check or cancel reservations, and change your details.',
            'Please keep this mail.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN_EN,
      '',
      NOT_YOU_EN,
    ].join('\n'),
  }),
});

export interface OtpMail {
  name: string;
  otp: string;
  validMinutes: number;
  expiresAt: number;
}

export const otpMail = defineTemplate<OtpMail>('citizen.otp', {
  ja: (p, { systemName }) => ({
    subject: 'ワンタイムパスワードのご案内',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      'ログインに使うワンタイムパスワードをお送りします。',
      '',
      '■ワンタイムパスワード',
      `ワンタイムパスワード：${p.otp}`,
      `有効期限：${formatJapaneseDateTime(p.expiresAt)}まで（発行から${p.validMinutes}分）`,
      '',
      `このパスワードは1回のログインにだけ使えます。${p.validMinutes}分を過ぎたときや、`,
      'もう一度ログインするときは、改めてワンタイムパスワードを発行してください。',
      '新しく発行すると、それより前のワンタイムパスワードは使えなくなります。',
      '',
      '■ログインする場所',
      '市役所などに設置している窓口端末で「市役所の予約」→「ログイン」へ進み、',
      '利用者キーとこのワンタイムパスワードを入力してください。',
      '利用者キーは、最初の予約のときや再発行のときにメールでお知らせしています。',
      '',
      NOT_YOU_JA,
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your one-time password',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'Here is your one-time password for logging in.',
      '',
      `One-time password: ${p.otp}`,
      `Valid until: ${formatEnglishDateTime(p.expiresAt)} (Japan time, ${p.validMinutes} minutes after issue)`,
      '',
      `The password works for one login only. After ${p.validMinutes} minutes, or for your next login,`,
      'please issue a new one. Issuing a new password makes any earlier one invalid.',
      '',
      'Where to log in',
      'At one of the city\'s service kiosks, choose "City hall reservations" and then "Log in",',
      'and enter your user key with this one-time password. Your user key was sent to you by mail',
      'with your first reservation or when you asked for it again.',
      '',
      NOT_YOU_EN,
    ].join('\n'),
  }),
}, { secret: true });

export interface UserKeyMail {
  holders: { userKey: string; name: string }[];
}

export const userKeyMail = defineTemplate<UserKeyMail>('citizen.user_key', {
  ja: (p, { systemName }) => ({
    subject: '利用者キーのご案内',
    body: [
      `${systemName}をご利用いただきありがとうございます。`,
      '利用者キーの再発行のご依頼を受け、このメールアドレスで登録されている利用者キーをお知らせします。',
      '',
      '■利用者キー',
      ...p.holders.map((h) => `・${h.userKey}（${h.name} 様）`),
      '',
      'ログインには、利用者キーのほかにワンタイムパスワードが必要です。',
      'ログイン画面の「ワンタイムパスワード発行」から受け取ってください。',
      '',
      NOT_YOU_JA,
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your user key',
    body: [
      `Thank you for using ${systemName}.`,
      'You asked for your user key again. These user keys are registered with this mail address:',
      '',
      ...p.holders.map((h) => `- ${h.userKey} (${h.name})`),
      '',
      'To log in you also need a one-time password: use "Issue a one-time password" on the login screen.',
      '',
      NOT_YOU_EN,
    ].join('\n'),
  }),
});

export interface ProfileMail {
  name: string;
}

export const profileChangedMail = defineTemplate<ProfileMail>('citizen.profile_changed', {
  ja: (p, { systemName }) => ({
    subject: '利用者情報を変更しました',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      '利用者情報（氏名・電話番号・メールアドレス・住所）の変更を受け付けました。',
      '今後のお知らせは、このメールアドレスにお送りします。',
      '',
      'この変更にお心当たりのない場合は、市役所の窓口までご連絡ください。',
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your details have been changed',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We have changed your registered details (name, phone number, mail address, address).',
      'From now on we will write to this mail address.',
      '',
      'If you did not make this change, please contact the city hall counter.',
    ].join('\n'),
  }),
});

export const addressReplacedMail = defineTemplate<ProfileMail>('citizen.address_replaced', {
  ja: (p, { systemName }) => ({
    subject: '登録メールアドレスが変更されました',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}の利用者情報で、登録メールアドレスがこのアドレスから別のアドレスに変更されました。`,
      '今後、このアドレスにお知らせは届きません。',
      '',
      'この変更にお心当たりのない場合は、市役所の窓口までご連絡ください。',
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your registered mail address was changed',
    body: [
      `Dear ${p.name},`,
      '',
      `The mail address registered for you in ${systemName} has been changed from this address to another one.`,
      'You will no longer receive our mails here.',
      '',
      'If you did not make this change, please contact the city hall counter.',
    ].join('\n'),
  }),
});

export interface CancellationMail {
  name: string;
  items: MailedReservation[];
}

export const cancellationMail = defineTemplate<CancellationMail>('citizen.cancellation', {
  ja: (p, { systemName }) => ({
    subject: '予約をキャンセルしました',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      '次の予約のキャンセルを受け付けました。',
      '',
      '■キャンセルした予約',
      reservationLines(p.items, 'ja'),
      '',
      NOT_YOU_JA,
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your reservation has been cancelled',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We have cancelled the following reservation.',
      '',
      reservationLines(p.items, 'en'),
      '',
      NOT_YOU_EN,
    ].join('\n'),
  }),
});

export interface SlotClosedMail {
  name: string;
  items: MailedReservation[];
}

/** Sent when the city closes a slot the citizen had booked (issue 14): the reservation is cancelled. */
export const slotClosedMail = defineTemplate<SlotClosedMail>('citizen.slot_closed', {
  ja: (p, { systemName }) => ({
    subject: '予約の取り消しのお知らせ',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      'まことに申し訳ありませんが、市の都合により次の日時の受付を中止しました。',
      'このため、お客さまの次の予約を取り消しました。',
      '',
      '■取り消した予約',
      reservationLines(p.items, 'ja'),
      '',
      'お手数ですが、窓口端末から別の日時をご予約いただくか、市役所の窓口までお問い合わせください。',
      '',
      NOT_YOU_JA,
    ].join('\n'),
  }),
  en: (p, { systemName }) => ({
    subject: 'Your reservation has been cancelled by the city',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We are sorry: the city has stopped the following session, so your reservation for it is cancelled.',
      '',
      reservationLines(p.items, 'en'),
      '',
      'Please book another time at one of the service kiosks, or ask at the city hall counter.',
      '',
      NOT_YOU_EN,
    ].join('\n'),
  }),
});
