// Site operations (issue 16): the health report staff see on a counter terminal (the same report
// `madoguchi-admin status` prints), and the renderer's errors forwarded to main's log.
import { z } from 'zod';
import { channel, noInput } from './channel';

export const healthStatuses = ['ok', 'warn', 'fail'] as const;
export type HealthStatus = (typeof healthStatuses)[number];

/**
 * Why an item is not ok (or 'ok'): a closed list, so the screen and the CLI each word it in their
 * languages and a monitoring script can match on it.
 */
export const healthReasons = [
  'ok',
  'schema_behind',
  'store_unreachable',
  'mail_failed',
  'mail_stale',
  'backup_none',
  'backup_old',
  'backup_unverified',
  'backup_off',
  'backup_postgres_unknown',
  'disk_low',
  'disk_critical',
  'disk_unknown',
  'audit_never_verified',
  'audit_verify_old',
  'audit_verify_failed',
  'audit_no_anchor',
  'terminals_quiet',
  'terminals_version',
] as const;
export type HealthReason = (typeof healthReasons)[number];

const status = z.enum(healthStatuses);
const reason = z.enum(healthReasons);
const at = z.number().nullable();

export const healthReport = z.object({
  checkedAt: z.number(),
  /** The worst status of all items. */
  overall: status,
  terminal: z.string(),
  version: z.object({ status, reason, appVersion: z.string(), schemaVersion: z.number().int(), storeSchemaVersion: z.number().int() }),
  store: z.object({ status, reason, kind: z.enum(['sqlite', 'postgres']), reachable: z.boolean(), latencyMs: z.number().nullable() }),
  mail: z.object({
    status,
    reason,
    pending: z.number().int(),
    failed: z.number().int(),
    oldestPendingAt: at,
    lastSentAt: at,
  }),
  backup: z.object({
    status,
    reason,
    kind: z.enum(['sqlite', 'postgres']),
    /** The configured daily time (null: off, or PostgreSQL). */
    scheduledAt: z.string().nullable(),
    at,
    bytes: z.number().nullable(),
    /** null where nothing is checked (PostgreSQL's pg_dump marker). */
    verified: z.boolean().nullable(),
    file: z.string().nullable(),
  }),
  disk: z.object({ status, reason, freeBytes: z.number().nullable(), totalBytes: z.number().nullable() }),
  audit: z.object({
    status,
    reason,
    lastVerifyAt: at,
    lastVerifyOk: z.boolean().nullable(),
    lastAnchorAt: at,
    lastAnchorId: z.number().int().nullable(),
  }),
  terminals: z.object({
    status,
    reason,
    list: z.array(
      z.object({
        name: z.string(),
        role: z.enum(['kiosk', 'counter']),
        appVersion: z.string(),
        lastSeen: z.number(),
        status,
      }),
    ),
  }),
});
export type HealthReport = z.infer<typeof healthReport>;
export const healthItems = ['version', 'store', 'mail', 'backup', 'disk', 'audit', 'terminals'] as const;
export type HealthItemName = (typeof healthItems)[number];

/** A renderer error, cut short: the log needs where and what, not the page's data. */
export const rendererError = z
  .object({
    kind: z.enum(['error', 'rejection', 'vue']),
    message: z.string().max(500),
    /** Script URL or component name; query strings are cut in main. */
    source: z.string().max(300).optional(),
    line: z.number().int().min(0).max(10_000_000).optional(),
    column: z.number().int().min(0).max(10_000_000).optional(),
    stack: z.string().max(4000).optional(),
    /** The route's name (never its query or params: they may hold what was typed). */
    route: z.string().max(100).optional(),
  })
  .strict();
export type RendererError = z.infer<typeof rendererError>;

export const operationsChannels = {
  /** The site's health, for administrators and technicians at a counter (counter-only by its level). */
  'staff.health': channel({ input: noInput, output: healthReport, auth: 'staff:staff_management' }),
  /** An error the screens caught; logged in main, rate-limited per terminal. Answers null always. */
  'log.renderer': channel({ input: rendererError, output: z.null(), auth: 'public', duringRequiredAction: true }),
};
