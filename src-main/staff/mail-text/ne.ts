// The notice to an account's owner after staff changed it, in Nepali.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: 'लगइन रोक (利用中止) हटाइयो। अब फेरि लगइन गर्न सक्नुहुन्छ।',
  accident_set: 'यो खातामा समस्या दर्ता (事故登録) गरिएकाले, अहिले यो खाताबाट लगइन गर्न सकिँदैन।',
  accident_cleared: 'समस्या दर्ता (事故登録) हटाइयो। अब फेरि लगइन गर्न सक्नुहुन्छ।',
  blockade_released: 'पुष्टि गर्ने PIN धेरै पटक गलत भएकाले लगाइएको रोक (累積封鎖) हटाइयो।',
  pins_reset: 'PIN (暗証番号) रिसेट गरियो। अर्को पटक लगइन गर्दा नयाँ PIN तपाईं आफैंले बनाउनुपर्छ।',
  password_reset: 'पासवर्डलाई सुरुको पासवर्ड (जन्मेको महिना र गतेका 4 अङ्क) मा फर्काइयो। अर्को पटक लगइन गर्दा नयाँ पासवर्ड बनाउनुपर्छ।',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'तपाईंको खाताको स्थिति परिवर्तन भयो',
    body: [
      `${systemName} प्रयोग गर्नुभएकोमा धन्यवाद।`,
      '',
      `कर्मचारीले तपाईंको खाता (${loginId}) मा तलको परिवर्तन गरेको छ।`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'यो परिवर्तनबारे तपाईंलाई थाहा छैन भने, कृपया काउन्टरमा सोध्नुहोस्।',
      'यो इमेल पठाउने मात्र ठेगानाबाट पठाइएको हो। जवाफ पठाउनुभए पनि हामी उत्तर दिन सक्दैनौं।',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
