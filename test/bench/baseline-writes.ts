// The writes a state change cannot avoid, as raw statements for the baselines — an outbox row, an
// audit row, an account's status, a session — with the app's SQL text. The audit row is chained
// exactly as audit/log.ts chains it (head read FOR UPDATE, HMAC-SHA256 under the site's audit key —
// plain SHA-256 for a chain whose head says 'sha256' — over the same canonical JSON, head update),
// so the log the bench leaves behind still verifies.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import {
  ACCOUNT_BY_ID_FOR_UPDATE,
  ACCOUNT_WRITE_STATUS,
  AUDIT_HEAD_FOR_UPDATE,
  AUDIT_INSERT,
  AUDIT_SET_HEAD,
  OUTBOX_INSERT,
  SESSION_END,
  SESSION_INSERT,
} from './app-sql';
import type { RawQueries } from './raw-sql';

const GENESIS = '0'.repeat(64);
const BODY = '本文'.repeat(200);

/** The statements each helper below runs, for a baseline's list of statements. */
export const AUDIT_APPEND_SQL = [AUDIT_HEAD_FOR_UPDATE, AUDIT_INSERT, AUDIT_SET_HEAD];
export const OUTBOX_SQL = [OUTBOX_INSERT];
export const TRANSITION_SQL = [ACCOUNT_BY_ID_FOR_UPDATE, ACCOUNT_WRITE_STATUS];
export const SESSION_START_SQL = [SESSION_END, SESSION_INSERT];

export async function rawOutbox(q: RawQueries, to: string, accountId: number | null): Promise<void> {
  const now = Date.now();
  await q.get(OUTBOX_INSERT, {
    messageId: `<${randomUUID()}@bench.invalid>`,
    template: 'bench.baseline',
    locale: 'ja',
    to,
    subject: '【窓口】ベンチマーク',
    body: BODY,
    accountId,
    carriesSecret: 0,
    now,
  });
}

/**
 * Appends one row; call it inside a transaction, as AuditLog.append joins the caller's. key: the
 * site's audit key (RawSql.auditKey), needed for a keyed chain.
 */
export async function rawAudit(q: RawQueries, key: Buffer | null, action: string, target: string | null): Promise<void> {
  const head = await q.get<{ last_id: number; last_hash: string; scheme: string }>(AUDIT_HEAD_FOR_UPDATE);
  const keyed = (head?.scheme ?? 'hmac-sha256-v1') !== 'sha256';
  if (keyed && !key) throw new Error('the audit chain is keyed and the bench has no audit key');
  const prevHash = head?.last_hash ?? GENESIS;
  const row = { id: (head?.last_id ?? 0) + 1, at: Date.now(), actor: 'system', terminal: 'bench', action, target, outcome: 'ok', detail: null };
  const hash = (keyed && key ? createHmac('sha256', key) : createHash('sha256'))
    .update(JSON.stringify([prevHash, row.id, row.at, row.actor, row.terminal, row.action, row.target, row.outcome, row.detail]))
    .digest('hex');
  await q.run(AUDIT_INSERT, { ...row, prevHash, hash });
  await q.run(AUDIT_SET_HEAD, [row.id, hash]);
}

interface AccountRow {
  id: number;
  kind: string;
  login_id: string;
  display_name: string;
  locked: number;
  accident: number;
  accident_reason: string | null;
  blockaded: number;
  consecutive_failures: number;
  confirm_failures: number;
}

export type StatusChange = Partial<Pick<AccountRow, 'locked' | 'consecutive_failures' | 'confirm_failures'>>;

/** The statements of Accounts.transition: the row read FOR UPDATE, then every status column written. */
export async function rawTransition(q: RawQueries, accountId: number, change: StatusChange): Promise<AccountRow> {
  const row = await q.get<AccountRow>(ACCOUNT_BY_ID_FOR_UPDATE, [accountId]);
  if (!row) throw new Error(`no account ${accountId}`);
  const next = { ...row, ...change };
  await q.run(ACCOUNT_WRITE_STATUS, {
    id: accountId,
    now: Date.now(),
    locked: next.locked,
    lockedNow: next.locked,
    accident: next.accident,
    accidentReason: next.accident_reason,
    blockaded: next.blockaded,
    consecutiveFailures: next.consecutive_failures,
    confirmFailures: next.confirm_failures,
  });
  return next;
}

/** The statements of Sessions.start: the terminal's session taken (DELETE … RETURNING) and the new one inserted. */
export async function rawStartSession(q: RawQueries, terminal: string, account: Pick<AccountRow, 'id' | 'kind' | 'login_id' | 'display_name'>): Promise<boolean> {
  const previous = await q.get(SESSION_END, [terminal]);
  await q.run(SESSION_INSERT, {
    terminal,
    id: randomUUID(),
    accountId: account.id,
    kind: account.kind,
    loginId: account.login_id,
    displayName: account.display_name,
    role: null,
    permissions: '[]',
    requiredAction: null,
    now: Date.now(),
  });
  return previous !== undefined;
}
