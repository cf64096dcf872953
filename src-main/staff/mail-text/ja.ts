// The notice to an account's owner after staff changed it, in Japanese (the source).
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: '利用中止（ロック）が解除され、再びログインできるようになりました。',
  accident_set: '事故登録が行われたため、現在このアカウントではログインできません。',
  accident_cleared: '事故登録が解除され、再びログインできるようになりました。',
  blockade_released: '封鎖（累積封鎖）が解除されました。',
  pins_reset: '暗証番号が再設定されました。次回ログインの際に、新しい暗証番号をご自身で設定していただきます。',
  password_reset: 'パスワードを初期パスワード（生年月日の月日4桁）にもどしました。次回ログインの際に、新しいパスワードを設定していただきます。',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'アカウントの状態が変更されました',
    body: [
      `${systemName}をご利用いただきありがとうございます。`,
      '',
      `職員の操作により、ご利用中のアカウント（${loginId}）について次の変更を行いました。`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'お心当たりのない場合は、お手数ですが窓口までお問い合わせください。',
      'このメールは送信専用のアドレスから送っています。ご返信いただいてもお答えできません。',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
