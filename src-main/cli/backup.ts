// `madoguchi-admin backup <file>`: an online copy, safe while the app is running.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_FILE } from '../app';
import { backupDatabase } from '../store/backup';
import type { CommandContext } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

export async function runBackup(ctx: CommandContext, file: string): Promise<number> {
  const source = join(ctx.dataDir, DATABASE_FILE);
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
