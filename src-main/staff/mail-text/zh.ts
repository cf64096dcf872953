// The notice to an account's owner after staff changed it, in Simplified Chinese.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: '停用（利用中止）已解除，您可以重新登录了。',
  accident_set: '此账户已被登记为暂停使用（事故登録），目前无法用此账户登录。',
  accident_cleared: '暂停使用（事故登録）已解除，您可以重新登录了。',
  blockade_released: '因累计输错次数过多而实施的封锁（累積封鎖）已解除。',
  pins_reset: 'PIN码（暗証番号）已重设。下次登录时，需要您自己设置新的PIN码。',
  password_reset: '密码已恢复为初始密码（出生日期的月和日，共4位数字）。下次登录时，需要您设置新的密码。',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: '账户状态已更改',
    body: [
      `感谢您使用${systemName}。`,
      '',
      `工作人员已对您正在使用的账户（${loginId}）进行了以下更改。`,
      '',
      `  ${CHANGES[change]}`,
      '',
      '如果您对这项更改没有印象，麻烦您向窗口咨询。',
      '本邮件由仅用于发送的地址发出，即使回复，我们也无法答复。',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
