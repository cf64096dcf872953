// The slips in Filipino, translated from ja.ts in the words of the Filipino screens and mails (user
// key (利用者キー), one-time password (ワンタイムパスワード), library card (図書館カード)). Times say
// they are Japan time, as the Filipino mails do.
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.fil.htmlLang,
  dateTime: (epochMs) => `${formatDateTime(epochMs, 'fil')} (oras sa Japan)`,
  date: (epochMs) => formatDate(epochMs, 'fil'),
  issuedAt: 'Inilabas:',
  reservation: {
    heading: 'Resibo ng reservation',
    number: 'Reservation no.',
    event: 'Event',
    venue: 'Lugar',
    when: 'Petsa at oras',
    dose: (n) => ` (ika-${n})`,
    guidance: 'Paalala at mga dadalhin',
    cancelHeading: 'Pagkansela',
    cancelRoute:
      'Sa terminal, piliin ang “Reservation sa City Hall (市役所)”, mag-log in gamit ang user key (利用者キー) at one-time password (ワンタイムパスワード), saka pindutin ang “Kanselahin” sa “Aking mga reservation”.',
    cancelUntil: (when) => `Puwedeng magkansela hanggang ${when}.`,
    cancelClosed: 'Hindi puwedeng kanselahin sa terminal ang reservation na ito. Magtanong sa counter ng City Hall.',
    cancelKey: 'Ipinadala ang inyong user key sa email ng reservation. Kung walang email, magtanong sa counter ng City Hall.',
    noSecrets: 'Walang user key (利用者キー) o password na naka-print sa resibong ito.',
  },
  library: {
    heading: 'Mga hiniram at ni-reserve',
    patron: (name) => `Pangalan: ${name}`,
    loansHeading: 'Mga hiniram',
    noLoans: 'Wala kayong hiniram na libro.',
    due: (date) => `Due date: ${date}`,
    holdsHeading: 'Mga ni-reserve',
    noHolds: 'Wala kayong ni-reserve na libro.',
    pickup: (branch) => `Pickup library: ${branch}`,
    ready: (until) => (until ? `Handa na (pakikuha hanggang ${until})` : 'Handa na'),
    waiting: (position) => (position === null ? 'Naghihintay' : `Naghihintay (ika-${position} sa pila)`),
  },
  patron: {
    heading: 'Registration slip ng library card (図書館カード)',
    cardNumber: 'Numero ng library card',
    name: 'Pangalan',
    kana: 'Pangalan sa katakana (フリガナ)',
    branch: 'Pickup library',
    registeredOn: 'Petsa ng rehistro',
    passwordHeading: 'Sa unang pag-log in',
    password: 'Ang password ay ang 4 na numero ng buwan at araw ng inyong kaarawan (halimbawa, 0808 kung ipinanganak noong Agosto 8).',
    passwordChange: 'Pagka-log in, gumawa agad ng bagong password: hindi bababa sa 8 character, at walang petsa ng kapanganakan o numero ng card.',
    keep: 'Ingatan ang slip na ito. Kung mawala ang card, sabihan agad ang counter ng library.',
  },
} satisfies ResidentSlipText;
