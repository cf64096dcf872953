// The notice to an account's owner after staff changed it, in English.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: 'The lock on your account has been lifted; you can log in again.',
  accident_set: 'Your account has been suspended by staff, so it cannot be used to log in for now.',
  accident_cleared: 'The suspension of your account has been lifted; you can log in again.',
  blockade_released: 'The block on confirmation-protected operations has been lifted.',
  pins_reset: 'Your PINs have been reset. At your next login you will be asked to choose new ones.',
  password_reset: 'Your password is back to the initial one (the month and day of your birth, 4 digits). At your next login you will be asked to choose a new one.',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'The status of your account has changed',
    body: [
      `Thank you for using ${systemName}.`,
      '',
      `A member of staff made the following change to your account (${loginId}):`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'If you did not expect this, please ask at the counter.',
      'This address only sends mail; replies are not read.',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
