// 100,000 hostile calls — invented terminal ids, random channel names, random inputs, and random
// words through the calls that build SQL from what they are given — leave every in-memory map of
// main within its bound: long-operation signals, device flows, and the stores' statement caches
// (one entry per SQL text the code writes, never one per input).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATIONS } from '../../../src-main/auth/sessions';
import { MAX_FLOWS } from '../../../src-main/identity/xid-flows';
import { DEMO_PATRON } from '../../../src-main/library';
import { DEMO_STAFF } from '../../../src-main/staff';
import { PostgresStore } from '../../../src-main/store/postgres-store';
import { SqliteStore } from '../../../src-main/store/sqlite-store';
import { type ChannelName, contract, permissions } from '../../../src-shared/contract';
import { tempApp, type TempApp } from '../../fixtures/temp-app';

const CALLS = 100_000;
let t: TempApp;

beforeAll(async () => {
  t = await tempApp({ mode: 'counter', demoData: true, citizen: { evenAnswerMs: 0 } });
}, 60_000);
afterAll(() => t.close());

/** A small deterministic generator: the same run every time, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function cachedStatements(): number {
  const { store } = t.app;
  if (store instanceof SqliteStore || store instanceof PostgresStore) return store.cachedStatements;
  throw new Error('unknown store');
}

describe('memory under hostile calls', () => {
  it(`keeps every in-memory map bounded over ${CALLS.toLocaleString('en')} calls`, async () => {
    const next = random(13);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const word = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(['あ', 'カ', 'x', 'Y', '1', ' ', '%', '_', '"', '図書', 'ﾊﾅ'])).join('');
    const channels = Object.keys(contract) as ChannelName[];
    const { sessions, accounts, identity } = t.app.services;

    // Two callers that pass the auth check, so the SQL-building calls run with random words.
    const patron = await accounts.findByLogin('patron', DEMO_PATRON.cardNumber);
    const admin = await accounts.findByLogin('staff', DEMO_STAFF.admin.staffId);
    if (!patron || !admin) throw new Error('demo accounts missing');
    const asPatron = () => sessions.start('patron-window', { accountId: patron.id, kind: 'patron', loginId: patron.loginId, displayName: 'p', role: null, permissions: [], requiredAction: null });
    const asAdmin = () => sessions.start('admin-window', { accountId: admin.id, kind: 'staff', loginId: admin.loginId, displayName: 'a', role: 'admin', permissions: [...permissions], requiredAction: null });
    await asPatron();
    await asAdmin();
    // Warm-up: every SQL text these calls can build, once.
    for (const field of ['any', 'title', 'author'] as const) await t.app.router.invoke('patron-window', 'library.catalogue.search', { query: '図書 a', field });
    const baseline = cachedStatements();

    const inputs: Array<() => [string, string, unknown]> = [
      () => [`stranger-${next()}`, pick(channels), { [word()]: word(), cardNumber: word(), password: word() }],
      () => [`stranger-${next()}`, `${pick(channels)}${word()}`, {}],
      () => [`stranger-${next()}`, pick(['identity.start', 'identity.wait', 'identity.cancel', 'identity.proceed'] as const), { purpose: 'login', locale: 'ja', action: 'login' }],
      () => ['patron-window', 'library.catalogue.search', { query: Array.from({ length: 1 + Math.floor(next() * 10) }, word).join(' '), field: pick(['any', 'title', 'author']) }],
      () => ['admin-window', 'admin.accounts.search', { kind: pick(['patron', 'citizen', 'staff', null]), query: word() }],
      () => ['admin-window', 'counter.audit.list', { actor: next() < 0.5 ? word() : null, target: next() < 0.5 ? word() : null, action: next() < 0.5 ? word() : null, from: next() < 0.5 ? Math.floor(next() * 1e12) : null }],
    ];
    for (let i = 0; i < CALLS; i++) {
      const [terminal, channel, input] = (inputs[i % inputs.length] as () => [string, string, unknown])();
      const result = await t.app.router.invoke(terminal, channel, input);
      if (!result.ok && result.error.code === 'internal') throw new Error(`internal on ${channel}`);
      if (!result.ok && result.error.code === 'unauthorized' && terminal === 'patron-window') await asPatron();
      if (!result.ok && result.error.code === 'unauthorized' && terminal === 'admin-window') await asAdmin();
    }

    const grown = cachedStatements() - baseline;
    console.info(`after ${CALLS} calls: ${sessions.operationCount()} operations, flows ${JSON.stringify(identity.flows.sizes())}, statements ${cachedStatements()} (+${grown})`);
    expect(sessions.operationCount()).toBeLessThanOrEqual(MAX_OPERATIONS);
    expect(identity.flows.sizes().flows).toBeLessThanOrEqual(MAX_FLOWS);
    expect(identity.flows.sizes().held).toBeLessThanOrEqual(MAX_FLOWS);
    // Texts are built from which filters are set, never from their values: the audit list has 2^6
    // combinations, the account search 16, the catalogue search one per shape (field × how many
    // long and short words, at most 8: 3 × 36 + 3 × 8 on SQLite). Never one per call.
    expect(grown).toBeLessThanOrEqual(64 + 16 + 3 * 36 + 3 * 8);
    expect(t.logs.filter((e) => e.event === 'ipc.unexpected')).toEqual([]);
  }, 600_000);
});
