// The identity mails (seed 004) in easy Japanese (やさしい日本語), translated from ja.ts; every kanji
// carries its reading as ｜漢字《よみ》 (the mailer prints 漢字(よみ)), words as on the easy screens.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

/** {n}分 with the reading that goes with the number: ふん after 2, 5, 7, 9, else ぷん (as localized-date.ts). */
function minutes(n: number): string {
  const reading = [2, 5, 7, 9].includes(n % 10) ? 'ふん' : 'ぷん';
  return `${n}｜分《${reading}》`;
}

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `${providerName}で ｜登録《とうろく》が おわりました`,
    body: `${name} さん

${systemName}への ｜登録《とうろく》が おわりました。${providerName}で、あなたが だれか たしかめました。
あなたの ｜利用者《りようしゃ》キーは つぎの とおりです。たいせつに とって おいて ください。

  ｜利用者《りようしゃ》キー: ${userKey}

つぎからは、タッチパネルの きかいで 「${providerName}で ログイン」を えらんで ください。
スマートフォンの ${providerName}アプリで QRコードを よみとるだけで、ログインできます。

${providerName}で ｜登録《とうろく》した ときは、パスワードは まだ ありません。
メールアドレスと パスワードで ログインしたい ときは、さきに 「パスワードを きめる」を えらんで ください。
この メールアドレスに コードが ｜届《とど》きます。その コードを つかって、パスワードを きめて ください。

この メールの ことを ｜知《し》らない ときは、すみませんが、｜窓口《まどぐち》に ｜連絡《れんらく》して ください。
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `${providerName}と つなげました`,
    body: `${name} さん

｜利用者《りようしゃ》キー ${userKey} の アカウントを、${formatDateTime(at, 'easy')}に ${providerName}と つなげました。
これからは 「${providerName}で ログイン」でも ログインできます。

あなたが して いない ときは、すぐに ｜窓口《まどぐち》に ｜連絡《れんらく》して ください。
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'パスワードを きめる ための コード',
    body: `パスワードを きめる ｜手続《てつづ》きを うけつけました。
タッチパネルの きかいの 「パスワードを きめる」の ｜画面《がめん》で、つぎの コードと あたらしい パスワードを ｜書《か》いて ください。

  コード: ${code}

この コードは ${minutes(validMinutes)} つかえます（${formatDateTime(expiresAt, 'easy')}まで）。つかえるのは 1｜回《かい》だけです。
あたらしい コードを もらうと、この コードは つかえなく なります。

あなたが ｜手続《てつづ》きを して いない ときは、この メールを けして ください。パスワードは かわりません。
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'パスワードを きめました',
    body: `${name} さん

${formatDateTime(at, 'easy')}に、この メールアドレスで ログインする ための パスワードが あたらしく なりました。
これからは、メールアドレスと あたらしい パスワードで ログインできます。

あなたが して いない ときは、すぐに ｜窓口《まどぐち》に ｜連絡《れんらく》して ください。
`,
  }),
} satisfies IdentityMailText;
