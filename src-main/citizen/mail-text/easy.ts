// The city-hall mails in easy Japanese (やさしい日本語), translated from ja.ts; every kanji carries its
// reading as ｜漢字《よみ》 (the mailer prints 漢字(よみ)), words as on the easy-Japanese screens.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : `（${item.dose}｜回目《かいめ》）`;
      return `・${inLocale(item.title, 'easy')}${dose}\n　｜場所《ばしょ》：${inLocale(item.venue, 'easy')}\n　｜日《ひ》と ｜時間《じかん》：${formatDateTime(item.startsAt, 'easy')}`;
    })
    .join('\n');
}

/** {n}分 with the reading that goes with the number: ふん after 2, 5, 7, 9, else ぷん (as localized-date.ts). */
function minutes(n: number): string {
  const reading = [2, 5, 7, 9].includes(n % 10) ? 'ふん' : 'ぷん';
  return `${n}｜分《${reading}》`;
}

const HOW_TO_LOG_IN = [
  '■ログインの しかた',
  '｜市役所《しやくしょ》などに ある タッチパネルの きかいで、「｜市役所《しやくしょ》の ｜予約《よやく》」を えらんで ください。',
  'そして、「ログイン」に すすんで ください。',
  'ワンタイムパスワードが ない ｜人《ひと》は、ログインの ｜画面《がめん》で 「ワンタイムパスワードを もらう」を おして ください。',
  '｜利用者《りようしゃ》キーと この メールアドレスを ｜書《か》くと、ワンタイムパスワードが もらえます。',
].join('\n');

const NOT_YOU = 'この メールの ことを ｜知《し》らない ときは、すみませんが、この メールを けして ください。';

export default {
  reservation: (p, { systemName }) => ({
    subject: '｜予約《よやく》を うけつけました',
    body: [
      `${p.name} さん`,
      '',
      `${systemName}を つかって くださって、ありがとうございます。`,
      'つぎの ｜予約《よやく》を うけつけました。',
      '',
      '■｜予約《よやく》の ｜内容《ないよう》',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', '■｜予約《よやく》の おしらせ', inLocale(p.note, 'easy')] : []),
      '',
      ...(p.userKey
        ? [
            '■｜利用者《りようしゃ》キー',
            `｜利用者《りようしゃ》キー：${p.userKey}`,
            '｜予約《よやく》を ｜見《み》る とき、キャンセルする とき、あなたの ｜情報《じょうほう》を かえる ときは、この ｜利用者《りようしゃ》キーで ログインします。',
            'この メールは けさないで、たいせつに とって おいて ください。',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'ワンタイムパスワードの おしらせ',
    body: [
      `${p.name} さん`,
      '',
      `${systemName}を つかって くださって、ありがとうございます。`,
      'ログインに つかう ワンタイムパスワードを おくります。',
      '',
      '■ワンタイムパスワード',
      `ワンタイムパスワード：${p.otp}`,
      `つかえる ｜時間《じかん》：${formatDateTime(p.expiresAt, 'easy')}まで（もらってから ${minutes(p.validMinutes)}）`,
      '',
      'この パスワードは、1｜回《かい》の ログインに だけ つかえます。',
      `${minutes(p.validMinutes)}が すぎた ときや、もう ｜一度《いちど》 ログインする ときは、あたらしい ワンタイムパスワードを もらって ください。`,
      'あたらしい ものを もらうと、まえの ワンタイムパスワードは つかえなく なります。',
      '',
      '■ログインする ところ',
      '｜市役所《しやくしょ》などに ある タッチパネルの きかいで、「｜市役所《しやくしょ》の ｜予約《よやく》」→「ログイン」に すすんで ください。',
      'そして、｜利用者《りようしゃ》キーと この ワンタイムパスワードを ｜書《か》いて ください。',
      '｜利用者《りようしゃ》キーは、はじめて ｜予約《よやく》した ときや、もう ｜一度《いちど》 もらった ときの メールに ｜書《か》いて あります。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: '｜利用者《りようしゃ》キーの おしらせ',
    body: [
      `${systemName}を つかって くださって、ありがとうございます。`,
      '｜利用者《りようしゃ》キーを もう ｜一度《いちど》 もらう ｜手続《てつづ》きを うけつけました。',
      'この メールアドレスで ｜登録《とうろく》して いる ｜利用者《りようしゃ》キーを おしらせします。',
      '',
      '■｜利用者《りようしゃ》キー',
      ...p.holders.map((h) => `・${h.userKey}（${h.name} さん）`),
      '',
      'ログインには、｜利用者《りようしゃ》キーと ワンタイムパスワードが ひつようです。',
      'ワンタイムパスワードは、ログインの ｜画面《がめん》の 「ワンタイムパスワードを もらう」で もらって ください。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: 'あなたの ｜情報《じょうほう》を かえました',
    body: [
      `${p.name} さん`,
      '',
      `${systemName}を つかって くださって、ありがとうございます。`,
      'あなたの ｜情報《じょうほう》（｜名前《なまえ》・｜電話番号《でんわばんごう》・メールアドレス・｜住所《じゅうしょ》）を かえる ｜手続《てつづ》きを うけつけました。',
      'これからの おしらせは、この メールアドレスに おくります。',
      '',
      'あなたが かえて いない ときは、｜市役所《しやくしょ》の ｜窓口《まどぐち》に ｜連絡《れんらく》して ください。',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: '｜登録《とうろく》した メールアドレスが かわりました',
    body: [
      `${p.name} さん`,
      '',
      `${systemName}に ｜登録《とうろく》して いる メールアドレスが、この アドレスから ほかの アドレスに かわりました。`,
      'これからは、この アドレスに おしらせは ｜届《とど》きません。',
      '',
      'あなたが かえて いない ときは、｜市役所《しやくしょ》の ｜窓口《まどぐち》に ｜連絡《れんらく》して ください。',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: '｜予約《よやく》を キャンセルしました',
    body: [
      `${p.name} さん`,
      '',
      `${systemName}を つかって くださって、ありがとうございます。`,
      'つぎの ｜予約《よやく》の キャンセルを うけつけました。',
      '',
      '■キャンセルした ｜予約《よやく》',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: '｜市《し》が ｜予約《よやく》を キャンセルしました',
    body: [
      `${p.name} さん`,
      '',
      `${systemName}を つかって くださって、ありがとうございます。`,
      'ほんとうに すみません。｜市《し》の ｜都合《つごう》で、つぎの ｜日《ひ》と ｜時間《じかん》の うけつけを やめました。',
      'だから、あなたの つぎの ｜予約《よやく》を キャンセルしました。',
      '',
      '■キャンセルした ｜予約《よやく》',
      reservationLines(p.items),
      '',
      'タッチパネルの きかいで、ほかの ｜日《ひ》と ｜時間《じかん》を ｜予約《よやく》して ください。',
      'わからない ときは、｜市役所《しやくしょ》の ｜窓口《まどぐち》で きいて ください。',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
