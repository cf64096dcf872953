// Staff channels (seed 003): the 職員 login, the administrator console (利用者情報選択, 変更・登録抹消・
// 各種設定) and the counter screens. Every change made in the console carries the acting staff
// member's 確認暗証番号; the channel's auth level is checked by the router before any handler runs.
import { z } from 'zod';
import { type FieldErrorCode } from '../errors';
import { id, normalizeText, optional, RAW_TEXT_LIMIT, typedSecret } from '../fields';
import { toHalfWidthKana } from '../kana';
import { pinPairSchema } from '../staff-pin';
import { accountKinds, channel, permissions, noInput } from './channel';
import { sessionInfo } from './session';

export const STAFF_NAME_MAX = 48;
/** Seed 003: 事故登録理由 (20文字以内). */
export const ACCIDENT_REASON_MAX = 20;
export const SEARCH_PAGE_SIZE = 50;

/** 利用者ID: S0001 for clerks, A0001 for administrators; typed in either case. */
export const staffId = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => normalizeText(v).toUpperCase())
  .pipe(z.string().min(1, { error: 'required' }).regex(/^[AS]\d{4,6}$/, { error: 'format' }));

/** 利用者名(半角カナ): full-width and hiragana input is folded to half-width katakana. */
export const staffNameKana = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v, ctx) => {
    const trimmed = normalizeText(v);
    if (trimmed === '') return '';
    const half = toHalfWidthKana(trimmed);
    if (half === null) {
      ctx.addIssue({ code: 'custom', message: 'format' satisfies FieldErrorCode });
      return z.NEVER;
    }
    return half;
  })
  .pipe(z.string().min(1, { error: 'required' }).max(STAFF_NAME_MAX, { error: 'too_long' }));

/** 利用者名(漢字): optional; blank means none. */
export const staffNameKanji = optional(z.string().max(STAFF_NAME_MAX, { error: 'too_long' }));

/** 事故登録理由: required, at most 20 characters (counted as the user sees them). */
export const accidentReason = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform(normalizeText)
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .refine((v) => [...v].length <= ACCIDENT_REASON_MAX, { error: 'too_long' }),
  );

export const staffRoles = ['clerk', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

const permissionList = z
  .array(z.enum(permissions))
  .max(permissions.length)
  .transform((list) => [...new Set(list)]);

/**
 * 本人確認: the document the clerk looked at before a patron's password is reset, recorded in the
 * audit log. A library card is not one: it is what the patron may have lost.
 */
export const identityDocuments = ['drivers_license', 'my_number_card', 'health_insurance', 'residence_card', 'passport', 'other'] as const;
export type IdentityDocument = (typeof identityDocuments)[number];
export const identityDocument = z.enum(identityDocuments, { error: 'required' });

/** The acting staff member's 確認暗証番号 (for an administrator, the seed's ご契約先確認暗証番号). */
const confirmed = { confirmPin: typedSecret };

export const accountRow = z.object({
  accountId: z.number(),
  kind: z.enum(accountKinds),
  /** 利用者ID, card number or 利用者キー. */
  loginId: z.string(),
  displayName: z.string(),
  nameKana: z.string().nullable(),
  /** 利用中止 */
  locked: z.boolean(),
  /** 事故登録 */
  accident: z.boolean(),
  /** 封鎖（累積封鎖） */
  blockaded: z.boolean(),
  /** Staff only: role and the ○ / × permission matrix (administrators hold all). */
  staff: z.object({ role: z.enum(staffRoles), permissions: z.array(z.enum(permissions)) }).nullable(),
});
export type AccountRow = z.infer<typeof accountRow>;

export const accountPage = z.object({
  rows: z.array(accountRow),
  /** Opaque cursor for もっと見る; null when there is nothing more. */
  next: z.string().nullable(),
});
export type AccountPage = z.infer<typeof accountPage>;

export const searchInput = z
  .object({
    kind: z.enum(accountKinds).nullish().transform((v) => v ?? null),
    /** ID / card number / 利用者キー prefix, or a kana name prefix; blank lists everyone. */
    query: z
      .string()
      .max(RAW_TEXT_LIMIT, { error: 'too_long' })
      .nullish()
      .transform((v) => normalizeText(v ?? ''))
      .pipe(z.string().max(60, { error: 'too_long' })),
    after: z.string().max(400, { error: 'too_long' }).nullish().transform((v) => v ?? null),
  })
  .strict();

/** The counter looks up the public only: a kind is always chosen. */
export const counterSearchInput = searchInput.extend({ kind: z.enum(['patron', 'citizen']) });

/** Where a status came from: the newest audit row that set it (the terminal without '/window-n'). */
export const statusOrigin = z.object({ at: z.number(), terminal: z.string() });
export type StatusOrigin = z.infer<typeof statusOrigin>;

export const accountDetail = accountRow.extend({
  accidentReason: z.string().nullable(),
  consecutiveFailures: z.number(),
  confirmFailures: z.number(),
  /** When and at which terminal the current 利用中止 began; null when not locked. */
  lockedBy: statusOrigin.nullable(),
  /** When and at which terminal the current 封鎖 began; null when not blockaded. */
  blockadedBy: statusOrigin.nullable(),
  createdAt: z.number(),
  lastLoginAt: z.number().nullable(),
  staffProfile: z
    .object({
      nameKanaHalf: z.string(),
      nameKanji: z.string().nullable(),
      role: z.enum(staffRoles),
      permissions: z.array(z.enum(permissions)),
      /** Both PINs must be set anew at the next login (after a reset or recovery). */
      pinsMustChange: z.boolean(),
    })
    .nullable(),
  /**
   * False for an administrator's 利用中止 / 封鎖: those are cleared only on the machine with
   * `madoguchi-admin recover-admin` and the recovery code (the seed's paper form at the branch).
   */
  clearableInApp: z.boolean(),
  /** 変更 for the public is available: a patron's password reset, a citizen's key resend. */
  resettable: z.boolean(),
  /** The owner has a mail address, so changes are notified. */
  notified: z.boolean(),
  /** Area-specific counts for the counter summary (loans, holds, reservations …). */
  summary: z.record(z.string(), z.number()),
});
export type AccountDetail = z.infer<typeof accountDetail>;

const accountRef = { accountId: id };

const mailStatuses = ['queued', 'sending', 'sent', 'failed'] as const;

export const mailLogRow = z.object({
  id: z.number(),
  template: z.string(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(mailStatuses),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.number(),
  sentAt: z.number().nullable(),
});
export type MailLogRow = z.infer<typeof mailLogRow>;

export const auditRowOut = z.object({
  id: z.number(),
  at: z.number(),
  actor: z.string(),
  terminal: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  detail: z.string().nullable(),
});
export type AuditRowOut = z.infer<typeof auditRowOut>;

export const auditVerification = z.object({
  ok: z.boolean(),
  rows: z.number(),
  brokenAt: z.number().nullable(),
  /** no_key / wrong_key: this terminal cannot check the keyed chain (its audit key is missing or another). */
  reason: z.enum(['edited', 'deleted', 'truncated', 'no_key', 'wrong_key']).nullable(),
});
export type AuditVerificationOut = z.infer<typeof auditVerification>;

const optionalFilter = optional(z.string().max(100, { error: 'too_long' }));
const beforeId = z.number().int().positive().nullish().transform((v) => v ?? null);
const epochMs = z.number().int().min(0).nullish().transform((v) => v ?? null);

export const staffChannels = {
  /** 職員ログイン: 利用者ID + 利用者暗証番号. */
  'staff.login': channel({
    input: z.object({ staffId, pin: typedSecret }).strict(),
    output: sessionInfo,
    auth: 'public',
    // Public (nobody is logged in yet), but staff's door: a public kiosk has none.
    counterOnly: true,
  }),
  /** After a reset or recovery: both PINs set anew before anything else. */
  'staff.setPins': channel({ input: pinPairSchema, output: sessionInfo, auth: 'staff', duringRequiredAction: true }),

  // 管理者: 利用者情報選択 and 変更・登録抹消・各種設定.
  'admin.accounts.search': channel({ input: searchInput, output: accountPage, auth: 'staff:staff_management' }),
  'admin.accounts.get': channel({ input: z.object(accountRef).strict(), output: accountDetail, auth: 'staff:staff_management' }),
  'admin.staff.register': channel({
    input: z
      .object({
        nameKana: staffNameKana,
        nameKanji: staffNameKanji,
        role: z.enum(staffRoles),
        permissions: permissionList,
        pins: pinPairSchema,
        ...confirmed,
      })
      .strict(),
    output: z.object({ accountId: z.number(), staffId: z.string() }),
    auth: 'staff:staff_management',
  }),
  'admin.staff.update': channel({
    input: z
      .object({
        ...accountRef,
        nameKana: staffNameKana,
        nameKanji: staffNameKanji,
        permissions: permissionList,
        /** Both new PINs, each typed twice; null keeps the current ones. */
        pins: pinPairSchema.nullish().transform((v) => v ?? null),
        ...confirmed,
      })
      .strict(),
    output: accountDetail,
    auth: 'staff:staff_management',
  }),
  /** 登録抹消: the account can no longer log in; its audit trail stays. */
  'admin.staff.remove': channel({ input: z.object({ ...accountRef, ...confirmed }).strict(), output: z.null(), auth: 'staff:staff_management' }),
  'admin.accounts.setAccident': channel({
    input: z.object({ ...accountRef, reason: accidentReason, ...confirmed }).strict(),
    output: accountDetail,
    auth: 'staff:staff_management',
  }),
  'admin.accounts.clearAccident': channel({ input: z.object({ ...accountRef, ...confirmed }).strict(), output: accountDetail, auth: 'staff:staff_management' }),
  /** 利用中止解除 */
  'admin.accounts.unlock': channel({ input: z.object({ ...accountRef, ...confirmed }).strict(), output: accountDetail, auth: 'staff:staff_management' }),
  /** 封鎖（累積封鎖）解除 */
  'admin.accounts.releaseBlockade': channel({ input: z.object({ ...accountRef, ...confirmed }).strict(), output: accountDetail, auth: 'staff:staff_management' }),

  /**
   * 変更 for a patron: the password back to the birth-date MMDD, changed at the next login, after
   * the clerk checked an identity document (recorded in the audit log).
   */
  'admin.patron.resetPassword': channel({
    input: z.object({ ...accountRef, identityDocument, ...confirmed }).strict(),
    output: accountDetail,
    auth: 'staff:patron_password_reset',
  }),
  /** 変更 for a citizen: the 利用者キー mailed again to the registered address. */
  'admin.citizen.resendKey': channel({ input: z.object({ ...accountRef, ...confirmed }).strict(), output: accountDetail, auth: 'staff:staff_management' }),

  // Counter: look-up of patrons and citizens, the mail log and the audit log, by permission.
  'counter.accounts.search': channel({ input: counterSearchInput, output: accountPage, auth: 'staff:patron_lookup' }),
  'counter.accounts.summary': channel({ input: z.object(accountRef).strict(), output: accountDetail, auth: 'staff:patron_lookup' }),
  'counter.mail.list': channel({
    input: z.object({ status: z.enum(mailStatuses).nullish().transform((v) => v ?? null), beforeId }).strict(),
    output: z.object({ rows: z.array(mailLogRow), next: z.number().nullable() }),
    auth: 'staff:mail_log',
  }),
  'counter.mail.retry': channel({ input: z.object({ id }).strict(), output: mailLogRow, auth: 'staff:mail_log' }),
  'counter.audit.list': channel({
    input: z
      .object({ actor: optionalFilter, target: optionalFilter, action: optionalFilter, from: epochMs, to: epochMs, beforeId })
      .strict(),
    output: z.object({ rows: z.array(auditRowOut), next: z.number().nullable() }),
    auth: 'staff:audit_log',
  }),
  /** Walks the whole chain (may take a moment on a large log), so it is its own call. */
  'counter.audit.verify': channel({ input: noInput, output: auditVerification, auth: 'staff:audit_log' }),
};
