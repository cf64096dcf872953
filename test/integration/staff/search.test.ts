// 利用者情報選択: search across kinds with もっと見る, and query plans that stay on an index at any
// page, so a million accounts cost what a hundred do.
import { afterEach, describe, expect, it } from 'vitest';
import { AccountSearch } from '../../../src-main/staff';
import type { SqliteStore } from '../../../src-main/store/sqlite-store';
import { testStoreIsPostgres } from '../../fixtures/postgres-db';
import { errorOf, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

async function addPublic(count: number): Promise<void> {
  const { store } = env.app;
  const insert = `INSERT INTO accounts (kind, login_id, display_name, name_kana, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)`;
  await store.transaction(async () => {
    for (let i = 0; i < count; i++) {
      await store.run(insert, ['patron', `10000000${String(i).padStart(5, '0')}`, `利用者${i}`, i % 2 ? `ヤマダ ${i}` : `タナカ ${i}`]);
      await store.run(insert, ['citizen', `abcd${String(i).padStart(5, '0')}`, `市民${i}`, null]);
    }
  });
}

describe('account search', () => {
  it('pages through a kind with もっと見る, each row once, in order', async () => {
    env = await staffEnv();
    await addPublic(120);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof env.ok<'admin.accounts.search'>>> = await env.ok('admin', 'admin.accounts.search', { kind: 'patron', query: '', after });
      seen.push(...page.rows.map((r) => r.loginId));
      after = page.next;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort()).toEqual(seen);
  });

  it('finds by ID prefix in either case, by card prefix, and by kana typed in hiragana', async () => {
    env = await staffEnv();
    await addPublic(30);
    await env.clerk(['patron_lookup']);
    const ids = async (query: string, kind: 'staff' | 'patron' | 'citizen' | null = null) =>
      (await env.ok('admin', 'admin.accounts.search', { kind, query })).rows.map((r) => r.loginId);
    expect(await ids('s00')).toEqual(['S0001']);
    expect(await ids('A0001')).toEqual(['A0001']);
    expect(await ids('1000000000002')).toEqual(['1000000000002']);
    expect(await ids('ABCD0000', 'citizen')).toHaveLength(10);
    expect((await ids('やまだ')).length).toBe(15);
    expect(await ids('ｶﾝﾘ')).toEqual(['A0001']);
    expect(await ids('しょくいん', 'staff')).toEqual(['S0001']);
    expect(await ids('zzz')).toEqual([]);
  });

  it('shows the ○ / - columns and the staff permission matrix', async () => {
    env = await staffEnv();
    const { staffId } = await env.clerk(['patron_lookup', 'mail_log']);
    for (let i = 0; i < 5; i++) await env.login('x', staffId, 'wrong');
    const rows = (await env.ok('admin', 'admin.accounts.search', { kind: 'staff', query: '' })).rows;
    expect(rows).toEqual([
      expect.objectContaining({ loginId: 'A0001', locked: false, accident: false, blockaded: false, staff: { role: 'admin', permissions: expect.arrayContaining(['staff_management']) } }),
      expect.objectContaining({ loginId: staffId, locked: true, nameKana: 'ｼｮｸｲﾝ 1', displayName: '職員1', staff: { role: 'clerk', permissions: ['mail_log', 'patron_lookup'] } }),
    ]);
  });

  it('refuses a cursor it did not make', async () => {
    env = await staffEnv();
    expect(errorOf(await env.call('admin', 'admin.accounts.search', { query: '', after: 'bm9wZQ' })).fields).toEqual({ after: 'invalid' });
  });

  // SQLite's planner, read through the raw connection; on PostgreSQL the plan depends on the
  // server's statistics and is not asserted here.
  it.skipIf(testStoreIsPostgres())('walks an index in order for every kind of query, with or without a cursor', async () => {
    env = await staffEnv();
    const { db } = env.app.store as SqliteStore;
    for (const mode of ['login', 'kana'] as const) {
      for (const kind of [false, true]) {
        for (const prefix of [false, true]) {
          for (const cursor of [false, true]) {
            const plan = db
              .prepare(`EXPLAIN QUERY PLAN ${AccountSearch.sqlFor(mode, kind, prefix, cursor)}`)
              .all({ kind: 'patron', prefix: 'a', prefixEnd: 'a\uffff', afterKey: 'a', afterId: 1, limit: 51 }) as { detail: string }[];
            const text = plan.map((p) => p.detail).join(' | ');
            const label = `${mode} kind=${kind} prefix=${prefix} cursor=${cursor}: ${text}`;
            expect(text, label).toMatch(/USING INDEX accounts_/);
            expect(text, label).not.toMatch(/TEMP B-TREE/);
            // With a cursor the index is entered at the cursor, not scanned from its start.
            if (cursor || prefix || kind || mode === 'kana') expect(text, label).toMatch(/^SEARCH/);
          }
        }
      }
    }
  });
});
