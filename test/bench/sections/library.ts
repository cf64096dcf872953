// Library (seed 002): patron login split into the KDF and everything else, My Library summary,
// the loan history page (newest 1000) and catalogue search, each beside its raw statements.
import { createHash } from 'node:crypto';
import { verifySecret, PRODUCTION_KDF } from '../../../src-main/auth/secrets';
import { LibraryCalendar } from '../../../src-main/library/calendar';
import { SEARCH_LIMIT } from '../../../src-main/library/catalogue';
import { catalogueQuery } from '../../../src-main/library/catalogue-query';
import { normalizePassword } from '../../../src-shared/library/patron-password';
import type { BenchContext } from '../context';
import type { LatencyFigure } from '../figures';
import { CATALOGUE_QUERIES } from '../generate/names';
import { invokeOk, timeCalls } from '../measure';
import { measureOperation, type Section } from '../section';

const SECTION = 'library';

// Copied from library/summary.ts, shelves.ts and history.ts: what My Library and the history
// page read.
const SUMMARY_SQL = [
  'SELECT count(*) AS n, coalesce(sum(due_date < ?), 0) AS overdue FROM loans WHERE account_id = ?',
  "SELECT count(*) AS n, coalesce(sum(status = 'ready'), 0) AS ready FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')",
  'SELECT count(*) AS n FROM hold_cart WHERE account_id = ?',
  'SELECT count(*) AS n FROM loan_history WHERE account_id = ? AND returned_at < ?',
  'SELECT count(*) AS n FROM ebook_loans WHERE account_id = ? AND due_date >= ?',
  'SELECT count(*) AS n FROM bookshelves WHERE account_id = ?',
  'SELECT s.id, s.name, s.created_at FROM bookshelves s WHERE s.account_id = ? ORDER BY s.created_at, s.id',
];
const HISTORY_SQL = `SELECT h.id, h.branch, h.loaned_at, h.returned_at, i.id AS i_id, i.title AS i_title, i.author AS i_author,
  i.publisher AS i_publisher, i.year AS i_year, i.kind AS i_kind
  FROM loan_history h JOIN catalogue_items i ON i.id = h.item_id
  WHERE h.account_id = ? AND h.returned_at < ? ORDER BY h.returned_at DESC, h.id DESC LIMIT 1000`;
const HISTORY_COUNT_SQL = 'SELECT count(*) AS n FROM loan_history WHERE account_id = ? AND returned_at < ?';
const KEEPING_SQL = 'SELECT keep_history, history_since FROM patrons WHERE account_id = ?';
const LOGIN_SQL = [
  "SELECT * FROM accounts WHERE kind = 'patron' AND login_id = ? AND deleted_at IS NULL",
  "SELECT hash, must_change, updated_at FROM credentials WHERE account_id = ? AND purpose = 'password'",
  'SELECT * FROM accounts WHERE id = ?',
  'UPDATE accounts SET consecutive_failures = 0, updated_at = ? WHERE id = ?',
  'UPDATE accounts SET last_login_at = ?, updated_at = ? WHERE id = ?',
  // Every login appends audit rows to the hash chain (the login, and the end of the session it
  // replaces on that terminal): head read, row insert, head update — part of the floor.
  'SELECT last_id, last_hash FROM audit_head WHERE singleton = 1',
  `INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash)
   VALUES (?, ?, 'bench', 'bench', 'bench.baseline', NULL, 'ok', NULL, ?, ?)`,
  'UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1',
];
const AUDIT_ROWS_PER_LOGIN = 2;

export const librarySection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = ctx.app();
    if (!ctx.data) return;
    const { sessionPatrons } = ctx.data.manifest;
    const db = app.db;
    const calendar = new LibraryCalendar(app.config.library.timeZone);
    const terminal = (k: number) => `bench-patron-${k}`;
    const patron = (i: number) => sessionPatrons[i % sessionPatrons.length] as { loginId: string; secret: string; accountId: number };

    await measureLogin(ctx);

    // Everything but the KDF: the session patrons' passwords are hashed with the cheap SESSION_KDF.
    const login = LOGIN_SQL.map((sql) => db.prepare(sql));
    const loginRest = db.transaction((i: number) => {
      const p = patron(i);
      const now = Date.now();
      login[0]?.get(p.loginId);
      login[1]?.get(p.accountId);
      login[2]?.get(p.accountId);
      login[3]?.run(now, p.accountId);
      login[4]?.run(now, now, p.accountId);
      for (let row = 0; row < AUDIT_ROWS_PER_LOGIN; row++) {
        const head = login[5]?.get() as { last_id: number; last_hash: string };
        const hash = createHash('sha256').update(`${head.last_hash}${head.last_id + 1}${now}`).digest('hex');
        login[6]?.run(head.last_id + 1, now, head.last_hash, hash);
        login[7]?.run(head.last_id + 1, hash);
      }
    });
    await measureOperation(ctx, {
      section: SECTION,
      name: 'patron login without the KDF (library.login)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.login', { cardNumber: patron(i).loginId, password: patron(i).secret }),
      baseline: { sql: LOGIN_SQL.join('; '), run: (i) => loginRest.immediate(i) },
      note: 'password hashed with scrypt N=16 (r=1) for these accounts, so the figure is the login without its KDF',
    });
    // Leaves every session patron logged in on its own terminal for the reads below.
    for (let k = 0; k < sessionPatrons.length; k++) {
      await invokeOk(app, terminal(k), 'library.login', { cardNumber: patron(k).loginId, password: patron(k).secret });
    }

    const summary = SUMMARY_SQL.map((sql) => db.prepare(sql));
    await measureOperation(ctx, {
      section: SECTION,
      name: 'My Library summary (library.summary)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.summary', {}),
      baseline: {
        sql: SUMMARY_SQL.join('; '),
        run: (i) => {
          const id = patron(i).accountId;
          const now = Date.now();
          const today = calendar.dateOf(now);
          const before = calendar.startOfDay(today);
          summary[0]?.get(today, id);
          summary[1]?.get(id);
          summary[2]?.get(id);
          summary[3]?.get(id, before);
          summary[4]?.get(id, today);
          summary[5]?.get(id);
          summary[6]?.all(id);
        },
      },
    });

    const history = db.prepare(HISTORY_SQL);
    const historyCount = db.prepare(HISTORY_COUNT_SQL);
    const keeping = db.prepare(KEEPING_SQL);
    await measureOperation(ctx, {
      section: SECTION,
      name: 'loan history, newest 1000 (library.history.list)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.history.list', {}),
      baseline: {
        sql: `${HISTORY_SQL}; ${HISTORY_COUNT_SQL}; ${KEEPING_SQL}`,
        run: (i) => {
          const id = patron(i).accountId;
          const before = calendar.startOfDay(calendar.dateOf(Date.now()));
          history.all(id, before);
          historyCount.get(id, before);
          keeping.get(id);
        },
      },
      note: 'each page holds 1000 rows of the patron’s 1,500',
    });

    const searches = CATALOGUE_QUERIES.map((q) => {
      // The statement catalogue.ts prepares for the query, run directly.
      const built = catalogueQuery(q, 'any', SEARCH_LIMIT);
      if (!built) throw new Error(`no terms in ${q}`);
      return { query: q, statement: db.prepare(built.sql), params: built.params };
    });
    await measureOperation(ctx, {
      section: SECTION,
      name: 'catalogue search, title or author (library.catalogue.search)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.catalogue.search', { query: CATALOGUE_QUERIES[i % CATALOGUE_QUERIES.length] as string, field: 'any' }),
      baseline: {
        sql: `FTS5 trigram MATCH … ORDER BY rowid DESC LIMIT 50 (LIKE for 1–2 character terms beside it), or a lower(title) / lower(author) prefix range for 1–2 character terms alone; queries: ${CATALOGUE_QUERIES.join(' / ')}`,
        run: (i) => {
          const s = searches[i % searches.length];
          s?.statement.all(...s.params);
        },
      },
    });
  },
};

/** The production-KDF login, its KDF alone (verifySecret on the same hashes) and the difference. */
async function measureLogin(ctx: BenchContext): Promise<void> {
  const app = ctx.app();
  const { loginPatrons } = ctx.data?.manifest ?? { loginPatrons: [] };
  const hashOf = app.db.prepare<[number], { hash: string }>("SELECT hash FROM credentials WHERE account_id = ? AND purpose = 'password'");
  const counts = { calls: ctx.args.loginCalls, warmup: 2 };
  const p = (i: number) => loginPatrons[i % loginPatrons.length] as { loginId: string; secret: string; accountId: number };
  try {
    const total = await timeCalls(counts, (i) => invokeOk(app, `bench-login-${i % 4}`, 'library.login', { cardNumber: p(i).loginId, password: p(i).secret }));
    const kdf = await timeCalls(counts, async (i) => {
      const stored = hashOf.get(p(i).accountId)?.hash ?? '';
      const { ok } = await verifySecret(normalizePassword(p(i).secret), stored, PRODUCTION_KDF);
      if (!ok) throw new Error('login patron hash does not verify');
    });
    const figure = (name: string, ms: typeof total, note: string): LatencyFigure => ({ kind: 'latency', section: SECTION, name, ms, goals: [], note });
    ctx.figures.push(
      figure('patron login, production KDF (library.login)', total, `scrypt N=2^${Math.log2(PRODUCTION_KDF.N)}, r=${PRODUCTION_KDF.r}, p=${PRODUCTION_KDF.p}`),
      figure('  of which the KDF (verifySecret on the same hash)', kdf, `login minus KDF at p50: ${(total.p50 - kdf.p50).toFixed(2)} ms`),
    );
    ctx.log(`${SECTION}: login p50 ${total.p50.toFixed(1)} ms, KDF p50 ${kdf.p50.toFixed(1)} ms`);
  } catch (error) {
    ctx.figures.push({ kind: 'missing', section: SECTION, name: 'patron login, production KDF', reason: (error as Error).message });
  }
}
