// Mails of the identity area (seed 004), plain text in Japanese and English.
import { defineTemplate } from '../mail/template';

const TOKYO = 'Asia/Tokyo';

function tokyoTime(epochMs: number, locale: 'ja' | 'en'): string {
  const format = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: TOKYO,
    year: 'numeric',
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return locale === 'ja' ? format.format(epochMs) : `${format.format(epochMs)} (Japan time)`;
}

export interface XidRegisteredParams {
  name: string;
  userKey: string;
  providerName: string;
}

export const xidRegisteredMail = defineTemplate<XidRegisteredParams>('identity.xid_registered', {
  ja: ({ name, userKey, providerName }, { systemName }) => ({
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
  en: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `Your registration with ${providerName} is complete`,
    body: `Dear ${name},

You are now registered with ${systemName}; your identity was confirmed through ${providerName}.
Your user key is below. Please keep it somewhere safe.

  User key: ${userKey}

Next time, choose "Log in with ${providerName}" at the kiosk and scan the QR code with the
${providerName} app on your phone.

Registering with ${providerName} does not set a password. To log in with your e-mail address and
a password, first use "Reset password": a reset code will be sent to this address and lets you
choose one.

If you did not register, please let the city hall counter know.
`,
  }),
});

export interface XidLinkedParams {
  name: string;
  userKey: string;
  providerName: string;
  at: number;
}

export const xidLinkedMail = defineTemplate<XidLinkedParams>('identity.xid_linked', {
  ja: ({ name, userKey, providerName, at }) => ({
    subject: `${providerName}との連携を設定しました`,
    body: `${name} 様

利用者キー ${userKey} のアカウントを、${tokyoTime(at, 'ja')}に${providerName}と連携しました。
これからは「${providerName}でログイン」でもログインできます。

この操作に心当たりがない場合は、すぐに窓口までお知らせください。
`,
  }),
  en: ({ name, userKey, providerName, at }) => ({
    subject: `Your account is now linked to ${providerName}`,
    body: `Dear ${name},

The account with user key ${userKey} was linked to ${providerName} on ${tokyoTime(at, 'en')}.
You can now also log in with "Log in with ${providerName}".

If you did not do this, please contact the city hall counter at once.
`,
  }),
});

export interface ResetCodeParams {
  code: string;
  validMinutes: number;
  expiresAt: number;
}

export const passwordResetCodeMail = defineTemplate<ResetCodeParams>('identity.password_reset_code', {
  ja: ({ code, validMinutes, expiresAt }) => ({
    subject: 'パスワード再設定コードのご案内',
    body: `パスワードの再設定のお申し込みを受け付けました。
キオスクの「パスワードの再設定」画面で、次の再設定コードと新しいパスワードを入力してください。

  再設定コード: ${code}

このコードの有効期間は${validMinutes}分間（${tokyoTime(expiresAt, 'ja')}まで）で、一度だけ使えます。
新しいコードを申し込むと、このコードは使えなくなります。

お申し込みに心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。
`,
  }),
  en: ({ code, validMinutes, expiresAt }) => ({
    subject: 'Your password reset code',
    body: `We received a request to reset your password.
On the kiosk's "Reset password" screen, enter the code below and your new password.

  Reset code: ${code}

The code is valid for ${validMinutes} minutes (until ${tokyoTime(expiresAt, 'en')}) and works once.
Asking for a new code makes this one invalid.

If you did not ask for this, simply delete this mail. Your password stays as it is.
`,
  }),
}, { secret: true });

export interface PasswordChangedParams {
  name: string;
  at: number;
}

export const passwordChangedMail = defineTemplate<PasswordChangedParams>('identity.password_changed', {
  ja: ({ name, at }) => ({
    subject: 'パスワードを再設定しました',
    body: `${name} 様

${tokyoTime(at, 'ja')}に、このメールアドレスでログインするためのパスワードを再設定しました。
これからは、メールアドレスと新しいパスワードでログインできます。

この操作に心当たりがない場合は、すぐに窓口までお知らせください。
`,
  }),
  en: ({ name, at }) => ({
    subject: 'Your password has been reset',
    body: `Dear ${name},

The password for logging in with this e-mail address was reset on ${tokyoTime(at, 'en')}.
From now on, log in with your e-mail address and the new password.

If you did not do this, please contact the city hall counter at once.
`,
  }),
});
