// Printing receipts in English; the same keys as ja/print.ts.
import type ja from '../ja/print';

const print = {
  print: {
    button: 'Print a receipt',
    patronSlip: 'Print the registration slip',
    attendees: 'Print the attendee list (A4)',
    printed: 'Printed. Please take it from the printer.',
    saved: 'The receipt was saved as a file ({file}).',
    failed: {
      offline: 'The printer does not respond, so nothing was printed. Your procedure is complete. Please tell a member of staff.',
      out_of_paper: 'The printer is out of paper, so nothing was printed. Your procedure is complete. Please tell a member of staff.',
      cancelled: 'Printing was cancelled. Your procedure is complete.',
      invalid_settings: 'The printer is not set up correctly, so nothing was printed. Your procedure is complete. Please tell a member of staff.',
      failed: 'Nothing could be printed. Your procedure is complete. Please tell a member of staff.',
      not_configured: 'This terminal cannot print. Your procedure is complete.',
    },
  },
} satisfies typeof ja;

export default print;
