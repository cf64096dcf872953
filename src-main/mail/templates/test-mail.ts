// The mail behind the administrator's "send a test mail": proves the mail settings work end to
// end without touching anyone's data.
import { defineTemplate } from '../template';

export const testMail = defineTemplate<{ sentAt: string }>('mail.test', {
  ja: ({ sentAt }, { systemName }) => ({
    subject: 'テストメール',
    body:
      `このメールは${systemName}から送信したテストメールです。\n` +
      'このメールが届いていれば、メール送信の設定は正しく動いています。\n' +
      '返信の必要はありません。\n\n' +
      `送信日時：${sentAt}\n`,
  }),
  en: ({ sentAt }, { systemName }) => ({
    subject: 'Test mail',
    body:
      `This is a test message sent by ${systemName}.\n` +
      'If it has reached you, the mail settings are working.\n' +
      'There is no need to reply.\n\n' +
      `Sent: ${sentAt}\n`,
  }),
});
