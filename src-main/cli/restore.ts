// `madoguchi-admin restore <file>`: checks the file and its audit chain, keeps the current
// database, then replaces it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { anchorsFileOf, readAnchors, setAnchorsAside } from '../audit/anchors';
import { AuditLog } from '../audit/log';
import { systemClock } from '../clock';
import { type ChainCheck, restoreDatabase } from '../store/backup';
import { cliAuditKey, describeBrokenChain } from './audit-access';
import { cliStoreLocation, type CommandContext, POSTGRES_BACKUP_REFUSAL } from './command-context';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './usage';

const REFUSALS = {
  not_a_database: 'SQLite のデータベースではありません / not an SQLite database',
  corrupt: '壊れています（integrity_check に失敗） / damaged: PRAGMA integrity_check failed',
  not_madoguchi: '窓口のデータベースではありません / not a Madoguchi database',
  newer_version: 'この版より新しい窓口で作られています / written by a newer Madoguchi',
  in_use: '使用中です。窓口を終了してから復元してください / in use: quit Madoguchi, then restore',
  audit_chain: '監査ログの連鎖を確かめられませんでした / its audit chain does not verify',
} as const;

function stamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

/**
 * The backup's chain is walked with the site's key. Anchors the backup reaches must match it; an
 * older backup legitimately ends before the newer anchors, so those are not held against it here.
 */
async function chainCheck(ctx: CommandContext, anchorsFile: string): Promise<ChainCheck> {
  const { key, keyProblem } = await cliAuditKey(ctx);
  return async (store) => {
    const audit = new AuditLog(store, ctx.clock ?? systemClock, { key });
    const { lastId } = await audit.anchor();
    const reached = readAnchors(anchorsFile).anchors.filter((a) => a.lastId <= lastId);
    const result = await audit.verify(reached);
    return result.ok ? { ok: true, lastId } : { ok: false, detail: describeBrokenChain(result, keyProblem) };
  };
}

export async function runRestore(ctx: CommandContext, file: string): Promise<number> {
  const location = cliStoreLocation(ctx);
  if (location.kind === 'postgres') {
    ctx.io.err(POSTGRES_BACKUP_REFUSAL);
    return EXIT_FAILED;
  }
  const incoming = resolve(file);
  if (!existsSync(incoming)) {
    ctx.io.err(`ファイルがありません / No such file: ${incoming}`);
    return EXIT_USAGE;
  }
  const current = location.file;
  const when = stamp(ctx.clock?.now() ?? Date.now());
  const keepAs = `${current}.${when}.bak`;
  const anchorsFile = anchorsFileOf(ctx.dataDir);
  const outcome = await restoreDatabase(incoming, current, keepAs, await chainCheck(ctx, anchorsFile));
  if ('ok' in outcome) {
    ctx.io.err(`復元しませんでした。何も変更していません / Not restored; nothing was changed: ${REFUSALS[outcome.reason]}`);
    ctx.io.err(`  (${outcome.detail})`);
    return EXIT_FAILED;
  }
  ctx.io.out(`復元しました / Restored from ${incoming} (schema ${outcome.version}).`);
  if (outcome.kept) ctx.io.out(`それまでのデータベース / The previous database is kept as ${outcome.kept}`);
  const setAside = `${anchorsFile.replace(/\.jsonl$/, '')}.before-restore-${when}.jsonl`;
  const moved = setAnchorsAside(anchorsFile, outcome.auditLastId, setAside);
  if (moved > 0) {
    ctx.io.out(`バックアップより後のアンカー ${moved} 件を ${setAside} に移しました（それらの行は置き換えたデータベースにあります）。`);
    ctx.io.out(`${moved} anchors past the backup's end were moved to ${setAside} (their rows are in the replaced database).`);
  }
  return EXIT_OK;
}
