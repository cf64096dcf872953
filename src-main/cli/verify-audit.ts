// `madoguchi-admin verify-audit [--anchors <file>]`: walks the audit log's chain with the site's
// key and checks it against the anchors (the data folder's audit-anchors.jsonl, or the given file,
// e.g. a copy kept off the machine).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAnchors } from '../audit/anchors';
import { writeVerifyRecord } from '../audit/verify-record';
import { systemClock } from '../clock';
import { cliAuditLog, describeBrokenChain } from './audit-access';
import { cliStoreLocation, type CommandContext, openCliStore } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

export async function runVerifyAudit(ctx: CommandContext, anchorsFile?: string): Promise<number> {
  const location = cliStoreLocation(ctx);
  if (location.kind === 'sqlite' && !existsSync(location.file)) {
    ctx.io.err(`データベースがありません / There is no database at ${location.file}`);
    return EXIT_FAILED;
  }
  if (anchorsFile !== undefined && !existsSync(resolve(anchorsFile))) {
    ctx.io.err(`アンカーのファイルがありません / No such anchors file: ${resolve(anchorsFile)}`);
    return EXIT_FAILED;
  }
  const store = await openCliStore(ctx);
  try {
    const { audit, keyProblem, anchorsFile: file } = await cliAuditLog(ctx, store, anchorsFile === undefined ? undefined : resolve(anchorsFile));
    const { anchors, badLines } = readAnchors(file);
    if (badLines.length) ctx.io.err(`アンカーとして読めない行があります / Lines of ${file} that are not anchors: ${badLines.join(', ')}`);
    const result = await audit.verify(anchors);
    // The health screen and `status` show when the chain was last checked here, and how it went.
    writeVerifyRecord(ctx.dataDir, { at: (ctx.clock ?? systemClock).now(), ok: result.ok, rows: result.rows, by: 'verify-audit' });
    if (result.ok) {
      ctx.io.out(`監査ログの連鎖は正常です / The audit chain verifies: ${result.rows} rows, ${anchors.length} anchors (${file}).`);
      if ((await audit.keyState()) === 'unkeyed') {
        ctx.io.out('注意: 鍵のない古い連鎖です (SHA-256)。データベースを持つ人なら書き換えられます。');
        ctx.io.out('Note: this chain predates audit keys (plain SHA-256); anyone with the database could rewrite it.');
      }
      return EXIT_OK;
    }
    if (result.reason === 'no_key' || result.reason === 'wrong_key') {
      ctx.io.err(`監査ログの連鎖を確かめられません / The audit chain cannot be checked: ${describeBrokenChain(result, keyProblem)}`);
      return EXIT_FAILED;
    }
    ctx.io.err(`監査ログの連鎖が壊れています / The audit chain is broken at ${describeBrokenChain(result)}`);
    return EXIT_FAILED;
  } finally {
    await store.close();
  }
}
