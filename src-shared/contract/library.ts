// Library patrons (seed 002): card-number login, the forced change of the initial password,
// Myライブラリ (loans, holds, cart, history, e-books, shelves), catalogue search, SDI and
// 利用者情報変更. Only the login is public; everything else needs a patron session.
import { z } from 'zod';
import { localizedText } from '../localized-text';
import { cardNumber, email, id, optional, text } from '../fields';
import { channel, noInput } from './channel';
import { sessionInfo } from './session';

/** A password as typed: never trimmed or folded here (the rules fold with NFKC themselves). */
const password = z.string({ error: 'required' }).max(256, { error: 'too_long' });
const optionalPassword = password.nullish().transform((v) => v ?? '');

export const emailKinds = ['pc', 'mobile'] as const;
export type EmailKind = (typeof emailKinds)[number];
export const holdContacts = ['none', 'mail', 'phone'] as const;
export type HoldContact = (typeof holdContacts)[number];
export const phoneContacts = ['mobile', 'home', 'work'] as const;
export type PhoneContact = (typeof phoneContacts)[number];

/** 配信先: which of the patron's tagged addresses (自PC / 携帯) a kind of mail goes to. */
export const destinations = z.object({ pc: z.boolean(), mobile: z.boolean() }).strict();
export type Destinations = z.infer<typeof destinations>;

export const DUE_NOTICE_DAYS_MIN = 1;
export const DUE_NOTICE_DAYS_MAX = 7;
/** Myライブラリ lists at most this many history records (seed: 1000冊以上は表示されません). */
export const HISTORY_LIMIT = 1000;

/** A branch code as sent; whether the branch exists is main's question. */
const branchCode = z.string().min(1, { error: 'required' }).max(32, { error: 'invalid' });

/** Every value of the 利用者情報変更 form except the passwords. */
export const patronSettings = z
  .object({
    email1: optional(email),
    email1Kind: z.enum(emailKinds),
    email2: optional(email),
    email2Kind: z.enum(emailKinds),
    /** 登録完了メール (a hold was registered): 配信 / 停止. */
    registrationMail: z.boolean(),
    registrationTo: destinations,
    /** 予約関連メール: whether to mail is chosen per hold. */
    holdTo: destinations,
    /** SDI: whether to mail is chosen per SDI entry. */
    sdiTo: destinations,
    /** 返却期限通知: 配信 / 停止 and how many days before the due date. */
    dueNotice: z.boolean(),
    dueNoticeTo: destinations,
    dueNoticeDays: z.number().int().min(DUE_NOTICE_DAYS_MIN, { error: 'too_small' }).max(DUE_NOTICE_DAYS_MAX, { error: 'too_large' }),
    /** 予約受取館: a branch code. */
    pickupBranch: branchCode,
    holdContact: z.enum(holdContacts),
    phoneContact: z.enum(phoneContacts),
    /** 貸出履歴 残す. */
    keepHistory: z.boolean(),
  })
  .strict();
export type PatronSettings = z.infer<typeof patronSettings>;
export type PatronSettingsInput = z.input<typeof patronSettings>;

export const settingsChange = z
  .object({
    settings: patronSettings,
    /** All three blank: the password stays as it is. */
    currentPassword: optionalPassword,
    newPassword: optionalPassword,
    confirmPassword: optionalPassword,
    /** When 残す is turned off: also delete what was kept (asked on screen). */
    deleteKeptHistory: z.boolean().default(false),
    /** 申請確認メールを送信する: to which registered address, or none. */
    confirmMailTo: z.enum(['email1', 'email2']).nullable().default(null),
  })
  .strict();
export type SettingsChange = z.infer<typeof settingsChange>;
export type SettingsChangeInput = z.input<typeof settingsChange>;

/** A branch and its name in every language it has one (Japanese always; issue 17). */
export const branchInfo = localizedText.extend({ code: z.string() });
export type BranchInfo = z.infer<typeof branchInfo>;

export const settingsView = z.object({
  cardNumber: z.string(),
  displayName: z.string(),
  settings: patronSettings,
  /** When the kept history started (null: not keeping one). */
  historySince: z.number().nullable(),
  /** Which phone numbers the library has on file (the numbers themselves are not shown). */
  phones: z.object({ mobile: z.boolean(), home: z.boolean(), work: z.boolean() }),
  branches: z.array(branchInfo),
  /** Where the library's mails come from: shown beside the addresses for 迷惑メール対策 (seed 002). */
  sender: z.object({ address: z.string(), domain: z.string() }),
  /** false when the library's ILS owns the password (library.system sip2): the fields are not shown. */
  passwordChangeable: z.boolean(),
});
export type SettingsView = z.infer<typeof settingsView>;

export const catalogueItem = z.object({
  id: z.number(),
  title: z.string(),
  author: z.string(),
  publisher: z.string(),
  year: z.number().nullable(),
  kind: z.enum(['book', 'ebook']),
});
export type CatalogueItem = z.infer<typeof catalogueItem>;

export const renewBlocks = ['overdue', 'reserved', 'renewed'] as const;
export type RenewBlock = (typeof renewBlocks)[number];

export const loanView = z.object({
  id: z.number(),
  item: catalogueItem,
  branch: z.string(),
  loanedAt: z.number(),
  /** Library-local date 'YYYY-MM-DD'. */
  dueDate: z.string(),
  overdue: z.boolean(),
  renewals: z.number(),
  /** Why 延長 is not possible now, or null when it is. */
  renewBlock: z.enum(renewBlocks).nullable(),
});
export type LoanView = z.infer<typeof loanView>;

export const holdStatuses = ['waiting', 'ready'] as const;
export const holdView = z.object({
  id: z.number(),
  item: catalogueItem,
  status: z.enum(holdStatuses),
  /** 1 = next in line; null once the item is ready. */
  queuePosition: z.number().nullable(),
  pickupBranch: z.string(),
  placedAt: z.number(),
  /** Last day a ready item waits at the pickup branch. */
  pickupUntil: z.string().nullable(),
  notifyMail: z.boolean(),
});
export type HoldView = z.infer<typeof holdView>;

export const cartEntry = z.object({ item: catalogueItem, addedAt: z.number() });
export type CartEntry = z.infer<typeof cartEntry>;

export const historyEntry = z.object({ id: z.number(), item: catalogueItem, branch: z.string(), loanedAt: z.number(), returnedAt: z.number() });
export type HistoryEntry = z.infer<typeof historyEntry>;

export const historyView = z.object({
  entries: z.array(historyEntry),
  /** Records that can be shown (from before today), of which the newest HISTORY_LIMIT are listed. */
  total: z.number(),
  keeping: z.boolean(),
  since: z.number().nullable(),
});
export type HistoryView = z.infer<typeof historyView>;

export const ebookLoan = z.object({ id: z.number(), item: catalogueItem, loanedAt: z.number(), dueDate: z.string() });
export type EbookLoan = z.infer<typeof ebookLoan>;

export const shelfSummary = z.object({ id: z.number(), name: z.string(), itemCount: z.number(), createdAt: z.number() });
export type ShelfSummary = z.infer<typeof shelfSummary>;

export const shelfDetail = z.object({ shelf: shelfSummary, items: z.array(cartEntry) });
export type ShelfDetail = z.infer<typeof shelfDetail>;

export const libraryCounts = z.object({
  loans: z.number(),
  overdue: z.number(),
  holds: z.number(),
  ready: z.number(),
  cart: z.number(),
  history: z.number(),
  ebooks: z.number(),
  shelves: z.number(),
});
export type LibraryCounts = z.infer<typeof libraryCounts>;

export const librarySummary = z.object({
  /**
   * Where loans and holds live: `local`, or `sip2` (the library's ILS, which sends its own hold
   * notices, so the per-hold mail switch is not offered).
   */
  system: z.enum(['local', 'sip2']),
  cardNumber: z.string(),
  displayName: z.string(),
  counts: libraryCounts,
  shelves: z.array(shelfSummary),
});
export type LibrarySummary = z.infer<typeof librarySummary>;

export const sdiFields = ['keyword', 'author'] as const;
export const sdiEntry = z.object({ id: z.number(), field: z.enum(sdiFields), term: z.string(), enabled: z.boolean() });
export type SdiEntry = z.infer<typeof sdiEntry>;
/** How many SDI entries a patron may keep, and the longest keyword or author. */
export const SDI_ENTRY_LIMIT = 30;
export const SDI_TERM_MAX = 60;

export const SHELF_NAME_MAX = 40;
const shelfName = text(SHELF_NAME_MAX);
const itemIds = z.array(id).min(1, { error: 'required' }).max(HISTORY_LIMIT, { error: 'too_long' });

export const libraryChannels = {
  'library.login': channel({
    input: z.object({ cardNumber, password: password.min(1, { error: 'required' }) }).strict(),
    output: sessionInfo,
    auth: 'public',
  }),
  /** The forced change after logging in with the initial (birth MMDD) password. */
  'library.password.change': channel({
    input: z.object({ newPassword: password, confirmPassword: password }).strict(),
    output: z.null(),
    auth: 'patron',
    duringRequiredAction: true,
  }),
  'library.summary': channel({ input: noInput, output: librarySummary, auth: 'patron' }),
  'library.loans.list': channel({ input: noInput, output: z.array(loanView), auth: 'patron' }),
  'library.loans.renew': channel({ input: z.object({ loanId: id }).strict(), output: loanView, auth: 'patron' }),
  'library.holds.list': channel({ input: noInput, output: z.array(holdView), auth: 'patron' }),
  'library.holds.changePickup': channel({
    input: z.object({ holdId: id, pickupBranch: branchCode }).strict(),
    output: holdView,
    auth: 'patron',
  }),
  'library.holds.setMail': channel({ input: z.object({ holdId: id, notifyMail: z.boolean() }).strict(), output: holdView, auth: 'patron' }),
  'library.holds.cancel': channel({ input: z.object({ holdId: id }).strict(), output: z.null(), auth: 'patron' }),
  'library.cart.list': channel({ input: noInput, output: z.array(cartEntry), auth: 'patron' }),
  'library.cart.add': channel({ input: z.object({ itemId: id }).strict(), output: z.null(), auth: 'patron' }),
  'library.cart.remove': channel({ input: z.object({ itemIds }).strict(), output: z.null(), auth: 'patron' }),
  /** 予約する: holds for the chosen cart items, collected at one branch. */
  'library.cart.placeHolds': channel({
    input: z.object({ itemIds, pickupBranch: branchCode }).strict(),
    output: z.object({ placed: z.array(holdView) }),
    auth: 'patron',
  }),
  'library.history.list': channel({ input: noInput, output: historyView, auth: 'patron' }),
  'library.history.delete': channel({
    input: z.union([z.object({ ids: itemIds }).strict(), z.object({ all: z.literal(true) }).strict()]),
    output: z.object({ deleted: z.number() }),
    auth: 'patron',
  }),
  'library.ebooks.list': channel({ input: noInput, output: z.array(ebookLoan), auth: 'patron' }),
  'library.shelves.list': channel({ input: noInput, output: z.array(shelfSummary), auth: 'patron' }),
  'library.shelves.get': channel({ input: z.object({ shelfId: id }).strict(), output: shelfDetail, auth: 'patron' }),
  'library.shelves.create': channel({ input: z.object({ name: shelfName }).strict(), output: shelfSummary, auth: 'patron' }),
  'library.shelves.rename': channel({ input: z.object({ shelfId: id, name: shelfName }).strict(), output: shelfSummary, auth: 'patron' }),
  'library.shelves.delete': channel({ input: z.object({ shelfId: id }).strict(), output: z.null(), auth: 'patron' }),
  'library.shelves.addItem': channel({ input: z.object({ shelfId: id, itemId: id }).strict(), output: z.null(), auth: 'patron' }),
  'library.shelves.removeItem': channel({ input: z.object({ shelfId: id, itemId: id }).strict(), output: z.null(), auth: 'patron' }),
  'library.catalogue.search': channel({
    input: z.object({ query: text(100), field: z.enum(['any', 'title', 'author']).default('any') }).strict(),
    output: z.array(catalogueItem),
    auth: 'patron',
  }),
  'library.sdi.list': channel({ input: noInput, output: z.array(sdiEntry), auth: 'patron' }),
  'library.sdi.add': channel({ input: z.object({ field: z.enum(sdiFields), term: text(SDI_TERM_MAX) }).strict(), output: sdiEntry, auth: 'patron' }),
  'library.sdi.setEnabled': channel({ input: z.object({ id, enabled: z.boolean() }).strict(), output: sdiEntry, auth: 'patron' }),
  'library.sdi.remove': channel({ input: z.object({ id }).strict(), output: z.null(), auth: 'patron' }),
  'library.settings.get': channel({ input: noInput, output: settingsView, auth: 'patron' }),
  /** The 更新 of the input screen: every rule checked, nothing saved (then 利用者情報変更確認). */
  'library.settings.check': channel({ input: settingsChange, output: z.null(), auth: 'patron' }),
  /** The 更新 of the confirmation screen: checked again and saved (利用者情報変更結果). */
  'library.settings.update': channel({
    input: settingsChange,
    output: z.object({ passwordChanged: z.boolean(), confirmMailQueued: z.boolean(), historyDeleted: z.number(), remindersQueued: z.number() }),
    auth: 'patron',
  }),
};

export type LibraryChannel = keyof typeof libraryChannels;
