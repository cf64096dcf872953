// Mails of the city-hall area: what each one carries, and its wording in every language the kiosk
// speaks (mail-text/<locale>.ts, one file per language). The mailer puts 【system name】 before each
// subject.
import type { LocalizedText } from '../../src-shared/contract/citizen';
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

export interface MailedReservation {
  title: LocalizedText;
  venue: LocalizedText;
  startsAt: number;
  dose: 1 | 2 | null;
}

// Declared before the templates that read it; the per-language files only import types from here.
const texts = { ja, easy, en, zh, ko, pt, ne, vi, fil, id };

export interface ReservationMail {
  name: string;
  /** Present for a first reservation: the 利用者キー of the account it created. */
  userKey: string | null;
  items: MailedReservation[];
  /** The event's guidance for its confirmation mail (what to bring, where to go), when staff wrote one. */
  note: LocalizedText | null;
}

export const reservationMail = defineTemplate<ReservationMail>('citizen.reservation', textsOf(texts, (text) => text.reservation));

export interface OtpMail {
  name: string;
  otp: string;
  validMinutes: number;
  expiresAt: number;
}

export const otpMail = defineTemplate<OtpMail>('citizen.otp', textsOf(texts, (text) => text.otp), { secret: true });

export interface UserKeyMail {
  holders: { userKey: string; name: string }[];
}

export const userKeyMail = defineTemplate<UserKeyMail>('citizen.user_key', textsOf(texts, (text) => text.userKey));

export interface ProfileMail {
  name: string;
}

export const profileChangedMail = defineTemplate<ProfileMail>('citizen.profile_changed', textsOf(texts, (text) => text.profileChanged));

export const addressReplacedMail = defineTemplate<ProfileMail>('citizen.address_replaced', textsOf(texts, (text) => text.addressReplaced));

export interface CancellationMail {
  name: string;
  items: MailedReservation[];
}

export const cancellationMail = defineTemplate<CancellationMail>('citizen.cancellation', textsOf(texts, (text) => text.cancellation));

export interface SlotClosedMail {
  name: string;
  items: MailedReservation[];
}

/** Sent when the city closes a slot the citizen had booked (issue 14): the reservation is cancelled. */
export const slotClosedMail = defineTemplate<SlotClosedMail>('citizen.slot_closed', textsOf(texts, (text) => text.slotClosed));

export interface CitizenMailText {
  reservation: MailText<ReservationMail>;
  otp: MailText<OtpMail>;
  userKey: MailText<UserKeyMail>;
  profileChanged: MailText<ProfileMail>;
  addressReplaced: MailText<ProfileMail>;
  cancellation: MailText<CancellationMail>;
  slotClosed: MailText<SlotClosedMail>;
}
