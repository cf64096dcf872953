// `library.system` and `library.sip2` of config.json: whether the library screens use the local
// store (the embedded default) or the library's own ILS over SIP2, and how to reach it. The SIP
// password is never in config.json: it comes from an environment variable or a file (as the
// PostgreSQL password does), is read only when the client is made (sip2-secrets.ts), and is never
// logged.
import { z } from 'zod';
import { SIP2_ENCODINGS } from '../library-system/sip2/encoding';

export const LIBRARY_SYSTEMS = ['local', 'sip2'] as const;

export const sip2Config = z
  .object({
    host: z.string().min(1).max(253),
    /** 6001 is the port Koha's and most ILSs' SIP servers listen on. */
    port: z.number().int().min(1).max(65535).default(6001),
    tls: z.boolean().default(false),
    /** A PEM file of the CA that signed the ILS's certificate (relative to the data folder), for a private CA. */
    tlsCaFile: z.string().min(1).optional(),
    /** The SIP account's login (CN). */
    user: z.string().min(1).max(255),
    /** The name of an environment variable holding the SIP account's password (CO). */
    passwordEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name').optional(),
    /** A file holding it (relative to the data folder); trailing newlines are ignored. */
    passwordFile: z.string().min(1).optional(),
    /** The kiosk's location code (CP), and where returned items are (AP). */
    locationCode: z.string().max(255).default(''),
    /** The institution id (AO) the ILS expects in every request. */
    institutionId: z.string().max(255).default(''),
    encoding: z.enum(SIP2_ENCODINGS).default('utf-8'),
    /** Longest wait for a connection, a free connection, or an answer. */
    timeoutMs: z.number().int().min(500).max(120_000).default(10_000),
    /** Connections this terminal keeps open to the ILS. */
    poolSize: z.number().int().min(1).max(16).default(2),
    /** An SC status (99) on a connection idle this long, below the ILS's idle limit. */
    statusEverySeconds: z.number().int().min(10).max(3600).default(180),
  })
  .strict()
  .refine((s) => !(s.passwordEnv !== undefined && s.passwordFile !== undefined), {
    message: 'give the password one way only: passwordEnv or passwordFile',
    path: ['passwordEnv'],
  })
  .refine((s) => s.passwordEnv !== undefined || s.passwordFile !== undefined, {
    message: 'passwordEnv or passwordFile is required (the password is never written in config.json)',
    path: ['passwordEnv'],
  });

export type Sip2Config = z.output<typeof sip2Config>;
