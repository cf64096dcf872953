// Printing slips and receipts (issue 16): whether this terminal prints at all (the screens hide
// their 「控えを印刷」 buttons when it does not), and one channel per slip. Each slip is rendered in
// main from what main itself reads, so a caller names only what to print, and only what it may
// see: the window that just reserved (or the citizen it belongs to), the patron's own loans and
// holds, and for staff the patron slip and the attendee list of their permissions.
import { z } from 'zod';
import { id } from '../fields';
import { channel, noInput } from './channel';
import { attendeeQuery } from './events';
import { localeSchema } from './session';

export const printAdapters = ['none', 'electron', 'file'] as const;

export const printStatus = z.object({
  /** A printer (or the PDF folder) is configured: show the print buttons. */
  available: z.boolean(),
  /** The roll or sheet receipts are laid out for. */
  paper: z.enum(['58mm', '80mm', 'A4']),
});
export type PrintStatus = z.infer<typeof printStatus>;

/** Why a printer refused a slip; the screen words each one (i18n print.failed.*). */
export const printFailureReasons = ['offline', 'out_of_paper', 'cancelled', 'invalid_settings', 'failed', 'not_configured'] as const;
export type PrintFailureReason = (typeof printFailureReasons)[number];

/**
 * A printer's refusal is an answer, not an error of the call: what the slip was about (the
 * reservation, the registration) is already done, and the screen only says the paper did not come.
 */
export const printOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('printed') }),
  /** The file adapter wrote a PDF into the data folder's prints/. */
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
  z.object({ outcome: z.literal('print_failed'), reason: z.enum(printFailureReasons) }),
]);
export type PrintOutcome = z.infer<typeof printOutcome>;

const language = { locale: localeSchema.default('ja') };

export const printChannels = {
  'print.status': channel({ input: noInput, output: printStatus, auth: 'public', duringRequiredAction: true }),
  /**
   * 予約の控え: the reservations just made at this window (a series' two doses together), or a
   * logged-in citizen's own. Anything else is not_found, as if it did not exist.
   */
  'print.reservation': channel({
    input: z.object({ reservationIds: z.array(id).min(1).max(2), ...language }).strict(),
    output: printOutcome,
    auth: 'public',
  }),
  /** 貸出・予約の控え of the patron's own loans and holds (Myライブラリ at the kiosk). */
  'print.library': channel({ input: z.object({ ...language }).strict(), output: printOutcome, auth: 'patron' }),
  /** 登録票 of a patron (registration at the counter); audited. */
  'counter.print.patronSlip': channel({
    input: z.object({ accountId: id, ...language }).strict(),
    output: printOutcome,
    auth: 'staff:patron_register',
  }),
  /** 参加者一覧 on A4, the same rows as the screen and the CSV; audited. */
  'counter.print.attendees': channel({ input: attendeeQuery, output: printOutcome, auth: 'staff:event_management' }),
};
export type PrintChannel = keyof typeof printChannels;
