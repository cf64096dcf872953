// The city-hall mails in Filipino, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { formatDateTime } from '../../../src-shared/localized-date';
import type { CitizenMailText, MailedReservation } from '../mails';

function reservationLines(items: MailedReservation[]): string {
  return items
    .map((item) => {
      const dose = item.dose === null ? '' : ` (ika-${item.dose})`;
      return `- ${inLocale(item.title, 'fil')}${dose}\n  Lugar: ${inLocale(item.venue, 'fil')}\n  Petsa at oras: ${formatDateTime(item.startsAt, 'fil')} (oras sa Japan)`;
    })
    .join('\n');
}

const HOW_TO_LOG_IN = [
  '■ Paano mag-log in',
  'Sa terminal sa City Hall at iba pang lugar, piliin ang “Reservation sa City Hall (市役所)”, saka pindutin ang “Mag-log in”.',
  'Kung unang beses, pindutin ang “Kumuha ng one-time password” sa login screen, at ilagay ang inyong user key (利用者キー)',
  'at ang email address na ito para makatanggap ng one-time password (ワンタイムパスワード).',
].join('\n');

const NOT_YOU = 'Kung hindi ninyo inaasahan ang email na ito, pakibura na lang ito.';

export default {
  reservation: (p, { systemName }) => ({
    subject: 'Natanggap na ang inyong reservation',
    body: [
      `Mahal na ${p.name},`,
      '',
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      'Natanggap namin ang inyong reservation na may sumusunod na detalye.',
      '',
      '■ Detalye ng reservation',
      reservationLines(p.items),
      // The event's own guidance, as staff wrote it for this language (or in Japanese).
      ...(p.note ? ['', 'Tungkol sa reservation na ito', inLocale(p.note, 'fil')] : []),
      '',
      ...(p.userKey
        ? [
            '■ User key (利用者キー)',
            `User key: ${p.userKey}`,
            'Gamitin ang user key na ito sa pag-log in para tingnan o kanselahin ang reservation, o para baguhin ang inyong impormasyon.',
            'Pakitago nang mabuti ang email na ito.',
            '',
          ]
        : []),
      HOW_TO_LOG_IN,
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  otp: (p, { systemName }) => ({
    subject: 'Ang inyong one-time password',
    body: [
      `Mahal na ${p.name},`,
      '',
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      'Narito ang inyong one-time password (ワンタイムパスワード) para mag-log in.',
      '',
      '■ One-time password',
      `One-time password: ${p.otp}`,
      `Valid hanggang: ${formatDateTime(p.expiresAt, 'fil')} (oras sa Japan; ${p.validMinutes} minuto mula nang makuha)`,
      '',
      `Magagamit lang ang password na ito sa isang pag-log in. Kapag lumipas na ang ${p.validMinutes} minuto,`,
      'o kapag magla-log in kayo ulit, kumuha ng bagong one-time password.',
      'Kapag kumuha kayo ng bago, hindi na magagamit ang mga naunang one-time password.',
      '',
      '■ Saan mag-log in',
      'Sa terminal sa City Hall at iba pang lugar, pumunta sa “Reservation sa City Hall (市役所)” → “Mag-log in”,',
      'at ilagay ang inyong user key (利用者キー) at ang one-time password na ito.',
      'Ipinadala sa inyo sa email ang user key noong una kayong nag-reserve, o noong humiling kayong ipadala ito ulit.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  userKey: (p, { systemName }) => ({
    subject: 'Ang inyong user key',
    body: [
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      'Ayon sa inyong kahilingang ipadala ulit ang user key (利用者キー), narito ang mga user key na nakarehistro sa email address na ito.',
      '',
      '■ User key',
      ...p.holders.map((h) => `- ${h.userKey} (${h.name})`),
      '',
      'Para mag-log in, kailangan din ninyo ng one-time password (ワンタイムパスワード) bukod sa user key.',
      'Kunin ito sa “Kumuha ng one-time password” sa login screen.',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  profileChanged: (p, { systemName }) => ({
    subject: 'Nabago na ang inyong impormasyon',
    body: [
      `Mahal na ${p.name},`,
      '',
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      'Natanggap namin ang pagbabago ng inyong impormasyon bilang user (pangalan, phone number, email address, address).',
      'Mula ngayon, sa email address na ito namin ipapadala ang mga abiso.',
      '',
      'Kung hindi kayo ang gumawa ng pagbabagong ito, makipag-ugnayan sa counter ng City Hall (市役所).',
    ].join('\n'),
  }),
  addressReplaced: (p, { systemName }) => ({
    subject: 'Napalitan ang inyong nakarehistrong email address',
    body: [
      `Mahal na ${p.name},`,
      '',
      `Sa inyong impormasyon bilang user ng ${systemName}, pinalitan ang nakarehistrong email address mula sa address na ito papunta sa ibang address.`,
      'Mula ngayon, hindi na darating sa address na ito ang aming mga abiso.',
      '',
      'Kung hindi kayo ang gumawa ng pagbabagong ito, makipag-ugnayan sa counter ng City Hall (市役所).',
    ].join('\n'),
  }),
  cancellation: (p, { systemName }) => ({
    subject: 'Nakansela na ang inyong reservation',
    body: [
      `Mahal na ${p.name},`,
      '',
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      'Natanggap namin ang pagkansela ng sumusunod na reservation.',
      '',
      '■ Kinanselang reservation',
      reservationLines(p.items),
      '',
      NOT_YOU,
    ].join('\n'),
  }),
  slotClosed: (p, { systemName }) => ({
    subject: 'Abiso: kinansela ng lungsod ang inyong reservation',
    body: [
      `Mahal na ${p.name},`,
      '',
      `Salamat sa paggamit ninyo ng ${systemName}.`,
      'Taos-puso kaming humihingi ng paumanhin. Dahil sa pangangailangan ng lungsod, itinigil ang pagtanggap sa sumusunod na petsa at oras.',
      'Dahil dito, kinansela namin ang inyong reservation sa ibaba.',
      '',
      '■ Kinanselang reservation',
      reservationLines(p.items),
      '',
      'Paki-reserve ng ibang petsa at oras sa terminal, o magtanong sa counter ng City Hall (市役所).',
      '',
      NOT_YOU,
    ].join('\n'),
  }),
} satisfies CitizenMailText;
