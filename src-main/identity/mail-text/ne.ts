// The identity mails (seed 004) in Nepali, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `${providerName} बाट नयाँ दर्ता पूरा भयो`,
    body: `आदरणीय ${name} ज्यू,

${providerName} बाट पहिचान पुष्टि भई ${systemName} मा तपाईंको प्रयोगकर्ता दर्ता पूरा भयो।
तपाईंको युजर की (利用者キー) तल छ। यसलाई सुरक्षित राख्नुहोस्।

  युजर की: ${userKey}

अर्को पटकदेखि मेसिनमा “${providerName} बाट लगइन” थिचेर स्मार्टफोनको ${providerName} एपले
QR कोड स्क्यान गर्नुभयो भने लगइन हुन्छ।

${providerName} बाट दर्ता गर्दा पासवर्ड बनाइएको छैन। इमेल ठेगाना र पासवर्डबाट लगइन गर्न चाहनुहुन्छ भने,
पहिले “पासवर्ड रिसेट” मा गएर, यो इमेल ठेगानामा आउने रिसेट कोडबाट
पासवर्ड बनाउनुहोस्।

यो इमेल तपाईंसँग सम्बन्धित छैन भने, कृपया काउन्टरमा खबर गर्नुहोस्।
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `${providerName} सँग जोडियो`,
    body: `आदरणीय ${name} ज्यू,

युजर की (利用者キー) ${userKey} भएको खातालाई ${formatDateTime(at, 'ne')} (जापानको समय) मा ${providerName} सँग जोडियो।
अबदेखि “${providerName} बाट लगइन” बाट पनि लगइन गर्न सक्नुहुन्छ।

यो काम तपाईंले गर्नुभएको होइन भने, तुरुन्तै काउन्टरमा खबर गर्नुहोस्।
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'पासवर्ड रिसेट कोड',
    body: `पासवर्ड रिसेट गर्ने अनुरोध स्वीकार गरियो।
मेसिनको “पासवर्ड रिसेट” स्क्रिनमा तलको रिसेट कोड र नयाँ पासवर्ड लेख्नुहोस्।

  रिसेट कोड: ${code}

यो कोड ${validMinutes} मिनेटसम्म (${formatDateTime(expiresAt, 'ne')} सम्म, जापानको समय) मान्य हुन्छ, र एक पटक मात्र प्रयोग गर्न सकिन्छ।
नयाँ कोड माग्नुभयो भने यो कोड चल्दैन।

तपाईंले अनुरोध गर्नुभएको छैन भने, यो इमेल मेटाउनुहोस्। तपाईंको पासवर्ड बदलिँदैन।
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'पासवर्ड रिसेट भयो',
    body: `आदरणीय ${name} ज्यू,

${formatDateTime(at, 'ne')} (जापानको समय) मा, यो इमेल ठेगानाबाट लगइन गर्ने पासवर्ड रिसेट गरियो।
अबदेखि इमेल ठेगाना र नयाँ पासवर्डबाट लगइन गर्न सक्नुहुन्छ।

यो काम तपाईंले गर्नुभएको होइन भने, तुरुन्तै काउन्टरमा खबर गर्नुहोस्।
`,
  }),
} satisfies IdentityMailText;
