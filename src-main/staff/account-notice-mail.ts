// The mail an account's owner receives when staff change its status or credentials, so a change
// they did not ask for is noticed. It names the change and where to ask; never a secret.
import { defineTemplate, type MailText, textsOf } from '../mail/template';
import en from './mail-text/en';
import ja from './mail-text/ja';
import zh from './mail-text/zh';
import ko from './mail-text/ko';
import easy from './mail-text/easy';
import pt from './mail-text/pt';
import ne from './mail-text/ne';
import vi from './mail-text/vi';
import fil from './mail-text/fil';
import id from './mail-text/id';

export type AccountChange = 'unlocked' | 'accident_set' | 'accident_cleared' | 'blockade_released' | 'pins_reset' | 'password_reset';

export interface AccountNoticeParams {
  change: AccountChange;
  loginId: string;
}

const texts = { ja, easy, en, zh, ko, pt, ne, vi, fil, id };

export const accountNoticeMail = defineTemplate<AccountNoticeParams>('staff.account-notice', textsOf(texts, (text) => text.accountNotice));

export interface AccountNoticeMailText {
  accountNotice: MailText<AccountNoticeParams>;
}
