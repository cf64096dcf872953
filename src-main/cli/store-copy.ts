// `madoguchi-admin store copy --from <url> --to <url>`: moves a site between SQLite and
// PostgreSQL (either way). Both stores are opened exactly as the app opens them (and so migrated
// to this version's schema), the target must be empty, every table is copied, the row counts of
// both sides are printed, and the target's audit chain is verified before the command says done.
import { openStore } from '../store/open-store';
import { describePostgresUrl } from '../store/postgres-store';
import { copyStore, TargetNotEmptyError } from '../store/store-copy';
import type { Store } from '../store/store';
import { cliAuditLog } from './audit-access';
import type { CommandContext } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

/** A URL as it may be printed: PostgreSQL without user or password, a file path as given. */
function shown(url: string): string {
  return /^postgres(ql)?:\/\//i.test(url) ? `postgres://${describePostgresUrl(url)}` : url;
}

export async function runStoreCopy(ctx: CommandContext, from: string, to: string): Promise<number> {
  const stores: Store[] = [];
  try {
    // A relative SQLite path is taken from the data folder, as store.url is.
    const source = await openStore({ dataDir: ctx.dataDir, url: from });
    stores.push(source);
    const target = await openStore({ dataDir: ctx.dataDir, url: to });
    stores.push(target);
    ctx.io.out(`コピー元 / from: ${shown(from)} (${source.kind}, schema ${source.schemaVersion})`);
    ctx.io.out(`コピー先 / to:   ${shown(to)} (${target.kind}, schema ${target.schemaVersion})`);
    const started = Date.now();
    const report = await copyStore(source, target);
    const width = Math.max(...report.source.map((c) => c.table.length));
    let mismatch = false;
    for (const [i, s] of report.source.entries()) {
      const t = report.target[i]?.rows ?? 0;
      if (t !== s.rows) mismatch = true;
      ctx.io.out(`  ${s.table.padEnd(width)}  ${String(s.rows).padStart(9)} → ${String(t).padStart(9)}${t === s.rows ? '' : '  ← 不一致 / differs'}`);
    }
    // With the site's key and anchors: the copy must be the same chain, not just a consistent one.
    const audit = await (await cliAuditLog(ctx, target)).audit.verify();
    ctx.io.out(`${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (mismatch) {
      ctx.io.err('行数が一致しません / The row counts differ: do not use the target.');
      return EXIT_FAILED;
    }
    if (!audit.ok) {
      ctx.io.err(`コピー先の監査ログの連鎖が壊れています / The target's audit chain does not verify (row ${audit.brokenAt}, ${audit.reason}).`);
      return EXIT_FAILED;
    }
    ctx.io.out(`監査ログの連鎖は正常です / The target's audit chain verifies: ${audit.rows} rows.`);
    ctx.io.out('完了しました。各端末の store.url をコピー先に変えてください / Done: point every terminal\'s store.url at the target.');
    return EXIT_OK;
  } catch (error) {
    if (error instanceof TargetNotEmptyError) {
      ctx.io.err(`コピー先が空ではありません。空のデータベースにだけコピーできます / ${error.message}`);
      return EXIT_FAILED;
    }
    throw error;
  } finally {
    for (const store of stores.reverse()) await store.close();
  }
}
