// Outbox delivery to an SMTP server on 127.0.0.1 (the capture server of the tests, in its own
// process): how many mails per second the worker hands over through its pooled connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src-main/app';
import { createMemoryLogger } from '../../../src-main/log';
import { testMail } from '../../../src-main/mail/templates/test-mail';
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
    await deliver(ctx, mails, 'NORMAL');
  },
};

async function deliver(ctx: BenchContext, mails: number, synchronous: 'FULL' | 'NORMAL'): Promise<void> {
  const server = startProbe('test/bench/probes/capture-server.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-mail-'));
  try {
    const { port } = await server.next<{ port: number }>();
    const app = createApp({
      dataDir,
      env: {},
      startJobs: false,
      log: createMemoryLogger(),
      config: { demoData: false, mail: { smtpUrl: `smtp://127.0.0.1:${port}`, pool: true } },
    });
    app.db.pragma(`synchronous = ${synchronous}`);
    try {
      app.db.transaction(() => {
        for (let i = 0; i < mails; i++) {
          app.mailer.enqueue(testMail, { to: `reader${i}@example.jp`, locale: i % 4 === 0 ? 'en' : 'ja', params: { sentAt: '2026-01-05 09:00' } });
        }
      })();
      const remaining = app.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM outbox WHERE status IN ('queued', 'sending')`);
      const started = performance.now();
      let sent = 0;
      // The scheduler calls deliverDue every 5 s; here the passes run back to back.
      while ((remaining.get()?.n ?? 0) > 0) {
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
        note: `${seconds.toFixed(2)} s in passes of 200; capture server parses every mail in its own process`,
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
