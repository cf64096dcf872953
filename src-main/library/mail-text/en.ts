// The library mails in English, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  'This mail was sent from an address that cannot receive replies.',
  'If you did not expect it, please contact the library.',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `- ${item.title} / ${item.author}` : `- ${item.title}`;
}

const KIND = { pc: 'computer', mobile: 'mobile' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'none';
}

const CONTACT = { none: 'not needed', mail: 'mail', phone: 'phone' } as const;
const PHONE = { mobile: 'mobile phone', home: 'home', work: 'work' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'We have received your change of library account settings',
      body: [
        `Dear ${p.name},`,
        '',
        'We have received the following change to your library account settings.',
        '',
        `Password: ${p.passwordChanged ? 'changed' : 'unchanged'}`,
        `E-mail 1: ${s.email1 ?? '(none)'} [${KIND[s.email1Kind]}]`,
        `E-mail 2: ${s.email2 ?? '(none)'} [${KIND[s.email2Kind]}]`,
        `Hold registered mail: ${s.registrationMail ? 'on' : 'off'} (to: ${destinations(s.registrationTo)})`,
        `Hold mail: chosen for each hold (to: ${destinations(s.holdTo)})`,
        `SDI: chosen for each SDI entry (to: ${destinations(s.sdiTo)})`,
        `Due date reminder: ${s.dueNotice ? `on, ${s.dueNoticeDays} day(s) before the due date` : 'off'} (to: ${destinations(s.dueNoticeTo)})`,
        `Pickup library: ${inLocale(p.pickupBranch, 'en')}`,
        `How to tell you about holds: ${CONTACT[s.holdContact]}`,
        `Phone to call: ${PHONE[s.phoneContact]}`,
        `Loan history: ${s.keepHistory ? 'keep' : 'do not keep'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `Due date reminder (${localDateText(p.dueDate, 'en')})`,
    body: [
      `Dear ${p.name},`,
      '',
      'An item you have borrowed is due back soon.',
      '',
      itemLine(p.item),
      `  Due: ${localDateText(p.dueDate, 'en')}`,
      `  Borrowed at: ${inLocale(p.branch, 'en')}`,
      '',
      'You can return it at the counter or the book drop of any of our libraries.',
      'If nobody else has reserved it, you can renew it once in My Library.',
      'If you have already returned it, please disregard this mail.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: 'Your holds have been registered',
    body: [
      `Dear ${p.name},`,
      '',
      'We have registered holds on the following items.',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `Pickup library: ${inLocale(p.pickupBranch, 'en')}`,
      'We will let you know, the way you chose, when they are ready.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: 'Your reserved item is ready',
    body: [
      `Dear ${p.name},`,
      '',
      'The item you reserved is ready. Please collect it with your library card.',
      '',
      itemLine(p.item),
      `  Pickup library: ${inLocale(p.pickupBranch, 'en')}`,
      `  Kept for you until: ${localDateText(p.pickupUntil, 'en')}`,
      '',
      'After that date the hold is cancelled and the item goes to the next person.',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: 'Your hold has been cancelled',
    body: [
      `Dear ${p.name},`,
      '',
      p.reason === 'patron'
        ? 'As you asked, we have cancelled your hold on:'
        : p.reason === 'expired'
          ? `The item was not collected by ${p.pickupUntil ? localDateText(p.pickupUntil, 'en') : 'the last pickup day'}, so we have cancelled your hold on:`
          : 'We are sorry: the library had to cancel your hold on:',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['Please ask at the library for details.', ''] : []),
      ...(p.reason === 'expired' ? ['The item has gone to the next person waiting. If you still want it, please reserve it again.', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'New arrivals matching your SDI entries',
    body: [
      `Dear ${p.name},`,
      '',
      'New items have arrived that match the keywords and authors in your SDI settings.',
      '',
      ...p.matches.flatMap((m) => [
        `"${m.term}"`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'To reserve one, search for it in My Library and put it in your cart.',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
