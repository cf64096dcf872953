// Outbox delivery to an SMTP server on 127.0.0.1 (the capture server of the tests, in its own
// process): how many mails per second the worker hands over through its pooled connection. On
// SQLite in a fresh data folder; on PostgreSQL in the run's database, whose queue is emptied first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src-main/app';
import { createMemoryLogger } from '../../../src-main/log';
import { testMail } from '../../../src-main/mail/templates/test-mail';
import { SqliteStore } from '../../../src-main/store/sqlite-store';
import type { BenchContext } from '../context';
import { atLeast } from '../figures';
import { startProbe } from '../probes/child';
import type { Section } from '../section';

const SECTION = 'mail';
export const MAIL_GOAL_PER_SECOND = 300;

export const mailSection: Section = {
  name: SECTION,
  needsData: false,
  async run(ctx: BenchContext) {
    const mails = Math.max(500, Math.min(3_000, Math.round(3_000 * ctx.args.scale)));
    await deliver(ctx, mails, 'FULL');
    // Diagnostic: the same with commits that do not wait for the disk, to show what the two
    // per-mail status commits (sending, sent) cost.
    if (ctx.store.kind === 'sqlite') await deliver(ctx, mails, 'NORMAL');
    else ctx.figures.push({ kind: 'missing', section: SECTION, name: 'outbox → SMTP, diagnostic: synchronous=NORMAL', reason: 'n/a on PostgreSQL (an SQLite setting)' });
  },
};

async function deliver(ctx: BenchContext, mails: number, synchronous: 'FULL' | 'NORMAL'): Promise<void> {
  const server = startProbe('test/bench/probes/capture-server.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-mail-'));
  try {
    const { port } = await server.next<{ port: number }>();
    const app = await createApp({
      dataDir,
      env: {},
      startJobs: false,
      log: createMemoryLogger(),
      config: { demoData: false, terminal: { name: 'bench-mail' }, store: { url: ctx.store.url }, mail: { smtpUrl: `smtp://127.0.0.1:${port}`, pool: true } },
    });
    const { store } = app;
    if (store instanceof SqliteStore) store.db.pragma(`synchronous = ${synchronous}`);
    // The bench's data set on PostgreSQL holds mails queued by the other sections (their baselines,
    // a reminder run): out of the way, so the figure is these mails.
    else await store.run("DELETE FROM outbox WHERE status IN ('queued', 'sending')");
    try {
      await store.transaction(async () => {
        for (let i = 0; i < mails; i++) {
          await app.mailer.enqueue(testMail, { to: `reader${i}@example.jp`, locale: i % 4 === 0 ? 'en' : 'ja', params: { sentAt: '2026-01-05 09:00' } });
        }
      });
      const remaining = async () => (await store.get<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE status IN ('queued', 'sending')`))?.n ?? 0;
      const started = performance.now();
      let sent = 0;
      // The scheduler calls deliverDue every 5 s; here the passes run back to back.
      while ((await remaining()) > 0) {
        const report = await app.mailer.deliverDue();
        sent += report.sent;
        if (report.sent === 0 && report.retried + report.failed > 0) throw new Error('delivery failed against the capture server');
      }
      const seconds = (performance.now() - started) / 1000;
      const rate = sent / seconds;
      ctx.figures.push({
        kind: 'value',
        section: SECTION,
        name: `outbox → SMTP 127.0.0.1, pooled (${sent} mails)${synchronous === 'FULL' ? '' : ', diagnostic: synchronous=NORMAL'}`,
        value: rate,
        unit: 'mails/s',
        goals: synchronous === 'FULL' ? [atLeast(rate, MAIL_GOAL_PER_SECOND, `≥ ${MAIL_GOAL_PER_SECOND} mails/s`)] : [],
        note: `${seconds.toFixed(2)} s in passes of 200; capture server parses every mail in its own process${ctx.store.kind === 'postgres' ? `; ${ctx.store.durability}` : ''}`,
      });
      ctx.log(`${SECTION}: ${sent} mails in ${seconds.toFixed(2)} s`);
    } finally {
      await app.close();
    }
  } catch (error) {
    ctx.figures.push({ kind: 'missing', section: SECTION, name: 'outbox → SMTP', reason: (error as Error).message });
  } finally {
    await server.finish();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
