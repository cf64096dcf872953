// The words printed on slips, like the mails (main renders slips, so their text lives here rather
// than in the renderer's i18n): one file per language in slip-text/<locale>.ts, so a translator
// works on one file and no slip branches on a language. A resident's slips (予約の控え,
// 貸出・予約の控え, 登録票) come in every language the kiosk speaks, in the words of that language's
// screens and mails; the A4 参加者一覧 is the staff's, in Japanese or English like the staff screens.
// Dates come from src-shared/localized-date.ts (令和 on Japanese slips); easy Japanese carries its
// readings as ｜漢字《かんじ》, which the slip page turns into <ruby> (html.ts, withRuby).
import type { Locale } from '../../src-shared/locales';
import easy from './slip-text/easy';
import en, { attendees as enAttendees } from './slip-text/en';
import fil from './slip-text/fil';
import id from './slip-text/id';
import ja, { attendees as jaAttendees } from './slip-text/ja';
import ko from './slip-text/ko';
import ne from './slip-text/ne';
import pt from './slip-text/pt';
import vi from './slip-text/vi';
import zh from './slip-text/zh';

/** Everything a resident reads on their own slips. */
export interface ResidentSlipText {
  htmlLang: string;
  dateTime(epochMs: number): string;
  date(epochMs: number): string;
  issuedAt: string;
  reservation: {
    heading: string;
    number: string;
    event: string;
    venue: string;
    when: string;
    dose(n: number): string;
    guidance: string;
    cancelHeading: string;
    cancelRoute: string;
    cancelUntil(when: string): string;
    cancelClosed: string;
    cancelKey: string;
    noSecrets: string;
  };
  library: {
    heading: string;
    /** The patron's name line, printed only when the caller gives a name (the counter's receipt). */
    patron(name: string): string;
    loansHeading: string;
    noLoans: string;
    due(date: string): string;
    holdsHeading: string;
    noHolds: string;
    pickup(branch: string): string;
    ready(until: string | null): string;
    waiting(position: number | null): string;
  };
  patron: {
    heading: string;
    cardNumber: string;
    name: string;
    kana: string;
    branch: string;
    registeredOn: string;
    passwordHeading: string;
    password: string;
    passwordChange: string;
    keep: string;
  };
}

/** 参加者一覧: staff-only, in Japanese and English. */
export interface AttendeeSlipText {
  heading(title: string, day: string): string;
  count(n: number, attended: number): string;
  time: string;
  name: string;
  userKey: string;
  phone: string;
  dose: string;
  doseValue(n: number): string;
  attended: string;
  none: string;
}

export type SlipText = ResidentSlipText & { attendees: AttendeeSlipText };

const RESIDENT_TEXTS: Readonly<Record<Locale, ResidentSlipText>> = { ja, easy, en, zh, vi, fil, pt, id, ne, ko };

const STAFF_TEXTS: Readonly<Record<'ja' | 'en', SlipText>> = {
  ja: { ...ja, attendees: jaAttendees },
  en: { ...en, attendees: enAttendees },
};

/** A resident's slip in the language of the kiosk's screen. */
export function slipText(locale: Locale): ResidentSlipText {
  return RESIDENT_TEXTS[locale];
}

/** A staff slip (the attendee list): English for English, Japanese for every other language. */
export function staffSlipText(locale: Locale): SlipText {
  return STAFF_TEXTS[locale === 'en' ? 'en' : 'ja'];
}

/** A library day ('YYYY-MM-DD', Japan) as the slip writes dates: noon, so no zone moves its day. */
export function dayEpoch(day: string): number {
  return Date.parse(`${day}T12:00:00+09:00`);
}
