// What one patron login (library.login, without its KDF) does in the store: every statement and
// transaction the app's store runs during the call, averaged over many logins of the session
// patrons. Shows the work beside the raw baseline's statements (extra reads, extra commits).
//   node test/run-ts.mjs test/bench/probes/trace-login.ts <data folder from --keep> [logins]
import type { Store } from '../../../src-main/store/store';
import { openBenchApp } from '../context';
import { readManifest } from '../generate/manifest';
import { summarize } from '../stats';

interface Step {
  what: 'get' | 'all' | 'run' | 'transaction' | 'joined transaction';
  sql: string;
  ms: number;
  inTransaction: boolean;
}

const WARMUP = 50;

export async function main([dataDir, count = '1000']: string[]): Promise<void> {
  if (!dataDir) throw new Error('usage: trace-login.ts <data folder> [logins]');
  const logins = Number(count);
  const manifest = readManifest(dataDir);
  const app = await openBenchApp(dataDir, { storeUrl: null });
  const store: Store = app.store;
  let steps: Step[] = [];
  // Wrapped on the instance: every repository holds this same object.
  const wrap = (what: 'get' | 'all' | 'run') => {
    const original = store[what].bind(store) as (sql: string, params?: unknown) => Promise<unknown>;
    Object.assign(store, {
      [what]: async (sql: string, params?: unknown) => {
        const inTransaction = store.inTransaction;
        const started = performance.now();
        try {
          return await original(sql, params);
        } finally {
          steps.push({ what, sql: sql.replace(/\s+/g, ' ').slice(0, 90), ms: performance.now() - started, inTransaction });
        }
      },
    });
  };
  wrap('get');
  wrap('all');
  wrap('run');
  const transaction = store.transaction.bind(store);
  Object.assign(store, {
    transaction: async <T>(fn: () => Promise<T>): Promise<T> => {
      const joined = store.inTransaction;
      const started = performance.now();
      try {
        return await transaction(fn);
      } finally {
        steps.push({ what: joined ? 'joined transaction' : 'transaction', sql: '', ms: performance.now() - started, inTransaction: joined });
      }
    },
  });

  const totals: number[] = [];
  const byStep = new Map<string, { n: number; ms: number }>();
  const patrons = manifest.sessionPatrons;
  for (let i = 0; i < WARMUP + logins; i++) {
    const p = patrons[i % patrons.length] as { loginId: string; secret: string };
    steps = [];
    const started = performance.now();
    const result = await app.router.invoke(`bench-trace-${i % patrons.length}`, 'library.login', { cardNumber: p.loginId, password: p.secret });
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`library.login answered ${result.error.code}`);
    if (i < WARMUP) continue;
    totals.push(ms);
    for (const s of steps) {
      const key = `${s.what.padEnd(18)} ${s.inTransaction ? 'in tx' : '     '} ${s.sql}`;
      const sum = byStep.get(key) ?? { n: 0, ms: 0 };
      sum.n++;
      sum.ms += s.ms;
      byStep.set(key, sum);
    }
  }
  await app.close();
  const ms = summarize(totals);
  process.stdout.write(`${logins} logins: p50 ${ms.p50.toFixed(3)} ms, mean ${ms.mean.toFixed(3)} ms, p99 ${ms.p99.toFixed(3)} ms\n`);
  process.stdout.write('per login: count, ms (a transaction includes the statements inside it)\n');
  for (const [key, sum] of [...byStep].sort((a, b) => b[1].ms - a[1].ms)) {
    process.stdout.write(`${(sum.n / logins).toFixed(2).padStart(5)} ${(sum.ms / logins).toFixed(3).padStart(7)}  ${key}\n`);
  }
}
