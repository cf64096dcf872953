// Several terminals on one PostgreSQL store at once (PostgreSQL only): four app instances — four
// data folders, one store.url, four terminal names, as four kiosks of a site — each with a booking
// window and a login window, all running together for a fixed number of operations.
//
// Every booking window walks the same list of fresh slots with two places each, so the four
// terminals ask for the same slot at about the same moment and half of them must be told 'full':
// the test of the slot lock (SELECT … FOR UPDATE) and of the capacity check. Every audited action
// of every terminal appends to one audit chain, whose head row all of them lock. Afterwards: no slot
// may hold more than its capacity or a booked count other than its active reservations, and the
// audit chain must still verify.
//
// The four apps share this process's event loop (the machine has few cores and the server needs
// them), so a latency includes waiting for the other terminals' JavaScript, as well as for the locks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../../src-main/app';
import { auditKeyFiles } from '../../../src-main/audit/audit-key';
import { hashSecretSync } from '../../../src-main/auth/secrets';
import { createMemoryLogger, type LogEntry } from '../../../src-main/log';
import { OTP_REPLACE, SLOT_INSERT } from '../app-sql';
import { type BenchContext, openBenchApp } from '../context';
import { atMost } from '../figures';
import { userKey } from '../generate/layout';
import { SESSION_KDF } from '../generate/manifest';
import { summarize } from '../stats';
import type { Section } from '../section';
import { serializationFailures, serializationFailuresByStatement } from '../store-watch';

const SECTION = 'terminals';
const TERMINALS = 4;
const CAPACITY = 2;
const OTP = 'Bench456';
const DAY = 86_400_000;

interface Outcomes {
  samples: number[];
  /** Answers other than ok, by error code. */
  refused: Map<string, number>;
  ok: number;
}

function outcomes(): Outcomes {
  return { samples: [], refused: new Map(), ok: 0 };
}

/** Times one call and files its answer; throws only for a failure of the call itself. */
async function timed(into: Outcomes, call: () => Promise<{ ok: boolean; error?: { code: string } }>): Promise<boolean> {
  const started = performance.now();
  const result = await call();
  into.samples.push(performance.now() - started);
  if (result.ok) into.ok++;
  else {
    const code = result.error?.code ?? 'unknown';
    into.refused.set(code, (into.refused.get(code) ?? 0) + 1);
  }
  return result.ok;
}

function describeRefusals(o: Outcomes): string {
  return [...o.refused].map(([code, n]) => `${n} ${code}`).join(', ') || 'none';
}

export const terminalsSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    if (ctx.store.kind !== 'postgres' || !ctx.store.url) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: `${TERMINALS} terminals booking and logging in at once`, reason: 'n/a on SQLite: run with --store postgres://…' });
      return;
    }
    if (!ctx.data) return;
    const storeUrl = ctx.store.url;
    const { manifest } = ctx.data;
    const main = await ctx.app();
    const bookingsPerTerminal = Math.max(1, Math.ceil(ctx.args.terminalOps / 2 / TERMINALS));
    const loginsPerTerminal = Math.max(1, Math.floor(ctx.args.terminalOps / 2 / TERMINALS));

    const siteKey = auditKeyFiles(main.dataDir, main.config.audit.keyFile).plain;
    const dirs: string[] = [];
    const apps: App[] = [];
    const logs: LogEntry[][] = [];
    try {
      // Fresh slots of the nearly-full slots' form, far enough ahead to be bookable.
      const form = await main.store.get<{ form_id: number }>('SELECT form_id FROM reservation_slots WHERE id = ?', [manifest.nearlyFullSlotIds[0] ?? 0]);
      if (!form) throw new Error('no slot of the bench form');
      const now = Date.now();
      const slots = await main.store.transaction(async () => {
        const ids: number[] = [];
        for (let s = 0; s < bookingsPerTerminal; s++) {
          const row = await main.store.get<{ id: number }>(SLOT_INSERT, [form.form_id, now + (200 + (s % 100)) * DAY + s * 60_000, CAPACITY]);
          ids.push((row as { id: number }).id);
        }
        return ids;
      });

      for (let k = 0; k < TERMINALS; k++) {
        const dir = mkdtempSync(join(tmpdir(), `madoguchi-bench-terminal-${k}-`));
        dirs.push(dir);
        const log = createMemoryLogger();
        logs.push(log.entries);
        // Every terminal of a site holds the site's one audit key (they append to one chain).
        apps.push(await openBenchApp(dir, { storeUrl, terminalName: `bench-t${k}`, log, config: { audit: { keyFile: siteKey } } }));
      }
      // Each terminal's booking window holds a citizen's session (a known code, as if read from
      // the mail); its login window logs session patrons in one after another.
      const otpHash = hashSecretSync(OTP, SESSION_KDF);
      const bookWindow = (k: number) => `bench-t${k}/window-1`;
      const loginWindow = (k: number) => `bench-t${k}/window-2`;
      for (let k = 0; k < TERMINALS; k++) {
        await main.store.run(OTP_REPLACE, [manifest.citizens.firstAccountId + k, otpHash, now, now + 3_600_000]);
        const login = await (apps[k] as App).router.invoke(bookWindow(k), 'citizen.login', { userKey: userKey(k), otp: OTP });
        if (!login.ok) throw new Error(`citizen login on terminal ${k}: ${login.error.code}`);
      }

      const bookings = outcomes();
      const logins = outcomes();
      const patrons = manifest.sessionPatrons;
      const failuresBefore = serializationFailures();
      const failedAtBefore = serializationFailuresByStatement();
      const started = performance.now();
      const booker = async (k: number) => {
        const app = apps[k] as App;
        for (const slotId of slots) await timed(bookings, () => app.router.invoke(bookWindow(k), 'citizen.reserve', { slotId, locale: 'ja' }));
      };
      const loginer = async (k: number) => {
        const app = apps[k] as App;
        for (let i = 0; i < loginsPerTerminal; i++) {
          const p = patrons[(i * TERMINALS + k) % patrons.length] as { loginId: string; secret: string };
          await timed(logins, () => app.router.invoke(loginWindow(k), 'library.login', { cardNumber: p.loginId, password: p.secret }));
        }
      };
      await Promise.all(Array.from({ length: TERMINALS }, (_, k) => [booker(k), loginer(k)]).flat());
      const seconds = (performance.now() - started) / 1000;
      const failures = serializationFailures() - failuresBefore;
      const failedAt = [...serializationFailuresByStatement()]
        .map(([at, n]) => [at, n - (failedAtBefore.get(at) ?? 0)] as const)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1]);
      for (const [at, n] of failedAt) ctx.log(`${SECTION}: ${n} × ${at}`);
      const operations = bookings.samples.length + logins.samples.length;

      const check = await main.store.get<{ overbooked: number; mismatched: number; booked: number }>(
        `SELECT coalesce(sum(CASE WHEN s.booked > s.capacity THEN 1 ELSE 0 END), 0) AS overbooked,
           coalesce(sum(CASE WHEN s.booked <> (SELECT count(*) FROM reservations r WHERE r.slot_id = s.id AND r.status = 'active') THEN 1 ELSE 0 END), 0) AS mismatched,
           coalesce(sum(CASE WHEN s.id >= ? AND s.id <= ? THEN s.booked ELSE 0 END), 0) AS booked
         FROM reservation_slots s`,
        [Math.min(...slots), Math.max(...slots)],
      );
      const overbooked = (check?.overbooked ?? 0) + (check?.mismatched ?? 0);
      const audit = await main.services.audit.verify();
      // What an 'internal' answer was: the router logged it with its error.
      const errors = new Map<string, number>();
      for (const entry of logs.flat()) {
        if (entry.level !== 'error') continue;
        const key = `${entry.event}: ${entry.error?.message ?? ''}`.slice(0, 160);
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
      for (const [message, n] of errors) ctx.log(`${SECTION}: ${n} × ${message}`);
      const errorNote = errors.size ? `; logged: ${[...errors].map(([m, n]) => `${n} × ${m}`).join('; ')}` : '';

      const conditions = `${TERMINALS} app instances in one process, ${TERMINALS * 2} windows at once`;
      ctx.figures.push(
        {
          kind: 'latency',
          section: SECTION,
          name: `booking, ${TERMINALS} terminals on the same slots (citizen.reserve)`,
          ms: summarize(bookings.samples),
          goals: [],
          note: `${bookings.ok} booked, refused: ${describeRefusals(bookings)}; ${slots.length} slots × ${CAPACITY} places, each asked for by all ${TERMINALS} terminals; ${conditions}`,
        },
        {
          kind: 'latency',
          section: SECTION,
          name: `patron login without the KDF, ${TERMINALS} terminals (library.login)`,
          ms: summarize(logins.samples),
          goals: [],
          note: `${logins.ok} logged in, refused: ${describeRefusals(logins)}; ${conditions}`,
        },
        {
          kind: 'value',
          section: SECTION,
          name: `throughput, ${operations.toLocaleString('en-US')} operations (bookings + logins)`,
          value: operations / seconds,
          unit: 'ops/s',
          goals: [],
          note: `${seconds.toFixed(2)} s; ${conditions}${errorNote}`,
        },
        {
          kind: 'value',
          section: SECTION,
          name: 'serialization failures and deadlocks, retried',
          value: failures,
          unit: 'transactions',
          goals: [],
          note:
            'SQLSTATE 40001 / 40P01 answers to the apps’ transactions, counted on the pg client (createApp does not expose onRetry); each was run again or, ' +
            `after the adapter's last attempt, answered 'internal'. Where they met it: ${failedAt.slice(0, 4).map(([at, n]) => `${n} × ${at}`).join('; ') || '–'}`,
        },
        {
          kind: 'value',
          section: SECTION,
          name: 'overbooked or miscounted slots (all slots)',
          value: overbooked,
          unit: 'slots',
          goals: [atMost(overbooked, 0, 'must be 0'), { text: 'places taken = bookings answered ok', met: check?.booked === bookings.ok }],
          note: `booked > capacity: ${check?.overbooked ?? '?'}; booked ≠ active reservations: ${check?.mismatched ?? '?'}; places taken in the scenario's slots: ${check?.booked ?? '?'} (bookings answered ok: ${bookings.ok})`,
        },
        {
          kind: 'value',
          section: SECTION,
          name: 'audit chain after the run (rows verified)',
          value: audit.rows,
          unit: 'rows',
          goals: [{ text: 'chain intact', met: audit.ok }],
          note: audit.ok ? 'every terminal appended to one chain; it verifies' : `broken at ${audit.brokenAt} (${audit.reason})`,
        },
      );
      ctx.log(`${SECTION}: ${operations} operations in ${seconds.toFixed(2)} s, ${failures} retried, ${overbooked} overbooked slots`);
    } catch (error) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: `${TERMINALS} terminals booking and logging in at once`, reason: (error as Error).message });
      ctx.log(`${SECTION}: failed: ${(error as Error).stack ?? String(error)}`);
    } finally {
      for (const app of apps) await app.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  },
};
