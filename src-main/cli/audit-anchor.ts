// `madoguchi-admin audit anchor [--out <file>]`: writes the audit chain's head down outside the
// database, as one JSON line {at, lastId, lastHash} appended to the data folder's
// audit-anchors.jsonl (or <file>: a copy on another medium is worth most), and prints it. A later
// verify finds rows cut off or rewritten since. The app writes one itself every day.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { anchorLine, anchorsFileOf, appendAnchor } from '../audit/anchors';
import { AuditLog } from '../audit/log';
import { systemClock } from '../clock';
import { cliStoreLocation, type CommandContext, openCliStore } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

export async function runAuditAnchor(ctx: CommandContext, out?: string): Promise<number> {
  const location = cliStoreLocation(ctx);
  if (location.kind === 'sqlite' && !existsSync(location.file)) {
    ctx.io.err(`データベースがありません / There is no database at ${location.file}`);
    return EXIT_FAILED;
  }
  const file = out === undefined ? anchorsFileOf(ctx.dataDir) : resolve(out);
  const store = await openCliStore(ctx);
  try {
    // Taking an anchor needs no key: it records the head as it is.
    const anchor = await new AuditLog(store, ctx.clock ?? systemClock, { key: null }).anchor();
    appendAnchor(file, anchor);
    ctx.io.out(anchorLine(anchor));
    ctx.io.out(`アンカーを書きました / Anchor written to ${file}`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
