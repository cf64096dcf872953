// The library mails in Nepali, translated from ja.ts.
import { inLocale } from '../../../src-shared/localized-text';
import { localDateText } from '../local-date-text';
import type { LibraryMailText, MailedItem } from '../mails';

const FOOTER = [
  '※ यो इमेल जवाफ लिन नसकिने (पठाउने मात्र) ठेगानाबाट पठाइएको हो। यसमा जवाफ दिन सकिँदैन।',
  '※ यो इमेल तपाईंसँग सम्बन्धित छैन भने, कृपया पुस्तकालयमा सम्पर्क गर्नुहोस्।',
].join('\n');

function itemLine(item: MailedItem): string {
  return item.author ? `- ${item.title} / ${item.author}` : `- ${item.title}`;
}

const KIND = { pc: 'कम्प्युटर', mobile: 'मोबाइल' } as const;

function destinations(to: { pc: boolean; mobile: boolean }): string {
  const list = [to.pc ? KIND.pc : '', to.mobile ? KIND.mobile : ''].filter(Boolean);
  return list.length ? list.join(', ') : 'छैन';
}

const CONTACT = { none: 'चाहिँदैन', mail: 'इमेल', phone: 'फोन' } as const;
const PHONE = { mobile: 'मोबाइल फोन', home: 'घर', work: 'काम गर्ने ठाउँ' } as const;

export default {
  settingsChanged: (p) => {
    const s = p.settings;
    return {
      subject: 'विवरण परिवर्तनको आवेदन स्वीकार भयो',
      body: [
        `आदरणीय ${p.name} ज्यू,`,
        '',
        'पुस्तकालयको प्रयोगकर्ता विवरण तलअनुसार परिवर्तन गर्ने आवेदन स्वीकार गरियो।',
        '',
        `पासवर्ड: ${p.passwordChanged ? 'बदलियो' : 'बदलिएन'}`,
        `इमेल 1: ${s.email1 ?? '(छैन)'} [${KIND[s.email1Kind]}]`,
        `इमेल 2: ${s.email2 ?? '(छैन)'} [${KIND[s.email2Kind]}]`,
        `रिजर्भ दर्ता इमेल: ${s.registrationMail ? 'पठाउने' : 'रोक्ने'} (पठाउने ठाउँ: ${destinations(s.registrationTo)})`,
        `रिजर्भसम्बन्धी इमेल: हरेक रिजर्भमा छुट्टै छान्ने (पठाउने ठाउँ: ${destinations(s.holdTo)})`,
        `SDI: SDI सेटिङमा छुट्टै छान्ने (पठाउने ठाउँ: ${destinations(s.sdiTo)})`,
        `फिर्ता मितिको सूचना: ${s.dueNotice ? `पठाउने, फिर्ता मितिभन्दा ${s.dueNoticeDays} दिनअघि` : 'रोक्ने'} (पठाउने ठाउँ: ${destinations(s.dueNoticeTo)})`,
        `रिजर्भ लिने पुस्तकालय: ${inLocale(p.pickupBranch, 'ne')}`,
        `रिजर्भको सूचना कसरी दिने: ${CONTACT[s.holdContact]}`,
        `सम्पर्क फोन: ${PHONE[s.phoneContact]}`,
        `लिएका किताबको रेकर्ड: ${s.keepHistory ? 'राख्ने' : 'नराख्ने'}`,
        '',
        FOOTER,
      ].join('\n'),
    };
  },
  dueReminder: (p) => ({
    subject: `फिर्ता मितिको सूचना (${localDateText(p.dueDate, 'ne')})`,
    body: [
      `आदरणीय ${p.name} ज्यू,`,
      '',
      'तपाईंले लिनुभएको तलको किताब फिर्ता गर्ने मिति नजिकिँदैछ।',
      '',
      itemLine(p.item),
      `  फिर्ता गर्ने अन्तिम मिति: ${localDateText(p.dueDate, 'ne')}`,
      `  लिएको पुस्तकालय: ${inLocale(p.branch, 'ne')}`,
      '',
      'जुनसुकै पुस्तकालयको काउन्टर वा किताब फिर्ता गर्ने बाकस (返却ポスト) मा फिर्ता गर्न सकिन्छ।',
      'अरू कसैले रिजर्भ गरेको छैन भने, “मेरो पुस्तकालय” बाट एक पटक म्याद थप्न सकिन्छ।',
      'फिर्ता गरिसक्नुभएको छ भने, कृपया यो इमेललाई वास्ता नगर्नुहोस्।',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdsPlaced: (p) => ({
    subject: 'रिजर्भ दर्ता पूरा भयो',
    body: [
      `आदरणीय ${p.name} ज्यू,`,
      '',
      'तलका किताबको रिजर्भ दर्ता गरियो।',
      '',
      ...p.items.map((i) => itemLine(i)),
      '',
      `रिजर्भ लिने पुस्तकालय: ${inLocale(p.pickupBranch, 'ne')}`,
      'किताब तयार भएपछि “रिजर्भको सूचना कसरी दिने” मा छान्नुभएको तरिकाबाट खबर गरिनेछ।',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdReady: (p) => ({
    subject: 'रिजर्भ गरेको किताब तयार छ',
    body: [
      `आदरणीय ${p.name} ज्यू,`,
      '',
      'तपाईंले रिजर्भ गर्नुभएको किताब तयार छ। पुस्तकालय कार्ड (図書館カード) लिएर लिने पुस्तकालयमा आई लैजानुहोस्।',
      '',
      itemLine(p.item),
      `  लिने पुस्तकालय: ${inLocale(p.pickupBranch, 'ne')}`,
      `  राखिने अन्तिम मिति: ${localDateText(p.pickupUntil, 'ne')}`,
      '',
      'यो मिति नाघेपछि रिजर्भ रद्द हुन्छ, र किताब पालो पर्खिरहेको अर्को व्यक्तिलाई दिइन्छ।',
      '',
      FOOTER,
    ].join('\n'),
  }),
  holdCancelled: (p) => ({
    subject: 'रिजर्भ रद्द गरियो',
    body: [
      `आदरणीय ${p.name} ज्यू,`,
      '',
      p.reason === 'patron'
        ? 'तपाईंको अनुरोधअनुसार तलको किताबको रिजर्भ रद्द गरियो।'
        : p.reason === 'expired'
          ? `राखिने अन्तिम मिति (${p.pickupUntil ? localDateText(p.pickupUntil, 'ne') : ''}) सम्म किताब नलिनुभएकाले तलको किताबको रिजर्भ रद्द गरियो।`
          : 'पुस्तकालयको कारणले तलको किताबको रिजर्भ रद्द गर्नुपर्‍यो।',
      '',
      itemLine(p.item),
      '',
      ...(p.reason === 'library' ? ['असुविधाका लागि माफ गर्नुहोस्। थप जानकारीका लागि पुस्तकालयमा सोध्नुहोस्।', ''] : []),
      ...(p.reason === 'expired' ? ['किताब पालो पर्खिरहेको अर्को व्यक्तिलाई दिइयो। अझै चाहिन्छ भने फेरि रिजर्भ गर्नुहोस्।', ''] : []),
      FOOTER,
    ].join('\n'),
  }),
  sdiDigest: (p) => ({
    subject: 'नयाँ किताबको सूचना (SDI)',
    body: [
      `आदरणीय ${p.name} ज्यू,`,
      '',
      'SDI मा दर्ता गरेका किवर्ड वा लेखकसँग मिल्ने नयाँ किताब आएका छन्।',
      '',
      ...p.matches.flatMap((m) => [
        `■ “${m.term}”`,
        ...m.items.map((i) => `${itemLine(i)}${i.publisher ? ` (${i.publisher}${i.year ? `, ${i.year}` : ''})` : ''}`),
        '',
      ]),
      'रिजर्भ गर्न “मेरो पुस्तकालय” को “किताब खोज्नुहोस्” मा किताब खोजेर रिजर्भ कार्टमा राख्नुहोस्।',
      '',
      FOOTER,
    ].join('\n'),
  }),
} satisfies LibraryMailText;
