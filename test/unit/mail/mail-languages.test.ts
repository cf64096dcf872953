// One mail of each kind rendered in each language (issue 17): every resident mail has its own
// wording in all ten languages, says its facts (names, codes, titles) in each, leaves no template
// hole or ruby notation in the plain text, and gives easy Japanese's kanji their readings in brackets.
import { describe, expect, it } from 'vitest';
import type { PatronSettings } from '../../../src-shared/contract/library';
import { locales } from '../../../src-shared/locales';
import { kanjiWithoutReading } from '../../../src-shared/ruby';
import * as citizen from '../../../src-main/citizen/mails';
import * as identity from '../../../src-main/identity/mails';
import * as library from '../../../src-main/library/mails';
import { type MailTemplate, renderMail } from '../../../src-main/mail/template';
import { accountNoticeMail } from '../../../src-main/staff/account-notice-mail';

const AT = Date.UTC(2027, 0, 12, 4, 30); // 令和9年1月12日 13時30分 in Japan
const event = {
  title: { ja: '離乳食教室', en: 'Baby food class', vi: 'Lớp ăn dặm' },
  venue: { ja: '保健センター', en: 'Health Centre' },
  startsAt: AT,
  dose: null,
};
const branch = { ja: '中央図書館', en: 'Central Library' };
const item = { title: 'ぐりとぐら', author: 'なかがわ りえこ' };
const settings: PatronSettings = {
  email1: 'hanako@example.jp',
  email1Kind: 'pc',
  email2: null,
  email2Kind: 'mobile',
  registrationMail: true,
  registrationTo: { pc: true, mobile: false },
  holdTo: { pc: true, mobile: true },
  sdiTo: { pc: false, mobile: false },
  dueNotice: true,
  dueNoticeTo: { pc: true, mobile: false },
  dueNoticeDays: 2,
  pickupBranch: 'central',
  holdContact: 'mail',
  phoneContact: 'mobile',
  keepHistory: true,
};

// Each template with parameters carrying a fact the mail must state (the mark).
const cases: { template: MailTemplate<never>; params: unknown; mark: string }[] = [
  { template: citizen.reservationMail, params: { name: '山田 花子', userKey: 'k7m2p9q4', items: [event] }, mark: 'k7m2p9q4' },
  { template: citizen.otpMail, params: { name: '山田 花子', otp: 'X3F9K2PQ', validMinutes: 60, expiresAt: AT }, mark: 'X3F9K2PQ' },
  { template: citizen.userKeyMail, params: { holders: [{ userKey: 'k7m2p9q4', name: '山田 花子' }] }, mark: 'k7m2p9q4' },
  { template: citizen.profileChangedMail, params: { name: '山田 花子' }, mark: '山田 花子' },
  { template: citizen.addressReplacedMail, params: { name: '山田 花子' }, mark: '山田 花子' },
  { template: citizen.cancellationMail, params: { name: '山田 花子', items: [event] }, mark: '山田 花子' },
  { template: citizen.slotClosedMail, params: { name: '山田 花子', items: [event] }, mark: '山田 花子' },
  { template: identity.xidRegisteredMail, params: { name: '出石 次郎', userKey: 'abcd12345', providerName: 'xID' }, mark: 'abcd12345' },
  { template: identity.xidLinkedMail, params: { name: '出石 次郎', userKey: 'abcd12345', providerName: 'xID', at: AT }, mark: 'abcd12345' },
  { template: identity.passwordResetCodeMail, params: { code: 'Ab3dEf7H', validMinutes: 30, expiresAt: AT }, mark: 'Ab3dEf7H' },
  { template: identity.passwordChangedMail, params: { name: '出石 次郎', at: AT }, mark: '出石 次郎' },
  { template: library.settingsChangedMail, params: { name: '図書 花子', settings, pickupBranch: branch, passwordChanged: false }, mark: 'hanako@example.jp' },
  { template: library.dueReminderMail, params: { name: '図書 花子', item, dueDate: '2027-01-12', branch }, mark: 'ぐりとぐら' },
  { template: library.holdsPlacedMail, params: { name: '図書 花子', items: [item], pickupBranch: branch }, mark: 'ぐりとぐら' },
  { template: library.holdReadyMail, params: { name: '図書 花子', item, pickupBranch: branch, pickupUntil: '2027-01-19' }, mark: 'ぐりとぐら' },
  { template: library.holdCancelledMail, params: { name: '図書 花子', item, reason: 'expired', pickupUntil: '2027-01-19' }, mark: 'ぐりとぐら' },
  {
    template: library.sdiDigestMail,
    params: { name: '図書 花子', matches: [{ term: '絵本', items: [{ ...item, publisher: '福音館書店', year: 1967 }] }] },
    mark: 'ぐりとぐら',
  },
  { template: accountNoticeMail, params: { change: 'unlocked', loginId: 'L0012345' }, mark: 'L0012345' },
];

describe('every resident mail in every language', () => {
  it('has its own wording in all ten languages', () => {
    for (const { template } of cases) expect([...template.locales].sort(), template.name).toEqual([...locales].sort());
  });

  for (const { template, params, mark } of cases) {
    it(`${template.name}: says its facts in each language, with no hole and no notation`, () => {
      const japanese = renderMail(template, 'ja', params as never, '窓口e-予約システム');
      for (const locale of locales) {
        const mail = renderMail(template, locale, params as never, '窓口e-予約システム');
        expect(mail.body, `${locale}`).toContain(mark);
        expect(`${mail.subject}\n${mail.body}`, `${locale}`).not.toMatch(/undefined|null|NaN|\[object |\$\{|[｜《》]/);
        if (locale !== 'ja') expect(mail.body, `${locale} is not the Japanese`).not.toBe(japanese.body);
      }
      // Easy Japanese in plain text: every kanji the mail writes itself is followed by its reading.
      const own = (mail: { subject: string; body: string }) =>
        `${mail.subject}\n${mail.body}`
          .replace(/[\p{Script=Han}々]+\([ぁ-ゖー]+\)/gu, '')
          .replaceAll(mark, '')
          .replace(/山田 花子|出石 次郎|図書 花子|窓口e-予約システム|保健センター|中央図書館|離乳食教室|絵本|福音館書店/g, '');
      const easy = own(renderMail(template, 'easy', params as never, '窓口e-予約システム'));
      expect(kanjiWithoutReading(easy), easy).toEqual([]);
      // The same check finds the kanji of the official Japanese, so it is not passing by accident.
      expect(kanjiWithoutReading(own(japanese))).not.toEqual([]);
    });
  }
});
