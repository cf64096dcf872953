// The city-hall mails in Japanese: the source every other language's file translates. Wording is
// our own; the facts (8 characters, 60 minutes, where to log in) follow seeds 000 and 001.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : `（${item.dose}回目）`;
      return `・${inLocale(item.title, 'ja')}${dose}\n　会場：${inLocale(item.venue, 'ja')}\n　日時：${formatDateTime(item.startsAt, 'ja')}`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■ログインのしかた',
  '市役所などに設置している窓口端末で「市役所の予約」を選び、「ログイン」へ進んでください。',
  '初めての方は、ログイン画面の「ワンタイムパスワード発行」から、利用者キーと',
  'このメールアドレスを入力してワンタイムパスワードを受け取ってください。',
].join('\n');

const NOT_YOU = 'このメールにお心当たりのない場合は、お手数ですが破棄してください。';

export default {
  reservation: (p, { systemName }) => ({
    subject: '予約を受け付けました',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      '次の内容でご予約を承りました。',
      '',
      '■予約の内容',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', '■この予約のご案内', inLocale(p.note, 'ja')] : []),
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
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'ワンタイムパスワードのご案内',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      'ログインに使うワンタイムパスワードをお送りします。',
      '',
      '■ワンタイムパスワード',
      `ワンタイムパスワード：${p.otp}`,
      `有効期限：${formatDateTime(p.expiresAt, 'ja')}まで（発行から${p.validMinutes}分）`,
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
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
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
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
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
  addressReplaced: (p, { systemName }) => ({
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
  cancellation: (p, { systemName }) => ({
    subject: '予約をキャンセルしました',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      '次の予約のキャンセルを受け付けました。',
      '',
      '■キャンセルした予約',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: '予約の取り消しのお知らせ',
    body: [
      `${p.name} 様`,
      '',
      `${systemName}をご利用いただきありがとうございます。`,
      'まことに申し訳ありませんが、市の都合により次の日時の受付を中止しました。',
      'このため、お客さまの次の予約を取り消しました。',
      '',
      '■取り消した予約',
      reservationLines(p.items),
      '',
      'お手数ですが、窓口端末から別の日時をご予約いただくか、市役所の窓口までお問い合わせください。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
