// `madoguchi-admin restore <file>`: checks the file, keeps the current database, then replaces it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoreDatabase } from '../store/backup';
import { cliStoreLocation, type CommandContext, POSTGRES_BACKUP_REFUSAL } from './command-context';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './usage';

const REFUSALS = {
  not_a_database: 'SQLite のデータベースではありません / not an SQLite database',
  corrupt: '壊れています（integrity_check に失敗） / damaged: PRAGMA integrity_check failed',
  not_madoguchi: '窓口のデータベースではありません / not a Madoguchi database',
  newer_version: 'この版より新しい窓口で作られています / written by a newer Madoguchi',
  in_use: '使用中です。窓口を終了してから復元してください / in use: quit Madoguchi, then restore',
} as const;

function stamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
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
  const keepAs = `${current}.${stamp(ctx.clock?.now() ?? Date.now())}.bak`;
  const outcome = await restoreDatabase(incoming, current, keepAs);
  if ('ok' in outcome) {
    ctx.io.err(`復元しませんでした。何も変更していません / Not restored; nothing was changed: ${REFUSALS[outcome.reason]}`);
    ctx.io.err(`  (${outcome.detail})`);
    return EXIT_FAILED;
  }
  ctx.io.out(`復元しました / Restored from ${incoming} (schema ${outcome.version}).`);
  if (outcome.kept) ctx.io.out(`それまでのデータベース / The previous database is kept as ${outcome.kept}`);
  return EXIT_OK;
}
