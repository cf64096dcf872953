// The library mails in Filipino, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※ Ipinadala ang email na ito mula sa address na pampadala lang. Hindi ito masasagot.',
  '※ Kung hindi ninyo inaasahan ang email na ito, pakikontak ang library.',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `- ${item.title} / ${item.author}` : `- ${item.title}`;
}

const KIND = { pc: 'Computer', mobile: 'Mobile' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'wala';
}

const CONTACT = { none: 'Hindi kailangan', mail: 'Email', phone: 'Telepono' } as const;
const PHONE = { mobile: 'Mobile phone', home: 'Bahay', work: 'Trabaho' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'Natanggap na ang inyong kahilingang baguhin ang impormasyon',
      body: [
        `Mahal na ${p.name},`,
        '',
        'Natanggap namin ang sumusunod na kahilingang baguhin ang inyong impormasyon bilang user ng library.',
        '',
        `Password: ${p.passwordChanged ? 'pinalitan' : 'hindi pinalitan'}`,
        `Email 1: ${s.email1 ?? '(wala)'} [${KIND[s.email1Kind]}]`,
        `Email 2: ${s.email2 ?? '(wala)'} [${KIND[s.email2Kind]}]`,
        `Email ng natanggap na reserba: ${s.registrationMail ? 'ipadala' : 'itigil'} (padadalhan: ${destinations(s.registrationTo)})`,
        `Email tungkol sa reserba: pinipili sa bawat reserba (padadalhan: ${destinations(s.holdTo)})`,
        `SDI: pinipili sa SDI settings (padadalhan: ${destinations(s.sdiTo)})`,
        `Paalala ng due date: ${s.dueNotice ? `ipadala, ${s.dueNoticeDays} araw bago ang due date` : 'itigil'} (padadalhan: ${destinations(s.dueNoticeTo)})`,
        `Pickup library: ${inLocale(p.pickupBranch, 'fil')}`,
        `Paraan ng pag-abiso tungkol sa reserba: ${CONTACT[s.holdContact]}`,
        `Numerong tatawagan: ${PHONE[s.phoneContact]}`,
        `Record ng paghiram: ${s.keepHistory ? 'itala' : 'huwag itala'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `Paalala ng due date (${localDateText(p.dueDate, 'fil')})`,
    body: [
      `Mahal na ${p.name},`,
      '',
      'Malapit na ang due date ng sumusunod na librong hiniram ninyo.',
      '',
      itemLine(p.item),
      `  Due date: ${localDateText(p.dueDate, 'fil')}`,
      `  Hiniram sa: ${inLocale(p.branch, 'fil')}`,
      '',
      'Maisasauli ninyo ito sa counter o sa book drop ng alinmang library.',
      'Kung walang ibang nag-reserve nito, mare-renew ninyo ito nang isang beses sa My Library.',
      'Kung naisauli na ninyo ito, pakibalewala ang email na ito.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: 'Naiparehistro na ang inyong reserba',
    body: [
      `Mahal na ${p.name},`,
      '',
      'Naiparehistro namin ang reserba para sa mga sumusunod na libro.',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `Pickup library: ${inLocale(p.pickupBranch, 'fil')}`,
      'Kapag handa na ang mga ito, aabisuhan namin kayo sa paraang pinili ninyo.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: 'Handa na ang inyong ni-reserve na libro',
    body: [
      `Mahal na ${p.name},`,
      '',
      'Handa na ang librong ni-reserve ninyo. Pakidala ang inyong library card (図書館カード) at kunin ito sa pickup library.',
      '',
      itemLine(p.item),
      `  Pickup library: ${inLocale(p.pickupBranch, 'fil')}`,
      `  Nakatabi hanggang: ${localDateText(p.pickupUntil, 'fil')}`,
      '',
      'Kapag lumampas sa petsang ito, makakansela ang reserba at ibibigay ang libro sa susunod na naghihintay.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: 'Nakansela na ang inyong reserba',
    body: [
      `Mahal na ${p.name},`,
      '',
      p.reason === 'patron'
        ? 'Ayon sa inyong kahilingan, kinansela namin ang reserba sa sumusunod na libro.'
        : p.reason === 'expired'
          ? `Hindi ninyo nakuha ang libro sa loob ng panahong nakatabi ito${p.pickupUntil ? ` (hanggang ${localDateText(p.pickupUntil, 'fil')})` : ''}, kaya kinansela namin ang reserba sa sumusunod na libro.`
          : 'Paumanhin, kinailangang kanselahin ng library ang reserba sa sumusunod na libro.',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['Humihingi kami ng paumanhin sa abala. Para sa detalye, magtanong sa library.', ''] : []),
      ...(p.reason === 'expired' ? ['Ibinigay na ang libro sa susunod na naghihintay. Kung gusto pa rin ninyo ito, paki-reserve ulit.', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'Mga bagong dating na libro (SDI)',
    body: [
      `Mahal na ${p.name},`,
      '',
      'May mga bagong dating na libro na tugma sa mga keyword at may-akdang inirehistro ninyo sa SDI.',
      '',
      ...p.matches.flatMap((m) => [
        `■ “${m.term}”`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'Para mag-reserve, hanapin ang libro sa “Maghanap ng libro” sa My Library at ilagay ito sa cart ng reserba.',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
