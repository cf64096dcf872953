// Lending at the counter (issue 14): 貸出 (the patron card, then items), 返却 and 延長, on counter
// terminals behind the `circulation` permission, through the library system port (the local store
// or the library's ILS). A refused scan is an answer, not an error: it says which field and why,
// so the screen can put the sentence under that field; only a fault (the ILS down, the store down)
// arrives as an error code.
import { z } from 'zod';
import { branchInfo } from './library';
import type { FieldErrorCode } from '../errors';
import { cardNumber, id, normalizeText, RAW_TEXT_LIMIT } from '../fields';
import { channel } from './channel';
import { renewBlocks } from './library';

/** The longest item code the counter accepts (barcodes, SIP2 item ids). */
export const ITEM_CODE_MAX = 64;

/**
 * An item's code as scanned or typed: a barcode or the library system's item id. Full-width
 * characters are folded and spaces dropped, since a wedge scanner or a Japanese IME may add them.
 */
export const itemCode = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => normalizeText(v).replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .max(ITEM_CODE_MAX, { error: 'too_long' })
      .regex(/^[0-9A-Za-z._-]+$/, { error: 'format' satisfies FieldErrorCode }),
  );

/** Why a card cannot borrow: unknown, 利用中止, 事故登録, or blocked by the ILS (status flags). */
export const cardRefusals = ['card_unknown', 'card_stopped', 'card_accident', 'card_blocked'] as const;
export type CardRefusal = (typeof cardRefusals)[number];

/** Why a loan is not made: the patron's limit or overdue block, or the item itself. */
export const checkoutRefusals = ['over_limit', 'overdue_block', 'item_unknown', 'item_not_lendable', 'item_on_loan', 'item_reserved', 'refused'] as const;
export type CheckoutRefusal = (typeof checkoutRefusals)[number];

export const checkinRefusals = ['item_unknown', 'not_on_loan', 'refused'] as const;
export type CheckinRefusal = (typeof checkinRefusals)[number];

/** Why 延長 is refused: the loan's own block, or the system said no. */
export const renewRefusals = [...renewBlocks, 'refused'] as const;
export type RenewRefusal = (typeof renewRefusals)[number];

export const counterLoan = z.object({
  /** The loan as the library system names it (for 延長). */
  id: z.number(),
  title: z.string(),
  author: z.string(),
  /** Library-local 'YYYY-MM-DD'. */
  dueDate: z.string(),
  overdue: z.boolean(),
  /** Why 延長 is not possible now, or null. */
  renewBlock: z.enum(renewBlocks).nullable(),
});
export type CounterLoan = z.infer<typeof counterLoan>;

/** The patron as the counter sees them before lending. */
export const counterPatron = z.object({
  cardNumber: z.string(),
  name: z.string(),
  loanCount: z.number(),
  maxLoans: z.number(),
  overdueCount: z.number(),
  /** Why a new loan would be refused now (returning and 延長 still work), or null. */
  block: z.enum(['over_limit', 'overdue_block']).nullable(),
  loans: z.array(counterLoan),
});
export type CounterPatron = z.infer<typeof counterPatron>;

const cardRefused = z.object({
  outcome: z.literal('refused'),
  field: z.literal('cardNumber'),
  reason: z.enum(cardRefusals),
});

export const patronLookupResult = z.discriminatedUnion('outcome', [z.object({ outcome: z.literal('found'), patron: counterPatron }), cardRefused]);
export type PatronLookupResult = z.infer<typeof patronLookupResult>;

/** One loan made: what the 貸出 list and the receipt slip show. */
export const lentItem = z.object({
  itemCode: z.string(),
  title: z.string(),
  author: z.string(),
  dueDate: z.string().nullable(),
  /** The patron collected their own hold with this loan. */
  holdCollected: z.boolean(),
  lentAt: z.number(),
});
export type LentItem = z.infer<typeof lentItem>;

// A plain union: two refusals share the outcome and differ by field.
export const checkoutResult = z.union([
  z.object({
    outcome: z.literal('lent'),
    loan: lentItem,
    /** The patron's counts after the loan. */
    loanCount: z.number(),
    maxLoans: z.number(),
    block: z.enum(['over_limit', 'overdue_block']).nullable(),
  }),
  cardRefused,
  z.object({
    outcome: z.literal('refused'),
    field: z.literal('itemCode'),
    reason: z.enum(checkoutRefusals),
    /** The title, when the item is known. */
    title: z.string(),
    /** What the library's system asked to be shown, if it said anything. */
    message: z.string().nullable(),
  }),
]);
export type CheckoutResultOut = z.infer<typeof checkoutResult>;

export const checkinResult = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('returned'),
    itemCode: z.string(),
    title: z.string(),
    /** The copy goes to the 取置 shelf for a waiting hold. */
    hold: z
      .object({
        pickupBranch: branchInfo.nullable(),
        pickupUntil: z.string().nullable(),
        /** mail: the 準備完了 mail is queued; phone: the counter telephones; none; null: the ILS tells the patron. */
        contact: z.enum(['mail', 'phone', 'none']).nullable(),
      })
      .nullable(),
    /** The system wants staff to look at the item (another branch's, …). */
    alert: z.boolean(),
    message: z.string().nullable(),
    returnedAt: z.number(),
  }),
  z.object({
    outcome: z.literal('refused'),
    field: z.literal('itemCode'),
    reason: z.enum(checkinRefusals),
    title: z.string(),
    message: z.string().nullable(),
  }),
]);
export type CheckinResultOut = z.infer<typeof checkinResult>;

export const renewResult = z.union([
  z.object({ outcome: z.literal('renewed'), loan: counterLoan }),
  cardRefused,
  z.object({ outcome: z.literal('refused'), field: z.literal('loan'), reason: z.enum(renewRefusals), loanId: z.number() }),
]);
export type RenewResultOut = z.infer<typeof renewResult>;

const level = 'staff:circulation' as const;

export const lendingChannels = {
  /** 貸出・延長's first step: the card read, the patron's standing and current loans. */
  'counter.lending.patron': channel({ input: z.object({ cardNumber }).strict(), output: patronLookupResult, auth: level }),
  /** One scanned item lent to the card's patron (the card is checked again: it may have changed). */
  'counter.lending.checkout': channel({ input: z.object({ cardNumber, itemCode }).strict(), output: checkoutResult, auth: level }),
  'counter.lending.checkin': channel({ input: z.object({ itemCode }).strict(), output: checkinResult, auth: level }),
  'counter.lending.renew': channel({ input: z.object({ cardNumber, loanId: id }).strict(), output: renewResult, auth: level }),
};
