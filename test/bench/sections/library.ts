// Library (seed 002): patron login split into the KDF and everything else, My Library summary,
// the loan history page (newest 1000) and catalogue search, each beside its raw statements.
import { PRODUCTION_KDF, verifySecret } from '../../../src-main/auth/secrets';
import { LibraryCalendar } from '../../../src-main/library/calendar';
import { SEARCH_LIMIT } from '../../../src-main/library/catalogue';
import { catalogueQuery } from '../../../src-main/library/catalogue-query';
import { HISTORY_LIMIT } from '../../../src-shared/contract/library';
import { normalizePassword } from '../../../src-shared/library/patron-password';
import {
  ACCOUNT_BY_LOGIN,
  ACCOUNT_LOGGED_IN,
  CREDENTIAL,
  HISTORY_COUNT,
  HISTORY_KEEPING,
  HISTORY_LIST,
  SESSION_BY_TERMINAL,
  SHELVES_LIST,
  SUMMARY_CART,
  SUMMARY_EBOOKS,
  SUMMARY_HOLDS,
  SUMMARY_LOANS,
  SUMMARY_SHELVES,
} from '../app-sql';
import { AUDIT_APPEND_SQL, rawAudit, rawStartSession, rawTransition, SESSION_START_SQL, TRANSITION_SQL } from '../baseline-writes';
import type { BenchContext } from '../context';
import type { LatencyFigure } from '../figures';
import { CATALOGUE_QUERIES } from '../generate/names';
import { invokeOk, timeCalls } from '../measure';
import { measureOperation, type Section } from '../section';

const SECTION = 'library';

export const librarySection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = await ctx.app();
    const raw = await ctx.raw();
    if (!ctx.data) return;
    const { sessionPatrons } = ctx.data.manifest;
    const calendar = new LibraryCalendar(app.config.library.timeZone);
    const terminal = (k: number) => `bench-patron-${k}`;
    // The baselines keep sessions of their own, so they never replace one the operation reads.
    const rawTerminal = (k: number) => `bench-raw-patron-${k}`;
    const patron = (i: number) => sessionPatrons[i % sessionPatrons.length] as { loginId: string; secret: string; accountId: number };

    await measureLogin(ctx);

    // Everything but the KDF (the session patrons' passwords are hashed with the cheap
    // SESSION_KDF), with one commit: the terminal's session read by the router, account and
    // password, then the counter reset with its audit row, the last-login time, the session that
    // replaces the terminal's previous one and the audit row of that one's end.
    const loginStatements = [
      SESSION_BY_TERMINAL,
      ACCOUNT_BY_LOGIN,
      CREDENTIAL,
      ...TRANSITION_SQL,
      ...AUDIT_APPEND_SQL,
      ACCOUNT_LOGGED_IN,
      ...SESSION_START_SQL,
    ];
    await measureOperation(ctx, {
      section: SECTION,
      name: 'patron login without the KDF (library.login)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.login', { cardNumber: patron(i).loginId, password: patron(i).secret }),
      baseline: {
        statements: loginStatements,
        describe: `${loginStatements.length} statements, one commit: session by terminal, account by card, password; then account FOR UPDATE + status write, audit append, last login, session replace (DELETE … RETURNING, INSERT), audit append`,
        run: async (i) => {
          const p = patron(i);
          const t = rawTerminal(i % sessionPatrons.length);
          await raw.get(SESSION_BY_TERMINAL, [t]);
          await raw.get(ACCOUNT_BY_LOGIN, ['patron', p.loginId]);
          await raw.get(CREDENTIAL, [p.accountId, 'password']);
          await raw.transaction(async (tx) => {
            const account = await rawTransition(tx, p.accountId, { consecutive_failures: 0 });
            await rawAudit(tx, raw.auditKey, 'account.login_succeeded', `patron:${p.loginId}`);
            const now = Date.now();
            await tx.run(ACCOUNT_LOGGED_IN, [now, now, p.accountId]);
            if (await rawStartSession(tx, t, account)) await rawAudit(tx, raw.auditKey, 'session.end', null);
          });
        },
      },
      note: 'password hashed with scrypt N=16 (r=1) for these accounts, so the figure is the login without its KDF',
    });
    // Leaves every session patron logged in on its own terminal for the reads below.
    for (let k = 0; k < sessionPatrons.length; k++) {
      await invokeOk(app, terminal(k), 'library.login', { cardNumber: patron(k).loginId, password: patron(k).secret });
    }

    const summaryStatements = [SESSION_BY_TERMINAL, SUMMARY_LOANS, SUMMARY_HOLDS, SUMMARY_CART, HISTORY_COUNT, SUMMARY_EBOOKS, SUMMARY_SHELVES, SHELVES_LIST];
    await measureOperation(ctx, {
      section: SECTION,
      name: 'My Library summary (library.summary)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.summary', {}),
      baseline: {
        statements: summaryStatements,
        run: async (i) => {
          const id = patron(i).accountId;
          const today = calendar.dateOf(Date.now());
          const before = calendar.startOfDay(today);
          await raw.get(SESSION_BY_TERMINAL, [terminal(i % sessionPatrons.length)]);
          await raw.get(SUMMARY_LOANS, [today, id]);
          await raw.get(SUMMARY_HOLDS, [id]);
          await raw.get(SUMMARY_CART, [id]);
          await raw.get(HISTORY_COUNT, [id, before]);
          await raw.get(SUMMARY_EBOOKS, [id, today]);
          await raw.get(SUMMARY_SHELVES, [id]);
          await raw.all(SHELVES_LIST, [id]);
        },
      },
    });

    await measureOperation(ctx, {
      section: SECTION,
      name: 'loan history, newest 1000 (library.history.list)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.history.list', {}),
      baseline: {
        statements: [SESSION_BY_TERMINAL, HISTORY_KEEPING, HISTORY_LIST, HISTORY_COUNT],
        run: async (i) => {
          const id = patron(i).accountId;
          const before = calendar.startOfDay(calendar.dateOf(Date.now()));
          await raw.get(SESSION_BY_TERMINAL, [terminal(i % sessionPatrons.length)]);
          await raw.get(HISTORY_KEEPING, [id]);
          await raw.all(HISTORY_LIST, [id, before, HISTORY_LIMIT]);
          await raw.get(HISTORY_COUNT, [id, before]);
        },
      },
      note: 'each page holds 1000 rows of the patron’s 1,500',
    });

    const searches = CATALOGUE_QUERIES.map((q) => {
      // The statement catalogue.ts builds for the query on this store, run directly.
      const built = catalogueQuery(raw.kind, q, 'any', SEARCH_LIMIT);
      if (!built) throw new Error(`no terms in ${q}`);
      return built;
    });
    await measureOperation(ctx, {
      section: SECTION,
      name: 'catalogue search, title or author (library.catalogue.search)',
      op: (i) => invokeOk(app, terminal(i % sessionPatrons.length), 'library.catalogue.search', { query: CATALOGUE_QUERIES[i % CATALOGUE_QUERIES.length] as string, field: 'any' }),
      baseline: {
        statements: [SESSION_BY_TERMINAL, ...new Set(searches.map((s) => s.sql))],
        describe:
          raw.kind === 'sqlite'
            ? `session by terminal; FTS5 trigram MATCH … ORDER BY rowid DESC LIMIT 50 (LIKE for 1–2 character terms beside it), or a lower(title) / lower(author) prefix range for 1–2 character terms alone; queries: ${CATALOGUE_QUERIES.join(' / ')}`
            : `session by terminal; lower(title|author) LIKE lower('%term%') per term (pg_trgm GIN) ORDER BY id DESC LIMIT 50, or LIKE 'term%' in title order for 1–2 character terms alone; queries: ${CATALOGUE_QUERIES.join(' / ')}`,
        run: async (i) => {
          const s = searches[i % searches.length];
          await raw.get(SESSION_BY_TERMINAL, [terminal(i % sessionPatrons.length)]);
          if (s) await raw.all(s.sql, s.params, { planPerCall: true });
        },
      },
    });
  },
};

/** The production-KDF login, its KDF alone (verifySecret on the same hashes) and the difference. */
async function measureLogin(ctx: BenchContext): Promise<void> {
  const app = await ctx.app();
  const raw = await ctx.raw();
  const { loginPatrons } = ctx.data?.manifest ?? { loginPatrons: [] };
  const counts = { calls: ctx.args.loginCalls, warmup: 2 };
  const p = (i: number) => loginPatrons[i % loginPatrons.length] as { loginId: string; secret: string; accountId: number };
  try {
    const total = await timeCalls(counts, (i) => invokeOk(app, `bench-login-${i % 4}`, 'library.login', { cardNumber: p(i).loginId, password: p(i).secret }));
    const kdf = await timeCalls(counts, async (i) => {
      const stored = (await raw.get<{ hash: string }>(CREDENTIAL, [p(i).accountId, 'password']))?.hash ?? '';
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
