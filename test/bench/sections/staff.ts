// Administrator console (seed 003): 利用者情報選択 over every account — by ID / 利用者キー prefix, by
// card number, by kana name prefix, the next page — and 利用中止解除 (confirmation PIN, state
// change, audit row and the owner's notice mail).
import { AccountSearch } from '../../../src-main/staff/account-search';
import { searchKana } from '../../../src-shared/kana';
import { baselineWriter } from '../baseline-writes';
import type { BenchContext } from '../context';
import { KANA_PREFIXES } from '../generate/names';
import { invokeOk } from '../measure';
import { measureOperation, type Section } from '../section';

const SECTION = 'staff';
const TERMINAL = 'bench-admin';
const PAGE = 50;
const TOP = '\uffff';

interface Query {
  kind: 'patron' | 'citizen' | 'staff' | null;
  query: string;
}

// The label of a figure must name the statement its baseline runs, so both decide kana the same way.
const isKana = (query: string) => /[\u3041-\u30ff\uff66-\uff9f]/.test(query);

interface Page {
  next: string | null;
}

export const staffSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = ctx.app();
    if (!ctx.data) return;
    const { admin, prefixes, lockedAccountIds } = ctx.data.manifest;
    await invokeOk(app, TERMINAL, 'staff.login', { staffId: admin.staffId, pin: admin.pin });
    const db = app.db;

    // The exact statements account-search.ts runs (it exposes them for its query-plan tests).
    const sqlOf = (q: Query, cursor: boolean) => AccountSearch.sqlFor(isKana(q.query) ? 'kana' : 'login', q.kind !== null, true, cursor);
    const raw = (q: Query, cursor: { key: string; id: number } | null) => {
      const kana = isKana(q.query);
      const statement = db.prepare(sqlOf(q, cursor !== null));
      const prefix = kana ? searchKana(q.query) : q.query;
      const params: Record<string, string | number> = { limit: PAGE + 1, prefixEnd: prefix + TOP };
      if (q.kind) params.kind = q.kind;
      if (cursor) {
        params.afterKey = cursor.key;
        params.afterId = cursor.id;
      } else params.prefix = prefix;
      return () => statement.all(params);
    };
    const search = async (name: string, queries: Query[], note?: string) => {
      const baselines = queries.map((q) => raw(q, null));
      await measureOperation(ctx, {
        section: SECTION,
        name,
        op: (i) => invokeOk(app, TERMINAL, 'admin.accounts.search', queries[i % queries.length]),
        baseline: { sql: sqlOf(queries[0] as Query, false), run: (i) => baselines[i % baselines.length]?.() },
        note,
      });
    };

    await search(
      'account search by ID / 利用者キー prefix (admin.accounts.search)',
      [...prefixes.userKey, ...prefixes.staffId].map((query) => ({ kind: null, query })),
      `prefixes ${[...prefixes.userKey, ...prefixes.staffId].join(', ')}, all kinds`,
    );
    await search('account search by card number prefix', prefixes.card.map((query) => ({ kind: 'patron' as const, query })), `prefixes ${prefixes.card.join(', ')}`);
    const kanaQueries = KANA_PREFIXES.map((query) => ({ kind: null, query }));
    await search('account search by kana name prefix', kanaQueries, `prefixes ${KANA_PREFIXES.join(', ')}, all kinds`);

    // もっと見る: the second page of each kana search, through the cursor the first page returned.
    const cursors: { input: Query & { after: string }; cursor: { key: string; id: number } }[] = [];
    for (const q of kanaQueries) {
      const page = (await invokeOk(app, TERMINAL, 'admin.accounts.search', q)) as Page;
      if (!page.next) continue;
      const [, key, id] = JSON.parse(Buffer.from(page.next, 'base64url').toString('utf8')) as [string, string, number];
      cursors.push({ input: { ...q, after: page.next }, cursor: { key, id } });
    }
    const nextBaselines = cursors.map((c) => raw(c.input, c.cursor));
    await measureOperation(ctx, {
      section: SECTION,
      name: 'account search, next page (kana, with cursor)',
      op: (i) => invokeOk(app, TERMINAL, 'admin.accounts.search', cursors[i % cursors.length]?.input),
      baseline: { sql: AccountSearch.sqlFor('kana', false, true, true), run: (i) => nextBaselines[i % nextBaselines.length]?.() },
    });

    await measureUnlock(ctx, lockedAccountIds, admin);
  },
};

async function measureUnlock(ctx: BenchContext, locked: readonly number[], admin: { confirmPin: string; accountId: number }): Promise<void> {
  const app = ctx.app();
  const db = app.db;
  const list = locked.join(',');
  const relock = () => {
    db.prepare(`UPDATE accounts SET locked = 1, locked_at = ?, consecutive_failures = 5 WHERE id IN (${list})`).run(Date.now());
  };
  relock();
  const writer = baselineWriter(db);
  const account = db.prepare('SELECT * FROM accounts WHERE id = ?');
  const credential = db.prepare("SELECT hash, must_change, updated_at FROM credentials WHERE account_id = ? AND purpose = 'confirm_pin'");
  const profile = db.prepare('SELECT * FROM staff_profiles WHERE account_id = ?');
  const confirmOk = db.prepare('UPDATE accounts SET updated_at = ? WHERE id = ?');
  const unlock = db.prepare('UPDATE accounts SET locked = 0, locked_at = NULL, consecutive_failures = 0, updated_at = ? WHERE id = ?');
  const email = db.prepare('SELECT email1 FROM patrons WHERE account_id = ?');
  // As the console does since the PIN's success joined the change: one transaction for both.
  const change = db.transaction((id: number) => {
    account.get(admin.accountId);
    credential.get(admin.accountId);
    confirmOk.run(Date.now(), admin.accountId);
    account.get(id);
    profile.get(id);
    unlock.run(Date.now(), id);
    writer.audit('account.unlocked', `patron:${id}`);
    const to = (email.get(id) as { email1: string | null } | undefined)?.email1 ?? 'p@example.jp';
    writer.outbox(to, id);
    account.get(id);
  });
  await measureOperation(ctx, {
    section: SECTION,
    name: '利用中止解除 unlock (admin.accounts.unlock)',
    op: (i) => invokeOk(app, TERMINAL, 'admin.accounts.unlock', { accountId: locked[i] as number, confirmPin: admin.confirmPin }),
    baseline: {
      sql: 'one transaction: confirmation PIN row + counter update, account + profile, UPDATE unlocked, audit append, outbox insert',
      run: (i) => change.immediate(locked[i] as number),
    },
    reset: relock,
    note: `確認暗証番号 hashed with scrypt N=16 here; at N=2^17 the KDF row of the library section adds to it`,
  });
}
