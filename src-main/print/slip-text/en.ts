// The slips in English, translated from ja.ts in the words of the English screens and mails. Times
// say they are Japan time, as the English mails do.
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { AttendeeSlipText, ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.en.htmlLang,
  dateTime: (epochMs) => `${formatDateTime(epochMs, 'en')} (Japan time)`,
  date: (epochMs) => formatDate(epochMs, 'en'),
  issuedAt: 'Issued',
  reservation: {
    heading: 'Reservation receipt',
    number: 'Reservation no.',
    event: 'Event',
    venue: 'Venue',
    when: 'Date and time',
    dose: (n) => ` (dose ${n})`,
    guidance: 'Information and what to bring',
    cancelHeading: 'Cancelling',
    cancelRoute: 'At a service kiosk, choose "City hall reservations", log in with your user key and a one-time password, and use "Cancel" in "My reservations".',
    cancelUntil: (when) => `You can cancel until ${when}.`,
    cancelClosed: 'This reservation cannot be cancelled at a kiosk. Please ask at the city hall counter.',
    cancelKey: 'Your user key was sent in the reservation mail. Without a mail, please ask at the city hall counter.',
    noSecrets: 'No user key or password is printed on this receipt.',
  },
  library: {
    heading: 'Loans and holds',
    patron: (name) => `Name: ${name}`,
    loansHeading: 'On loan',
    noLoans: 'You have nothing on loan.',
    due: (date) => `Due ${date}`,
    holdsHeading: 'Holds',
    noHolds: 'You have no holds.',
    pickup: (branch) => `Pickup library: ${branch}`,
    ready: (until) => (until ? `Ready (please collect it by ${until})` : 'Ready'),
    waiting: (position) => (position === null ? 'In the queue' : `In the queue (number ${position})`),
  },
  patron: {
    heading: 'Library card registration slip',
    cardNumber: 'Library card number',
    name: 'Name',
    kana: 'Name in katakana',
    branch: 'Pickup library',
    registeredOn: 'Registered on',
    passwordHeading: 'Your first login',
    password: 'The password is the month and day of your birthday, 4 digits (for example 0808 if you were born on 8 August).',
    passwordChange: 'Right after logging in you will be asked to choose a new password: at least 8 characters, without your date of birth or card number.',
    keep: 'Please keep this slip safe. If you lose your card, tell the library at once.',
  },
} satisfies ResidentSlipText;

/** The attendee list (staff only). */
export const attendees = {
  heading: (title, day) => `Attendees — ${title} — ${day}`,
  count: (n, attended) => `${n} reserved (${attended} arrived)`,
  time: 'Time',
  name: 'Name',
  userKey: 'User key',
  phone: 'Phone',
  dose: 'Dose',
  doseValue: (n) => `dose ${n}`,
  attended: 'Arrived',
  none: 'No reservations on this day.',
} satisfies AttendeeSlipText;
