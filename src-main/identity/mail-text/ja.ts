// The identity mails (seed 004) in Japanese: the source every other language's file translates.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `${providerName}で新規登録が完了しました`,
    body: `${name} 様

${systemName}への利用者登録が、${providerName}による本人確認で完了しました。
あなたの利用者キーは次のとおりです。大切に保管してください。

  利用者キー: ${userKey}

次回からは、キオスクの「${providerName}でログイン」から、スマートフォンの${providerName}アプリで
QRコードを読み取るだけでログインできます。

メールアドレスとパスワードでログインしたいときは、${providerName}での登録ではパスワードを
決めていませんので、はじめに「パスワードの再設定」で、このメールアドレスあてに届く
再設定コードを使ってパスワードを設定してください。

このメールに心当たりがない場合は、お手数ですが窓口までお知らせください。
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `${providerName}との連携を設定しました`,
    body: `${name} 様

利用者キー ${userKey} のアカウントを、${formatDateTime(at, 'ja')}に${providerName}と連携しました。
これからは「${providerName}でログイン」でもログインできます。

この操作に心当たりがない場合は、すぐに窓口までお知らせください。
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'パスワード再設定コードのご案内',
    body: `パスワードの再設定のお申し込みを受け付けました。
キオスクの「パスワードの再設定」画面で、次の再設定コードと新しいパスワードを入力してください。

  再設定コード: ${code}

このコードの有効期間は${validMinutes}分間（${formatDateTime(expiresAt, 'ja')}まで）で、一度だけ使えます。
新しいコードを申し込むと、このコードは使えなくなります。

お申し込みに心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'パスワードを再設定しました',
    body: `${name} 様

${formatDateTime(at, 'ja')}に、このメールアドレスでログインするためのパスワードを再設定しました。
これからは、メールアドレスと新しいパスワードでログインできます。

この操作に心当たりがない場合は、すぐに窓口までお知らせください。
`,
  }),
} satisfies IdentityMailText;
