// Administrator console (seed 003): 利用者情報選択 over every account — by ID / 利用者キー prefix, by
// card number, by kana name prefix, the next page — and 利用中止解除 (confirmation PIN, state
// change, audit row and the owner's notice mail).
import { AccountSearch } from '../../../src-main/staff/account-search';
import { searchKana } from '../../../src-shared/kana';
import { ACCOUNT_BY_ID, CREDENTIAL, PATRON_BY_ACCOUNT, SESSION_BY_TERMINAL } from '../app-sql';
import { AUDIT_APPEND_SQL, OUTBOX_SQL, rawAudit, rawOutbox, rawTransition, TRANSITION_SQL } from '../baseline-writes';
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
// As account-search.ts folds an ID prefix (copied: it is private there) to meet lower(login_id).
const foldAscii = (text: string) => text.replace(/[A-Z]+/g, (c) => c.toLowerCase());

interface Page {
  next: string | null;
}

export const staffSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = await ctx.app();
    const raw = await ctx.raw();
    if (!ctx.data) return;
    const { admin, prefixes, lockedAccountIds } = ctx.data.manifest;
    await invokeOk(app, TERMINAL, 'staff.login', { staffId: admin.staffId, pin: admin.pin });

    // The exact statements account-search.ts runs (it exposes them for its query-plan tests).
    const sqlOf = (q: Query, cursor: boolean) => AccountSearch.sqlFor(isKana(q.query) ? 'kana' : 'login', q.kind !== null, true, cursor);
    const rawSearch = (q: Query, cursor: { key: string; id: number } | null) => {
      const kana = isKana(q.query);
      const sql = sqlOf(q, cursor !== null);
      const prefix = kana ? searchKana(q.query) : foldAscii(q.query);
      const params: Record<string, string | number> = { limit: PAGE + 1, prefixEnd: prefix + TOP };
      if (q.kind) params.kind = q.kind;
      if (cursor) {
        params.afterKey = cursor.key;
        params.afterId = cursor.id;
      } else params.prefix = prefix;
      return async () => {
        await raw.get(SESSION_BY_TERMINAL, [TERMINAL]);
        await raw.all(sql, params);
      };
    };
    const search = async (name: string, queries: Query[], note?: string) => {
      const baselines = queries.map((q) => rawSearch(q, null));
      await measureOperation(ctx, {
        section: SECTION,
        name,
        op: (i) => invokeOk(app, TERMINAL, 'admin.accounts.search', queries[i % queries.length]),
        baseline: { statements: [SESSION_BY_TERMINAL, ...new Set(queries.map((q) => sqlOf(q, false)))], run: (i) => (baselines[i % baselines.length] as () => Promise<void>)() },
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
    const nextBaselines = cursors.map((c) => rawSearch(c.input, c.cursor));
    await measureOperation(ctx, {
      section: SECTION,
      name: 'account search, next page (kana, with cursor)',
      op: (i) => invokeOk(app, TERMINAL, 'admin.accounts.search', cursors[i % cursors.length]?.input),
      baseline: { statements: [SESSION_BY_TERMINAL, AccountSearch.sqlFor('kana', false, true, true)], run: (i) => (nextBaselines[i % nextBaselines.length] as () => Promise<void>)() },
    });

    await measureUnlock(ctx, lockedAccountIds, admin);
  },
};

async function measureUnlock(ctx: BenchContext, locked: readonly number[], admin: { confirmPin: string; accountId: number }): Promise<void> {
  const app = await ctx.app();
  const raw = await ctx.raw();
  const list = locked.join(',');
  const relock = async () => {
    await raw.run(`UPDATE accounts SET locked = 1, locked_at = ?, consecutive_failures = 5 WHERE id IN (${list})`, [Date.now()]);
  };
  await relock();
  const statements = [SESSION_BY_TERMINAL, ACCOUNT_BY_ID, CREDENTIAL, ...TRANSITION_SQL, ...AUDIT_APPEND_SQL, PATRON_BY_ACCOUNT, ...OUTBOX_SQL];
  await measureOperation(ctx, {
    section: SECTION,
    name: '利用中止解除 unlock (admin.accounts.unlock)',
    op: (i) => invokeOk(app, TERMINAL, 'admin.accounts.unlock', { accountId: locked[i] as number, confirmPin: admin.confirmPin }),
    baseline: {
      statements,
      describe:
        'session by terminal; target account, administrator and 確認暗証番号 row; then one transaction: administrator re-read, its PIN success ' +
        '(FOR UPDATE + status write), target FOR UPDATE + unlock write, audit append, patron row for the mail address, outbox insert; the account again for the answer',
      run: async (i) => {
        const id = locked[i] as number;
        await raw.get(SESSION_BY_TERMINAL, [TERMINAL]);
        await raw.get(ACCOUNT_BY_ID, [id]);
        await raw.get(ACCOUNT_BY_ID, [admin.accountId]);
        await raw.get(CREDENTIAL, [admin.accountId, 'confirm_pin']);
        await raw.transaction(async (tx) => {
          await tx.get(ACCOUNT_BY_ID, [admin.accountId]);
          await rawTransition(tx, admin.accountId, {});
          const target = await rawTransition(tx, id, { locked: 0, consecutive_failures: 0 });
          await rawAudit(tx, raw.auditKey, 'account.unlocked', `patron:${target.login_id}`);
          const patron = await tx.get<{ email1: string | null }>(PATRON_BY_ACCOUNT, [id]);
          await rawOutbox(tx, patron?.email1 ?? 'p@example.jp', id);
        });
        await raw.get(ACCOUNT_BY_ID, [id]);
      },
    },
    reset: relock,
    note: `確認暗証番号 hashed with scrypt N=16 here; at N=2^17 the KDF row of the library section adds to it`,
  });
}
