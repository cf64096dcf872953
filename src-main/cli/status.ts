// `madoguchi-admin status [--json]`: the health report of the staff screen, for a technician at the
// machine or a site's monitoring. Exit 0 when every item is ok, 1 when anything needs attention
// (warn or fail) — the JSON's `overall` and each item's `reason` say what. The store is opened
// alone, without registering this machine as a terminal (a status run must not look like a
// heartbeat of the app).
import { existsSync } from 'node:fs';
import { anchorsFileOf } from '../audit/anchors';
import { systemClock } from '../clock';
import { Health } from '../site/health';
import { healthLines } from '../site/health-text';
import { Terminals } from '../site/terminals';
import type { Store, StoreKind } from '../store/store';
import { cliConfig, cliStoreLocation, type CommandContext, openCliStore } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

/** Stands in for a store that could not be opened, so the report still comes out (store: fail). */
function unreachableStore(kind: StoreKind): Store {
  const refuse = () => Promise.reject(new Error('store unreachable'));
  return { kind, schemaVersion: 0, inTransaction: false, all: refuse, get: refuse, run: refuse, transaction: refuse, close: () => Promise.resolve() };
}

export async function runStatus(ctx: CommandContext, json: boolean): Promise<number> {
  const config = cliConfig(ctx);
  const location = cliStoreLocation(ctx);
  let store: Store;
  // A missing SQLite file is not created by looking at it.
  if (location.kind === 'sqlite' && !existsSync(location.file)) store = unreachableStore('sqlite');
  else {
    try {
      store = await openCliStore(ctx);
    } catch {
      store = unreachableStore(location.kind);
    }
  }
  try {
    const clock = ctx.clock ?? systemClock;
    const health = new Health({ store, config, dataDir: ctx.dataDir, clock, terminals: new Terminals(store, clock), anchorsFile: anchorsFileOf(ctx.dataDir) });
    const report = await health.check();
    if (json) ctx.io.out(JSON.stringify(report, null, 2));
    else for (const line of healthLines(report)) ctx.io.out(line);
    return report.overall === 'ok' ? EXIT_OK : EXIT_FAILED;
  } finally {
    await store.close();
  }
}
