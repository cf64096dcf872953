// The audit log as the CLI opens it: the key from the plain key file only (plain Node cannot open
// the app's sealed copy; MADOGUCHI_AUDIT_KEY_FILE or audit.keyFile can point at a plain copy), the
// data folder's anchors, and one wording of every verification result for all commands.
import { anchorsFileOf } from '../audit/anchors';
import { auditKeyFiles, loadAuditKey } from '../audit/audit-key';
import { AuditLog, type AuditVerification } from '../audit/log';
import { systemClock } from '../clock';
import type { Store } from '../store/store';
import { cliConfig, type CommandContext } from './command-context';

export interface CliAudit {
  audit: AuditLog;
  key: Buffer | null;
  /** Why there is no key (null when there is one). */
  keyProblem: string | null;
  /** Where the anchors are read from. */
  anchorsFile: string;
}

/** The site's key as the CLI finds it: null with the reason when it cannot. */
export async function cliAuditKey(ctx: CommandContext): Promise<{ key: Buffer | null; keyProblem: string | null }> {
  const loaded = await loadAuditKey(auditKeyFiles(ctx.dataDir, cliConfig(ctx).audit.keyFile));
  return loaded.key ? { key: loaded.key, keyProblem: null } : { key: null, keyProblem: loaded.detail };
}

export async function cliAuditLog(ctx: CommandContext, store: Store, anchorsFile = anchorsFileOf(ctx.dataDir)): Promise<CliAudit> {
  const { key, keyProblem } = await cliAuditKey(ctx);
  return { audit: new AuditLog(store, ctx.clock ?? systemClock, { key, anchorsFile }), key, keyProblem, anchorsFile };
}

const REASONS: Record<NonNullable<AuditVerification['reason']>, string> = {
  edited: '書き換えられた行があります / a row was edited',
  deleted: '削除された行があります / a row was removed',
  truncated: '末尾の行が削除されています / rows were cut from the end',
  no_key: '監査ログの鍵がないため確かめられません / there is no audit key to check it with',
  wrong_key: '監査ログの鍵がこの連鎖の鍵と違います / the audit key is not the one this chain was written with',
};

/** One line for a chain that does not verify. */
export function describeBrokenChain(result: AuditVerification, keyProblem: string | null = null): string {
  const reason = result.reason ? REASONS[result.reason] : '';
  if (result.reason === 'no_key' || result.reason === 'wrong_key') return `${reason}${keyProblem ? ` (${keyProblem})` : ''}`;
  return `row ${result.brokenAt}: ${reason}`;
}
