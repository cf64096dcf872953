// The configuration file (config.json in the data folder), validated at start-up. Every key has a
// default that runs offline: embedded SQLite, mail written as .eml files, demo data on first run.
import { hostname } from 'node:os';
import { z } from 'zod';
import { localeSchema } from '../../src-shared/contract/session';
import { localizedText } from '../../src-shared/localized-text';
import { identityConfig } from './identity';
import { libraryConfig } from './library';
import { backupConfig, logConfig } from './operations';
import { printConfig } from './print';

const TERMINAL_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** The machine's host name, cut down to what a terminal name may hold. */
export function defaultTerminalName(host: string = hostname()): string {
  const name = host.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return name || 'terminal';
}

const kdf = z
  .object({
    // scrypt cost. Production uses N=2^17, r=8, p=1 (about 128 MiB and ~0.3 s per hash);
    // tests lower N to stay fast. The parameters are stored beside each hash.
    N: z.number().int().min(2).max(2 ** 20).refine((n) => (n & (n - 1)) === 0, 'a power of two').default(2 ** 17),
    r: z.number().int().min(1).max(32).default(8),
    p: z.number().int().min(1).max(16).default(1),
  })
  .prefault({});

export const configSchema = z
  .object({
    /** Shown in screens and in mail subjects as 【name】. */
    systemName: localizedText
      .refine((name) => Object.values(name).every((text) => text === undefined || (text.length >= 1 && text.length <= 60)), {
        message: 'each name 1–60 characters',
      })
      .prefault({ ja: '窓口e-予約システム', easy: '｜窓口《まどぐち》e-｜予約《よやく》システム', en: 'Madoguchi e-Reservation' }),
    /**
     * The terminal's role. kiosk: touch terminal in a lobby; counter: a clerk PC with keyboard and
     * mouse. Recorded with the terminal's name in the shared database (terminals table).
     */
    mode: z.enum(['kiosk', 'counter']).default('kiosk'),
    terminal: z
      .object({
        /**
         * This machine's name among the terminals sharing one database: it prefixes every window's
         * session key and names the worker that holds a mail. Default: the host name.
         */
        name: z.string().regex(TERMINAL_NAME, '1–64 characters of A–Z, a–z, 0–9, ".", "_" and "-"').default(() => defaultTerminalName()),
      })
      .prefault({}),
    /**
     * Where the data lives. url null: the data folder's madoguchi.sqlite. A file path or sqlite:
     * URL: that SQLite file (relative to the data folder). postgres://user@host:5432/db: a site's
     * shared PostgreSQL server, with the password kept out of config.json (passwordEnv or
     * passwordFile) where possible.
     */
    store: z
      .object({
        url: z.string().min(1).nullable().default(null),
        /** The name of an environment variable holding the PostgreSQL password. */
        passwordEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name').optional(),
        /** A file holding the PostgreSQL password (relative to the data folder); trailing newlines are ignored. */
        passwordFile: z.string().min(1).optional(),
        /** TLS to the server: disable, require (encrypted), verify-full (encrypted, certificate and host checked). */
        sslmode: z.enum(['disable', 'require', 'verify-full']).optional(),
        /** Connections this terminal keeps open to the server. */
        poolSize: z.number().int().min(1).max(32).default(4),
      })
      .prefault({}),
    defaultLocale: localeSchema.default('ja'),
    /** Load the demo data set into an empty database on first start. */
    demoData: z.boolean().default(true),
    window: z
      .object({
        fullscreen: z.boolean().default(true),
        hideCursor: z.boolean().default(false),
      })
      .prefault({}),
    idle: z
      .object({
        kioskSeconds: z.number().int().min(15).max(3600).default(120),
        counterSeconds: z.number().int().min(15).max(7200).default(300),
        countdownSeconds: z.number().int().min(5).max(120).default(20),
      })
      .prefault({}),
    mail: z
      .object({
        from: z.string().min(3).default('Madoguchi <no-reply@madoguchi.invalid>'),
        /** smtp://user:pass@host:port or smtps://…; absent → each mail is written as an .eml file. */
        smtpUrl: z.url({ protocol: /^smtps?$/ }).nullable().default(null),
        /** Where the file transport writes (relative to the data folder). */
        outboxDir: z.string().min(1).default('mail'),
        pool: z.boolean().default(true),
        /** Mails sent at once over pooled connections (1 without a pool). */
        maxConnections: z.number().int().min(1).max(20).default(4),
      })
      .prefault({}),
    audit: z
      .object({
        /**
         * The audit chain's key file (relative to the data folder): the same file on every
         * terminal of a site. See audit/audit-key.ts.
         */
        keyFile: z.string().min(1).default('audit.key'),
      })
      .prefault({}),
    security: z
      .object({
        kdf,
        loginLockThreshold: z.number().int().min(1).max(100).default(5),
        confirmBlockThreshold: z.number().int().min(1).max(100).default(6),
      })
      .prefault({}),
    /** City-hall reservations and citizen login (seeds 000 and 001). */
    citizen: z
      .object({
        /** How long a ワンタイムパスワード stays valid. */
        otpTtlMinutes: z.number().int().min(5).max(24 * 60).default(60),
        /**
         * Consecutive failed e-mail + password logins that set 利用中止, and the wrong tries a
         * mailed code (OTP, reset code) survives — code failures never count toward 利用中止.
         */
        loginLockThreshold: z.number().int().min(1).max(100).default(5),
        /** OTP and key mails per address and per 利用者キー within an hour. */
        mailsPerHour: z.number().int().min(1).max(1000).default(5),
        /** OTP and key requests per terminal within an hour (a kiosk serves many people). */
        terminalRequestsPerHour: z.number().int().min(1).max(10_000).default(60),
        /** Default minimum days between vaccination dose 1 and dose 2 (a form may set its own). */
        dose2MinDays: z.number().int().min(1).max(365).default(21),
        /**
         * Answers that must not reveal whether an account exists (OTP issue, key reissue) take at
         * least this long, so registered and unknown cannot be told apart by timing.
         */
        evenAnswerMs: z.number().int().min(0).max(10_000).default(600),
      })
      .prefault({}),
    /** Library patrons (seed 002): branches, reminder time, lock thresholds. */
    library: libraryConfig,
    /** xID sign-in through an OpenID Connect issuer (seed 004). */
    identity: identityConfig,
    /** Scheduled backups of the SQLite file (and where a PostgreSQL site's pg_dump reports). */
    backup: backupConfig,
    /** The main process's JSON-lines logs in the data folder's logs/. */
    log: logConfig,
    /** Slips and receipts: none, a printer (electron) or PDFs in the data folder (file). */
    print: printConfig,
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
