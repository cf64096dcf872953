// `madoguchi-admin verify-audit`: walks the audit log's hash chain.
import { existsSync } from 'node:fs';
import { AuditLog } from '../audit/log';
import { systemClock } from '../clock';
import { cliStoreLocation, type CommandContext, openCliStore } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

const REASONS = {
  edited: '書き換えられた行があります / a row was edited',
  deleted: '削除された行があります / a row was removed',
  truncated: '末尾の行が削除されています / rows were cut from the end',
} as const;

export async function runVerifyAudit(ctx: CommandContext): Promise<number> {
  const location = cliStoreLocation(ctx);
  if (location.kind === 'sqlite' && !existsSync(location.file)) {
    ctx.io.err(`データベースがありません / There is no database at ${location.file}`);
    return EXIT_FAILED;
  }
  const store = await openCliStore(ctx);
  try {
    const result = await new AuditLog(store, ctx.clock ?? systemClock).verify();
    if (result.ok) {
      ctx.io.out(`監査ログの連鎖は正常です / The audit chain verifies: ${result.rows} rows.`);
      return EXIT_OK;
    }
    ctx.io.err(`監査ログの連鎖が壊れています / The audit chain is broken at row ${result.brokenAt}: ${result.reason ? REASONS[result.reason] : ''}`);
    return EXIT_FAILED;
  } finally {
    await store.close();
  }
}
