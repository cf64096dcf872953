// Nepali for the postal code → address lookup; every key of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: 'ठेगाना खोजिँदैछ…',
      filled: 'ठेगाना भरियो। त्यसपछि ब्लक नम्बर (番地) र भवनको नाम लेख्नुहोस्।',
      choose: 'यो हुलाक कोडमा एकभन्दा बढी क्षेत्र छन्। आफ्नो क्षेत्र छान्नुहोस्।',
      chooseLabel: 'क्षेत्र छान्नुहोस्',
      notFound: '〒{code} भेटिएन। नम्बर जाँच्नुहोस्। ठेगाना आफैं पनि लेख्न सक्नुहुन्छ।',
      failed: 'ठेगाना स्वतः भर्न सकिएन। कृपया ठेगाना लेख्नुहोस्।',
    },
  },
} satisfies typeof ja;
