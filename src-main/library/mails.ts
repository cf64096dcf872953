// Mails of the library area (seed 002): what each one carries, and its wording in every language the
// kiosk speaks (mail-text/<locale>.ts). The mailer puts 【system name】 before each subject. Dates
// are library-local calendar dates.
import type { PatronSettings } from '../../src-shared/contract/library';
import type { LocalizedText } from '../../src-shared/localized-text';
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

export { localDateText } from './local-date-text';

type Named = LocalizedText;

export interface MailedItem {
  title: string;
  author: string;
}

// Declared before the templates that read it; the per-language files only import types from here.
const texts = { ja, easy, en, zh, ko, pt, ne, vi, fil, id };

// ---- 申請確認メール -------------------------------------------------------------------------

export interface SettingsChangedMail {
  name: string;
  settings: PatronSettings;
  pickupBranch: Named;
  passwordChanged: boolean;
}

export const settingsChangedMail = defineTemplate<SettingsChangedMail>('library.settings_changed', textsOf(texts, (text) => text.settingsChanged));

// ---- 返却期限通知 ---------------------------------------------------------------------------

export interface DueReminderMail {
  name: string;
  item: MailedItem;
  dueDate: string;
  branch: Named;
}

export const dueReminderMail = defineTemplate<DueReminderMail>('library.due_reminder', textsOf(texts, (text) => text.dueReminder));

// ---- 登録完了メール (holds placed) ----------------------------------------------------------

export interface HoldsPlacedMail {
  name: string;
  items: MailedItem[];
  pickupBranch: Named;
}

export const holdsPlacedMail = defineTemplate<HoldsPlacedMail>('library.holds_placed', textsOf(texts, (text) => text.holdsPlaced));

// ---- 予約関連メール -------------------------------------------------------------------------

export interface HoldReadyMail {
  name: string;
  item: MailedItem;
  pickupBranch: Named;
  pickupUntil: string;
}

export const holdReadyMail = defineTemplate<HoldReadyMail>('library.hold_ready', textsOf(texts, (text) => text.holdReady));

export interface HoldCancelledMail {
  name: string;
  item: MailedItem;
  /**
   * patron: the patron's own cancellation (a confirmation); library: the library had to;
   * expired: nobody came for the ready item by its お取り置き期限 (`pickupUntil`).
   */
  reason: 'patron' | 'library' | 'expired';
  pickupUntil?: string;
}

export const holdCancelledMail = defineTemplate<HoldCancelledMail>('library.hold_cancelled', textsOf(texts, (text) => text.holdCancelled));

// ---- SDI ----------------------------------------------------------------------------------

export interface SdiDigestMail {
  name: string;
  matches: { term: string; items: (MailedItem & { publisher: string; year: number | null })[] }[];
}

export const sdiDigestMail = defineTemplate<SdiDigestMail>('library.sdi_digest', textsOf(texts, (text) => text.sdiDigest));

export interface LibraryMailText {
  settingsChanged: MailText<SettingsChangedMail>;
  dueReminder: MailText<DueReminderMail>;
  holdsPlaced: MailText<HoldsPlacedMail>;
  holdReady: MailText<HoldReadyMail>;
  holdCancelled: MailText<HoldCancelledMail>;
  sdiDigest: MailText<SdiDigestMail>;
}
