// TEMP investigation script (task 4), not part of the bench.
import { openBenchApp } from '../context';
import { readManifest } from '../generate/manifest';
import type { Store } from '../../../src-main/store/store';

interface Call { what: string; sql: string; ms: number; inTx: boolean }

export async function main([dir, nArg]: string[]): Promise<void> {
  if (!dir) throw new Error('dir');
  const n = Number(nArg ?? 300);
  const manifest = readManifest(dir);
  const app = await openBenchApp(dir, { storeUrl: null });
  const store = app.store as Store & Record<string, unknown>;
  let trace: Call[] | null = null;
  for (const method of ['get', 'all', 'run'] as const) {
    const original = store[method].bind(store) as (sql: string, p?: unknown) => Promise<unknown>;
    (store as unknown as Record<string, unknown>)[method] = async (sql: string, p?: unknown) => {
      const t = performance.now();
      const inTx = store.inTransaction;
      try { return await original(sql, p); } finally { trace?.push({ what: method, sql: sql.replace(/\s+/g, ' ').slice(0, 70), ms: performance.now() - t, inTx }); }
    };
  }
  const tx = store.transaction.bind(store);
  (store as unknown as Record<string, unknown>).transaction = async <T>(fn: () => Promise<T>) => {
    const outer = store.inTransaction;
    const t = performance.now();
    try { return await tx(fn); } finally { trace?.push({ what: outer ? 'tx(joined)' : 'TX', sql: '', ms: performance.now() - t, inTx: outer }); }
  };
  const patrons = manifest.sessionPatrons;
  const agg = new Map<string, { n: number; ms: number }>();
  const totals: number[] = [];
  let calls = 0;
  for (let i = 0; i < n; i++) {
    const p = patrons[i % patrons.length]!;
    trace = [];
    const t = performance.now();
    const r = await app.router.invoke(`bench-patron-${i % patrons.length}`, 'library.login', { cardNumber: p.loginId, password: p.secret });
    const total = performance.now() - t;
    if (!r.ok) throw new Error(JSON.stringify(r));
    if (i >= 50) {
      totals.push(total);
      calls++;
      for (const c of trace) {
        const key = `${c.what.padEnd(10)} ${c.inTx ? 'tx ' : '   '} ${c.sql}`;
        const a = agg.get(key) ?? { n: 0, ms: 0 };
        a.n++; a.ms += c.ms; agg.set(key, a);
      }
    }
    if (i === n - 1) for (const c of trace) console.log(`${c.what.padEnd(10)} ${c.inTx ? 'tx ' : '   '} ${c.ms.toFixed(3)} ${c.sql}`);
  }
  totals.sort((a, b) => a - b);
  console.log(`\nlogins ${calls}, p50 ${totals[Math.floor(calls / 2)]!.toFixed(3)} ms, mean ${(totals.reduce((a, b) => a + b, 0) / calls).toFixed(3)}`);
  for (const [k, v] of [...agg].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(v.n / calls).toFixed(2)}/login ${(v.ms / calls).toFixed(3)} ms/login  ${k}`);
  await app.close();
}
