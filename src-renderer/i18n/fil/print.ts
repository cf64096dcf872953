// Filipino for printing receipts; every key of ja/print.ts.
import type ja from '../ja/print';

export default {
  print: {
    button: 'I-print ang resibo',
    patronSlip: 'I-print ang registration slip',
    attendees: 'I-print ang listahan ng dadalo (A4)',
    printed: 'Na-print na. Pakikuha sa printer.',
    saved: 'Na-save ang resibo bilang file ({file}).',
    failed: {
      offline: 'Hindi sumasagot ang printer kaya walang na-print. Tapos na ang inyong proseso. Pakisabihan ang staff.',
      out_of_paper: 'Naubusan ng papel ang printer kaya walang na-print. Tapos na ang inyong proseso. Pakisabihan ang staff.',
      cancelled: 'Kinansela ang pag-print. Tapos na ang inyong proseso.',
      invalid_settings: 'Mali ang setting ng printer kaya walang na-print. Tapos na ang inyong proseso. Pakisabihan ang staff.',
      failed: 'Walang na-print. Tapos na ang inyong proseso. Pakisabihan ang staff.',
      not_configured: 'Hindi makakapag-print ang terminal na ito. Tapos na ang inyong proseso.',
    },
  },
} satisfies typeof ja;
