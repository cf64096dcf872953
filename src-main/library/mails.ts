// Mails of the library area (seed 002), plain text in Japanese and English. The mailer puts
// 【system name】 before each subject. Dates are library-local calendar dates.
import type { PatronSettings } from '../../src-shared/contract/library';
import type { Locale } from '../../src-shared/contract/session';
import { formatDate } from '../../src-shared/japanese-date';
import { defineTemplate } from '../mail/template';

type Named = { ja: string; en: string };

// The daily reminder job writes the same few due dates into up to 100,000 mails, and Intl
// formatting costs ~12 µs each time: a date's text is kept once made (a few hundred dates a year).
const dateTexts = new Map<string, string>();
const DATE_TEXTS_KEPT = 1024;

/** 'YYYY-MM-DD' as 令和8年1月6日(火曜日) / Tuesday 6 January 2026 (noon of the day: no zone can shift it). */
export function localDateText(date: string, locale: Locale): string {
  const key = `${locale}:${date}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    if (dateTexts.size >= DATE_TEXTS_KEPT) dateTexts.clear();
    text = formatDate(Date.parse(`${date}T12:00:00+09:00`), locale);
    dateTexts.set(key, text);
  }
  return text;
}

const FOOTER_JA = [
  '※このメールは送信専用のアドレスからお送りしています。返信はできません。',
  '※お心当たりのない場合は、お手数ですが図書館までご連絡ください。',
].join('\n');
const FOOTER_EN = [
  'This mail was sent from an address that cannot receive replies.',
  'If you did not expect it, please contact the library.',
].join('\n');

export interface MailedItem {
  title: string;
  author: string;
}

function itemLine(item: MailedItem, locale: Locale): string {
  if (!item.author) return locale === 'ja' ? `・${item.title}` : `- ${item.title}`;
  return locale === 'ja' ? `・${item.title}／${item.author}` : `- ${item.title} / ${item.author}`;
}

// ---- 申請確認メール -------------------------------------------------------------------------

export interface SettingsChangedMail {
  name: string;
  settings: PatronSettings;
  pickupBranch: Named;
  passwordChanged: boolean;
}

const KIND_JA = { pc: '自PC', mobile: '携帯' } as const;
const KIND_EN = { pc: 'computer', mobile: 'mobile' } as const;

function toJa(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? '自PC' : '', to.mobile ? '携帯' : ''].filter(Boolean);
  return list.length ? list.join('・') : 'なし';
}
function toEn(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? 'computer' : '', to.mobile ? 'mobile' : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'none';
}

const CONTACT_JA = { none: '不要', mail: 'メール', phone: '電話' } as const;
const CONTACT_EN = { none: 'not needed', mail: 'mail', phone: 'phone' } as const;
const PHONE_JA = { mobile: '携帯電話', home: '自宅', work: '勤務先' } as const;
const PHONE_EN = { mobile: 'mobile phone', home: 'home', work: 'work' } as const;

export const settingsChangedMail = defineTemplate<SettingsChangedMail>('library.settings_changed', {
  ja: (p) => {
    const s = p.settings;
    return {
      subject: '利用者情報の変更申し込みを受け付けました',
      body: [
        `${p.name} 様`,
        '',
        '図書館の利用者情報について、次の内容で変更の申し込みを受け付けました。',
        '',
        `パスワード：${p.passwordChanged ? '変更しました' : '変更なし'}`,
        `E-mail1：${s.email1 ?? '（なし）'} [${KIND_JA[s.email1Kind]}]`,
        `E-mail2：${s.email2 ?? '（なし）'} [${KIND_JA[s.email2Kind]}]`,
        `登録完了メール：${s.registrationMail ? '配信' : '停止'}（配信先：${toJa(s.registrationTo)}）`,
        `予約関連メール：予約ごとに選択（配信先：${toJa(s.holdTo)}）`,
        `SDI：SDI設定ごとに選択（配信先：${toJa(s.sdiTo)}）`,
        `返却期限通知：${s.dueNotice ? `配信・返却期限の${s.dueNoticeDays}日前` : '停止'}（配信先：${toJa(s.dueNoticeTo)}）`,
        `予約受取館：${p.pickupBranch.ja}`,
        `予約連絡方法：${CONTACT_JA[s.holdContact]}`,
        `電話連絡先：${PHONE_JA[s.phoneContact]}`,
        `貸出履歴：${s.keepHistory ? '残す' : '残さない'}`,
        '',
        FOOTER_JA,
      ].join('\n'),
    };
  },
  en: (p) => {
    const s = p.settings;
    return {
      subject: 'We have received your change of library account settings',
      body: [
        `Dear ${p.name},`,
        '',
        'We have received the following change to your library account settings.',
        '',
        `Password: ${p.passwordChanged ? 'changed' : 'unchanged'}`,
        `E-mail 1: ${s.email1 ?? '(none)'} [${KIND_EN[s.email1Kind]}]`,
        `E-mail 2: ${s.email2 ?? '(none)'} [${KIND_EN[s.email2Kind]}]`,
        `Hold registered mail: ${s.registrationMail ? 'on' : 'off'} (to: ${toEn(s.registrationTo)})`,
        `Hold mail: chosen for each hold (to: ${toEn(s.holdTo)})`,
        `SDI: chosen for each SDI entry (to: ${toEn(s.sdiTo)})`,
        `Due date reminder: ${s.dueNotice ? `on, ${s.dueNoticeDays} day(s) before the due date` : 'off'} (to: ${toEn(s.dueNoticeTo)})`,
        `Pickup library: ${p.pickupBranch.en}`,
        `How to tell you about holds: ${CONTACT_EN[s.holdContact]}`,
        `Phone to call: ${PHONE_EN[s.phoneContact]}`,
        `Loan history: ${s.keepHistory ? 'keep' : 'do not keep'}`,
        '',
        FOOTER_EN,
      ].join('\n'),
    };
  },
});

// ---- 返却期限通知 ---------------------------------------------------------------------------

export interface DueReminderMail {
  name: string;
  item: MailedItem;
  dueDate: string;
  branch: Named;
}

export const dueReminderMail = defineTemplate<DueReminderMail>('library.due_reminder', {
  ja: (p) => ({
    subject: `返却期限のお知らせ（${localDateText(p.dueDate, 'ja')}）`,
    body: [
      `${p.name} 様`,
      '',
      'お借りになっている次の資料の返却期限が近づいています。',
      '',
      itemLine(p.item, 'ja'),
      `　返却期限：${localDateText(p.dueDate, 'ja')}`,
      `　貸出館：${p.branch.ja}`,
      '',
      '返却はどの図書館のカウンター・返却ポストでもできます。',
      'ほかに予約している方がいなければ、Myライブラリから一度だけ延長できます。',
      'すでに返却済みの場合は、行き違いですのでご容赦ください。',
      '',
      FOOTER_JA,
    ].join('\n'),
  }),
  en: (p) => ({
    subject: `Due date reminder (${localDateText(p.dueDate, 'en')})`,
    body: [
      `Dear ${p.name},`,
      '',
      'An item you have borrowed is due back soon.',
      '',
      itemLine(p.item, 'en'),
      `  Due: ${localDateText(p.dueDate, 'en')}`,
      `  Borrowed at: ${p.branch.en}`,
      '',
      'You can return it at the counter or the book drop of any of our libraries.',
      'If nobody else has reserved it, you can renew it once in My Library.',
      'If you have already returned it, please disregard this mail.',
      '',
      FOOTER_EN,
    ].join('\n'),
  }),
});

// ---- 登録完了メール (holds placed) ----------------------------------------------------------

export interface HoldsPlacedMail {
  name: string;
  items: MailedItem[];
  pickupBranch: Named;
}

export const holdsPlacedMail = defineTemplate<HoldsPlacedMail>('library.holds_placed', {
  ja: (p) => ({
    subject: '予約の登録が完了しました',
    body: [
      `${p.name} 様`,
      '',
      '次の資料の予約を登録しました。',
      '',
      ...p.items.map((i) => itemLine(i, 'ja')),
      '',
      `予約受取館：${p.pickupBranch.ja}`,
      'ご用意ができましたら、予約連絡方法でお知らせします。',
      '',
      FOOTER_JA,
    ].join('\n'),
  }),
  en: (p) => ({
    subject: 'Your holds have been registered',
    body: [
      `Dear ${p.name},`,
      '',
      'We have registered holds on the following items.',
      '',
      ...p.items.map((i) => itemLine(i, 'en')),
      '',
      `Pickup library: ${p.pickupBranch.en}`,
      'We will let you know, the way you chose, when they are ready.',
      '',
      FOOTER_EN,
    ].join('\n'),
  }),
});

// ---- 予約関連メール -------------------------------------------------------------------------

export interface HoldReadyMail {
  name: string;
  item: MailedItem;
  pickupBranch: Named;
  pickupUntil: string;
}

export const holdReadyMail = defineTemplate<HoldReadyMail>('library.hold_ready', {
  ja: (p) => ({
    subject: '予約の資料をご用意しました',
    body: [
      `${p.name} 様`,
      '',
      'ご予約の資料をご用意しました。図書館カードをお持ちのうえ、受取館でお受け取りください。',
      '',
      itemLine(p.item, 'ja'),
      `　受取館：${p.pickupBranch.ja}`,
      `　お取り置き期限：${localDateText(p.pickupUntil, 'ja')}`,
      '',
      '期限を過ぎると予約は取り消され、次の方へお回しします。',
      '',
      FOOTER_JA,
    ].join('\n'),
  }),
  en: (p) => ({
    subject: 'Your reserved item is ready',
    body: [
      `Dear ${p.name},`,
      '',
      'The item you reserved is ready. Please collect it with your library card.',
      '',
      itemLine(p.item, 'en'),
      `  Pickup library: ${p.pickupBranch.en}`,
      `  Kept for you until: ${localDateText(p.pickupUntil, 'en')}`,
      '',
      'After that date the hold is cancelled and the item goes to the next person.',
      '',
      FOOTER_EN,
    ].join('\n'),
  }),
});

export interface HoldCancelledMail {
  name: string;
  item: MailedItem;
  /**
   * patron: the patron's own cancellation (a confirmation); library: the library had to;
   * expired: nobody came for the ready item by its お取り置き期限 (`pickupUntil`).
   */
  reason: 'patron' | 'library' | 'expired';
  pickupUntil?: string;
}

export const holdCancelledMail = defineTemplate<HoldCancelledMail>('library.hold_cancelled', {
  ja: (p) => ({
    subject: '予約を取り消しました',
    body: [
      `${p.name} 様`,
      '',
      p.reason === 'patron'
        ? 'お申し出により、次の資料の予約を取り消しました。'
        : p.reason === 'expired'
          ? `お取り置き期限（${p.pickupUntil ? localDateText(p.pickupUntil, 'ja') : ''}）までにお受け取りがなかったため、次の資料の予約を取り消しました。`
          : '次の資料の予約は、図書館の都合により取り消しとなりました。',
      '',
      itemLine(p.item, 'ja'),
      '',
      ...(p.reason === 'library' ? ['ご迷惑をおかけし申し訳ありません。詳しくは図書館へお問い合わせください。', ''] : []),
      ...(p.reason === 'expired' ? ['資料は次にお待ちの方へお回ししました。あらためてご希望の場合は、もう一度ご予約ください。', ''] : []),
      FOOTER_JA,
    ].join('\n'),
  }),
  en: (p) => ({
    subject: 'Your hold has been cancelled',
    body: [
      `Dear ${p.name},`,
      '',
      p.reason === 'patron'
        ? 'As you asked, we have cancelled your hold on:'
        : p.reason === 'expired'
          ? `The item was not collected by ${p.pickupUntil ? localDateText(p.pickupUntil, 'en') : 'the last pickup day'}, so we have cancelled your hold on:`
          : 'We are sorry: the library had to cancel your hold on:',
      '',
      itemLine(p.item, 'en'),
      '',
      ...(p.reason === 'library' ? ['Please ask at the library for details.', ''] : []),
      ...(p.reason === 'expired' ? ['The item has gone to the next person waiting. If you still want it, please reserve it again.', ''] : []),
      FOOTER_EN,
    ].join('\n'),
  }),
});

// ---- SDI ----------------------------------------------------------------------------------

export interface SdiDigestMail {
  name: string;
  matches: { term: string; items: (MailedItem & { publisher: string; year: number | null })[] }[];
}

export const sdiDigestMail = defineTemplate<SdiDigestMail>('library.sdi_digest', {
  ja: (p) => ({
    subject: '新着資料のお知らせ（SDI）',
    body: [
      `${p.name} 様`,
      '',
      'SDIに登録されたキーワード・著者に合う資料が新しく入りました。',
      '',
      ...p.matches.flatMap((m) => [
        `■「${m.term}」`,
        ...m.items.map((i) => `${itemLine(i, 'ja')}${i.publisher ? `（${i.publisher}${i.year ? `、${i.year}年` : ''}）` : ''}`),
        '',
      ]),
      '予約はMyライブラリの資料検索から予約かごに入れて行えます。',
      '',
      FOOTER_JA,
    ].join('\n'),
  }),
  en: (p) => ({
    subject: 'New arrivals matching your SDI entries',
    body: [
      `Dear ${p.name},`,
      '',
      'New items have arrived that match the keywords and authors in your SDI settings.',
      '',
      ...p.matches.flatMap((m) => [
        `"${m.term}"`,
        ...m.items.map((i) => `${itemLine(i, 'en')}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'To reserve one, search for it in My Library and put it in your cart.',
      '',
      FOOTER_EN,
    ].join('\n'),
  }),
});
