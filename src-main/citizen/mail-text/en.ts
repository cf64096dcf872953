// The city-hall mails in English, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : ` (dose ${item.dose})`;
      return `- ${inLocale(item.title, 'en')}${dose}\n  Venue: ${inLocale(item.venue, 'en')}\n  Date: ${formatDateTime(item.startsAt, 'en')} (Japan time)`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  'How to log in',
  'At one of the city\'s service kiosks, choose "City hall reservations" and then "Log in".',
  'If you have no one-time password yet, use "Issue a one-time password" on the login screen',
  'with your user key and this mail address.',
].join('\n');

const NOT_YOU = 'If you did not expect this mail, please ignore it.';

export default {
  reservation: (p, { systemName }) => ({
    subject: 'Your reservation is confirmed',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We have received the following reservation.',
      '',
      'Reservation',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', 'About this booking', inLocale(p.note, 'en')] : []),
      '',
      ...(p.userKey
        ? [
            'Your user key',
            `User key: ${p.userKey}`,
            'You need this key to log in, check or cancel reservations, and change your details.',
            'Please keep this mail.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'Your one-time password',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'Here is your one-time password for logging in.',
      '',
      `One-time password: ${p.otp}`,
      `Valid until: ${formatDateTime(p.expiresAt, 'en')} (Japan time, ${p.validMinutes} minutes after issue)`,
      '',
      `The password works for one login only. After ${p.validMinutes} minutes, or for your next login,`,
      'please issue a new one. Issuing a new password makes any earlier one invalid.',
      '',
      'Where to log in',
      'At one of the city\'s service kiosks, choose "City hall reservations" and then "Log in",',
      'and enter your user key with this one-time password. Your user key was sent to you by mail',
      'with your first reservation or when you asked for it again.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: 'Your user key',
    body: [
      `Thank you for using ${systemName}.`,
      'You asked for your user key again. These user keys are registered with this mail address:',
      '',
      ...p.holders.map((h) => `- ${h.userKey} (${h.name})`),
      '',
      'To log in you also need a one-time password: use "Issue a one-time password" on the login screen.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: 'Your details have been changed',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We have changed your registered details (name, phone number, mail address, address).',
      'From now on we will write to this mail address.',
      '',
      'If you did not make this change, please contact the city hall counter.',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: 'Your registered mail address was changed',
    body: [
      `Dear ${p.name},`,
      '',
      `The mail address registered for you in ${systemName} has been changed from this address to another one.`,
      'You will no longer receive our mails here.',
      '',
      'If you did not make this change, please contact the city hall counter.',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: 'Your reservation has been cancelled',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We have cancelled the following reservation.',
      '',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: 'Your reservation has been cancelled by the city',
    body: [
      `Dear ${p.name},`,
      '',
      `Thank you for using ${systemName}.`,
      'We are sorry: the city has stopped the following session, so your reservation for it is cancelled.',
      '',
      reservationLines(p.items),
      '',
      'Please book another time at one of the service kiosks, or ask at the city hall counter.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
