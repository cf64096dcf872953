// The `library` section of config.json (seed 002). Defaults are the demo library: the fourteen
// branches of the seed's 予約受取館 list, reminders at 07:00 library time, locks at 5 / 3 failures.
import { z } from 'zod';
import { LIBRARY_SYSTEMS, sip2Config } from './library-sip2';

export const DEMO_BRANCHES = [
  { code: 'honkan', ja: '本館', en: 'Main Library' },
  { code: 'tobu', ja: '東部', en: 'Tobu' },
  { code: 'tatsuta', ja: '龍田', en: 'Tatsuta' },
  { code: 'takuma', ja: '託麻', en: 'Takuma' },
  { code: 'koda', ja: '幸田', en: 'Koda' },
  { code: 'chuo', ja: '中央', en: 'Chuo' },
  { code: 'shimizu', ja: '清水', en: 'Shimizu' },
  { code: 'akitsu', ja: '秋津', en: 'Akitsu' },
  { code: 'nanbu', ja: '南部', en: 'Nanbu' },
  { code: 'hanazono', ja: '花園', en: 'Hanazono' },
  { code: 'hokubu', ja: '北部', en: 'Hokubu' },
  { code: 'kawachi', ja: '河内', en: 'Kawachi' },
  { code: 'tenmei', ja: '天明', en: 'Tenmei' },
  { code: 'akita', ja: '飽田', en: 'Akita' },
];

const branch = z.object({
  code: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  ja: z.string().min(1).max(40),
  en: z.string().min(1).max(60),
});

export const libraryConfig = z
  .object({
    /** 予約受取館 choices, in display order; the first is the default pickup branch. */
    branches: z
      .array(branch)
      .min(1)
      .refine((list) => new Set(list.map((b) => b.code)).size === list.length, 'branch codes must be unique')
      .default(DEMO_BRANCHES),
    /** Time zone of the library's calendar: due dates, "next day" and the reminder time. */
    timeZone: z.string().min(1).default('Asia/Tokyo'),
    /** Local time (HH:MM) of the daily 返却期限通知 and SDI runs. */
    reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('07:00'),
    /** Consecutive failed logins that set 利用中止. */
    loginLockThreshold: z.number().int().min(1).max(100).default(5),
    /** The same while the initial password (birth MMDD) is still in place: it is easy to guess. */
    initialPasswordLockThreshold: z.number().int().min(1).max(100).default(3),
    /** A renewal moves the due date to this many days after the renewal day. */
    loanDays: z.number().int().min(1).max(90).default(14),
    /** How long a ready hold waits at the pickup branch. */
    holdPickupDays: z.number().int().min(1).max(30).default(7),
    /** Active holds a patron may have at once. */
    maxHolds: z.number().int().min(1).max(100).default(10),
    /**
     * Lending at the counter (issue 14). A new loan runs `loanDays`; these limits apply whatever
     * the library system, on top of any rule an ILS keeps itself.
     */
    lending: z
      .object({
        /** Items a patron may have on loan at once. */
        maxLoans: z.number().int().min(1).max(200).default(10),
        /** No new loan while the patron has an overdue one (returning and 延長 still work). */
        blockWhenOverdue: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /**
     * Where patrons, loans and holds live: `local` — this app's store (the embedded default);
     * `sip2` — the library's own ILS, reached over SIP2 as `sip2` says.
     */
    system: z.enum(LIBRARY_SYSTEMS).default('local'),
    /** The ILS's SIP2 server (see library-sip2.ts); required when system is sip2. */
    sip2: sip2Config.optional(),
  })
  .refine((library) => library.system !== 'sip2' || library.sip2 !== undefined, {
    message: 'library.system is sip2: library.sip2 (host, user, passwordEnv or passwordFile) is required',
    path: ['sip2'],
  })
  .prefault({});

export type LibraryConfig = z.output<typeof libraryConfig>;
