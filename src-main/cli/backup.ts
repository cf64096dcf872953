// `madoguchi-admin backup <file>`: an online copy, safe while the app is running.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDatabase } from '../store/backup';
import { cliStoreLocation, type CommandContext, POSTGRES_BACKUP_REFUSAL } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

export async function runBackup(ctx: CommandContext, file: string): Promise<number> {
  const location = cliStoreLocation(ctx);
  if (location.kind === 'postgres') {
    ctx.io.err(POSTGRES_BACKUP_REFUSAL);
    return EXIT_FAILED;
  }
  const source = location.file;
  const target = resolve(file);
  if (!existsSync(source)) {
    ctx.io.err(`データベースがありません / There is no database at ${source}`);
    return EXIT_FAILED;
  }
  if (existsSync(target)) {
    ctx.io.err(`上書きはしません。別の名前を指定してください / ${target} exists; choose another name.`);
    return EXIT_FAILED;
  }
  const { pages } = await backupDatabase(source, target);
  ctx.io.out(`バックアップを作成しました / Backup written: ${target} (${pages} pages, integrity ok)`);
  return EXIT_OK;
}
