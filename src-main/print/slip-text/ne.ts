// The slips in Nepali, translated from ja.ts in the words of the Nepali screens and mails (युजर की
// (利用者キー), OTP (ワンタイムパスワード), पुस्तकालय कार्ड (図書館カード)). Times say they are Japan
// time, as the Nepali mails do; numbers stay in Latin digits (src-shared/locales.ts).
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { localeInfo } from '../../../src-shared/locales';
import type { ResidentSlipText } from '../slip-text';

export default {
  htmlLang: localeInfo.ne.htmlLang,
  dateTime: (epochMs) => `${formatDateTime(epochMs, 'ne')} (जापानको समय)`,
  date: (epochMs) => formatDate(epochMs, 'ne'),
  issuedAt: 'जारी मिति:',
  reservation: {
    heading: 'बुकिङको रसिद',
    number: 'बुकिङ नम्बर',
    event: 'कार्यक्रम',
    venue: 'स्थान',
    when: 'मिति र समय',
    dose: (n) => ` (डोज ${n})`,
    guidance: 'जानकारी र ल्याउनुपर्ने सामान',
    cancelHeading: 'बुकिङ रद्द',
    cancelRoute:
      'सेवा मेसिनमा “सिटी अफिस (市役所) मा बुकिङ” छानेर युजर की (利用者キー) र OTP (ワンタイムパスワード) ले लगइन गर्नुहोस्, अनि “बुकिङ सूची” को “रद्द गर्नुहोस्” थिच्नुहोस्।',
    cancelUntil: (when) => `${when} सम्म रद्द गर्न सकिन्छ।`,
    cancelClosed: 'यो बुकिङ मेसिनबाट रद्द गर्न सकिँदैन। सिटी अफिसको काउन्टरमा भन्नुहोस्।',
    cancelKey: 'युजर की बुकिङको इमेलमा पठाइएको छ। इमेल नभए सिटी अफिसको काउन्टरमा सोध्नुहोस्।',
    noSecrets: 'यो रसिदमा युजर की (利用者キー) वा पासवर्ड छापिएको छैन।',
  },
  library: {
    heading: 'लिएका र रिजर्भ गरेका किताब',
    patron: (name) => `नाम: ${name}`,
    loansHeading: 'लिएका किताब',
    noLoans: 'लिएको कुनै किताब छैन।',
    due: (date) => `फिर्ता गर्ने अन्तिम मिति ${date}`,
    holdsHeading: 'रिजर्भ गरेका किताब',
    noHolds: 'रिजर्भ गरेको कुनै किताब छैन।',
    pickup: (branch) => `लिने पुस्तकालय: ${branch}`,
    ready: (until) => (until ? `तयार छ (${until} सम्म लैजानुहोस्)` : 'तयार छ'),
    waiting: (position) => (position === null ? 'पालो पर्खँदै' : `पालो पर्खँदै (नम्बर ${position})`),
  },
  patron: {
    heading: 'पुस्तकालय कार्ड (図書館カード) दर्ता पत्र',
    cardNumber: 'पुस्तकालय कार्ड नम्बर',
    name: 'नाम',
    kana: 'काताकानामा नाम (フリガナ)',
    branch: 'रिजर्भ लिने पुस्तकालय',
    registeredOn: 'दर्ता मिति',
    passwordHeading: 'पहिलो पटक लगइन गर्दा',
    password: 'पासवर्ड तपाईं जन्मेको महिना र गतेका 4 अङ्क हुन् (उदाहरण: अगस्ट 8 मा जन्मेको भए 0808)।',
    passwordChange: 'लगइन गर्नेबित्तिकै नयाँ पासवर्ड बनाउनुहोस्: कम्तीमा 8 अक्षर, जन्ममिति वा कार्ड नम्बर नराखी।',
    keep: 'यो पत्र सुरक्षित राख्नुहोस्। कार्ड हराएमा तुरुन्तै पुस्तकालयको काउन्टरमा भन्नुहोस्।',
  },
} satisfies ResidentSlipText;
