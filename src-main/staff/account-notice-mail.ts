// The mail an account's owner receives when staff change its status or credentials, so a change
// they did not ask for is noticed. It names the change and where to ask; never a secret.
import { defineTemplate } from '../mail/template';

export type AccountChange = 'unlocked' | 'accident_set' | 'accident_cleared' | 'blockade_released' | 'pins_reset' | 'password_reset';

export interface AccountNoticeParams {
  change: AccountChange;
  loginId: string;
}

const ja: Record<AccountChange, string> = {
  unlocked: '利用中止（ロック）が解除され、再びログインできるようになりました。',
  accident_set: '事故登録が行われたため、現在このアカウントではログインできません。',
  accident_cleared: '事故登録が解除され、再びログインできるようになりました。',
  blockade_released: '封鎖（累積封鎖）が解除されました。',
  pins_reset: '暗証番号が再設定されました。次回ログインの際に、新しい暗証番号をご自身で設定していただきます。',
  password_reset: 'パスワードを初期パスワード（生年月日の月日4桁）にもどしました。次回ログインの際に、新しいパスワードを設定していただきます。',
};

const en: Record<AccountChange, string> = {
  unlocked: 'The lock on your account has been lifted; you can log in again.',
  accident_set: 'Your account has been suspended by staff, so it cannot be used to log in for now.',
  accident_cleared: 'The suspension of your account has been lifted; you can log in again.',
  blockade_released: 'The block on confirmation-protected operations has been lifted.',
  pins_reset: 'Your PINs have been reset. At your next login you will be asked to choose new ones.',
  password_reset: 'Your password is back to the initial one (the month and day of your birth, 4 digits). At your next login you will be asked to choose a new one.',
};

export const accountNoticeMail = defineTemplate<AccountNoticeParams>('staff.account-notice', {
  ja: ({ change, loginId }, { systemName }) => ({
    subject: 'アカウントの状態が変更されました',
    body: [
      `${systemName}をご利用いただきありがとうございます。`,
      '',
      `職員の操作により、ご利用中のアカウント（${loginId}）について次の変更を行いました。`,
      '',
      `  ${ja[change]}`,
      '',
      'お心当たりのない場合は、お手数ですが窓口までお問い合わせください。',
      'このメールは送信専用のアドレスから送っています。ご返信いただいてもお答えできません。',
    ].join('\n'),
  }),
  en: ({ change, loginId }, { systemName }) => ({
    subject: 'The status of your account has changed',
    body: [
      `Thank you for using ${systemName}.`,
      '',
      `A member of staff made the following change to your account (${loginId}):`,
      '',
      `  ${en[change]}`,
      '',
      'If you did not expect this, please ask at the counter.',
      'This address only sends mail; replies are not read.',
    ].join('\n'),
  }),
});
