// Mails of the identity area (seed 004): what each one carries, and its wording in every language
// the kiosk speaks (mail-text/<locale>.ts).
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

// Declared before the templates that read it; the per-language files only import types from here.
const texts = { ja, easy, en, zh, ko, pt, ne, vi, fil, id };

export interface XidRegisteredParams {
  name: string;
  userKey: string;
  providerName: string;
}

export const xidRegisteredMail = defineTemplate<XidRegisteredParams>('identity.xid_registered', textsOf(texts, (text) => text.xidRegistered));

export interface XidLinkedParams {
  name: string;
  userKey: string;
  providerName: string;
  at: number;
}

export const xidLinkedMail = defineTemplate<XidLinkedParams>('identity.xid_linked', textsOf(texts, (text) => text.xidLinked));

export interface ResetCodeParams {
  code: string;
  validMinutes: number;
  expiresAt: number;
}

export const passwordResetCodeMail = defineTemplate<ResetCodeParams>('identity.password_reset_code', textsOf(texts, (text) => text.passwordResetCode), { secret: true });

export interface PasswordChangedParams {
  name: string;
  at: number;
}

export const passwordChangedMail = defineTemplate<PasswordChangedParams>('identity.password_changed', textsOf(texts, (text) => text.passwordChanged));

export interface IdentityMailText {
  xidRegistered: MailText<XidRegisteredParams>;
  xidLinked: MailText<XidLinkedParams>;
  passwordResetCode: MailText<ResetCodeParams>;
  passwordChanged: MailText<PasswordChangedParams>;
}
