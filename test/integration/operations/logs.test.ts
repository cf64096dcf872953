// Logs (issue 16): renderer errors reach main's log through log.renderer, limited per machine and
// scrubbed; and no mailed code (利用者キー, ワンタイムパスワード) or PIN appears in any log line after
// the flows that mail them, read from the log files themselves.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../src-main/app';
import { FakeClock } from '../../../src-main/clock';
import { createFileLogger, createMemoryLogger } from '../../../src-main/log';
import { RENDERER_LOG_LIMITS, RendererLog } from '../../../src-main/site/renderer-log';
import { placeTestAuditKey } from '../../fixtures/audit-key';
import { createTestDatabase, type TestDatabase, testStoreIsPostgres } from '../../fixtures/postgres-db';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('log.renderer', () => {
  let t: TempApp;
  const open = async () => {
    t = await tempApp({ mode: 'kiosk' });
    cleanups.push(() => t.close());
  };

  it('writes a renderer error from a public kiosk, without query strings or long digit runs', async () => {
    await open();
    const result = await t.call('kiosk-1/window-1', 'log.renderer', {
      kind: 'rejection',
      message: 'TypeError: x is undefined (card 2000000000015)',
      source: 'app://madoguchi/assets/index.js?token=abc#frag',
      line: 12,
      column: 4,
      stack: 'at f (app://madoguchi/assets/index.js?v=1:12:4)',
      route: 'library.login',
    });
    expect(result).toEqual({ ok: true, data: null });
    const entry = t.logs.find((e) => e.event === 'renderer.error');
    expect(entry).toMatchObject({
      level: 'error',
      detail: {
        terminal: 'kiosk-1/window-1',
        kind: 'rejection',
        message: 'TypeError: x is undefined (card [digits])',
        source: 'app://madoguchi/assets/index.js',
        line: 12,
        column: 4,
        route: 'library.login',
      },
    });
    expect(JSON.stringify(entry)).not.toContain('token=abc');
    expect(JSON.stringify(entry)).not.toContain('2000000000015');
  });

  it('refuses unknown keys and over-long texts', async () => {
    await open();
    expect((await t.call('k1', 'log.renderer', { kind: 'error', message: 'x', secret: 'y' } as never)).ok).toBe(false);
    expect((await t.call('k1', 'log.renderer', { kind: 'error', message: 'x'.repeat(501) })).ok).toBe(false);
    expect(t.logs.filter((e) => e.event === 'renderer.error')).toHaveLength(0);
  });

  it('writes at most the per-minute limit per machine and then says how many were dropped', async () => {
    await open();
    for (let i = 0; i < 25; i++) await t.ok(`kiosk-1/window-${i % 3}`, 'log.renderer', { kind: 'error', message: `e${i}` });
    await t.ok('kiosk-2/window-1', 'log.renderer', { kind: 'error', message: 'other machine' });
    expect(t.logs.filter((e) => e.event === 'renderer.error')).toHaveLength(RENDERER_LOG_LIMITS.perMinute + 1);
    t.clock.advance(60_000);
    await t.ok('kiosk-1/window-1', 'log.renderer', { kind: 'error', message: 'later' });
    expect(t.logs.find((e) => e.event === 'renderer.errors_dropped')).toMatchObject({ level: 'warn', detail: { terminal: 'kiosk-1', dropped: 25 - RENDERER_LOG_LIMITS.perMinute } });
    expect(t.logs.filter((e) => e.event === 'renderer.error').at(-1)?.detail).toMatchObject({ message: 'later' });
  });

  it('remembers a bounded number of machines', () => {
    const log = createMemoryLogger();
    const rendererLog = new RendererLog(log, new FakeClock());
    for (let i = 0; i < 1000; i++) rendererLog.record(`machine-${i}/window-1`, { kind: 'error', message: 'm' });
    expect(rendererLog.trackedMachines).toBe(RENDERER_LOG_LIMITS.maxMachines);
  });
});

describe('no mailed code in any log line', () => {
  it('scans every log file after reservation, OTP issue, failed and successful login, key reissue and staff login', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-logscan-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    let database: TestDatabase | undefined;
    if (testStoreIsPostgres()) {
      database = await createTestDatabase();
      cleanups.push(() => database?.drop() ?? Promise.resolve());
    }
    placeTestAuditKey(dataDir);
    const clock = new FakeClock();
    const app: App = await createApp({
      dataDir,
      clock,
      env: {},
      startJobs: false,
      // The file logger the app writes in production, at its most talkative level.
      log: createFileLogger({ file: join(dataDir, 'logs', 'main.log') }),
      config: {
        demoData: false,
        mode: 'counter',
        log: { level: 'debug' },
        citizen: { evenAnswerMs: 0 },
        security: { kdf: { N: 1024 } },
        ...(database ? { store: { url: database.url } } : {}),
      },
    });
    cleanups.push(() => app.close());
    const call = async (terminal: string, channel: Parameters<App['router']['call']>[1], input: unknown) => app.router.call(terminal, channel, input as never);
    const codes: string[] = [];
    const queuedBodies = async () => (await app.store.all<{ body: string }>(`SELECT body FROM outbox WHERE status = 'queued'`)).map((r) => r.body).join('\n');

    // The administrator as init makes it (on an empty store, before any citizen exists).
    const pins = { pin: 'kanri2468', pinAgain: 'kanri2468', confirmPin: 'kakunin1357', confirmPinAgain: 'kakunin1357' };
    await app.services.staff.installation.initialise({ nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins }, { actor: 'cli', terminal: 'test' });
    // A slot to reserve.
    const catalog = app.services.citizen.catalogStore;
    const now = clock.now();
    const categoryId = await catalog.addCategory({ titleJa: '相談', titleEn: null, sortOrder: 1 } as never, now);
    const formId = await catalog.addForm(
      { categoryId, titleJa: '相談会', titleEn: null, venueJa: '市役所', venueEn: null, descriptionJa: '相談', descriptionEn: null, opensAt: now - 86_400_000, closesAt: now + 30 * 86_400_000, sortOrder: 1, series: false, doseIntervalDays: null } as never,
      now,
    );
    const slotId = await catalog.addSlot(formId, now + 2 * 86_400_000, 5);
    const email = 'taro@example.jp';
    const reserved = await call('kiosk-1/window-1', 'city.reserve', {
      name: '申告 太郎', phone: '０７６６－５１－６６００', email, postalCode: '〒939-0294', address: '窓口市本町1-2-3', slotId,
    });
    expect(reserved.ok).toBe(true);
    const userKey = /利用者キー：([a-z]{4}\d{5})/.exec(await queuedBodies())?.[1];
    expect(userKey).toBeDefined();
    codes.push(userKey as string);
    await app.mailer.deliverDue();

    expect((await call('kiosk-1/window-1', 'citizen.otp.issue', { userKey, email })).ok).toBe(true);
    const otp = /ワンタイムパスワード：([A-Za-z0-9]{8})/.exec(await queuedBodies())?.[1];
    expect(otp).toBeDefined();
    codes.push(otp as string);
    await app.mailer.deliverDue();
    expect((await call('kiosk-1/window-1', 'citizen.login', { userKey, otp: 'WRONGCDE' })).ok).toBe(false);
    expect((await call('kiosk-1/window-1', 'citizen.login', { userKey, otp })).ok).toBe(true);
    expect((await call('kiosk-1/window-1', 'session.end', { reason: 'logout' })).ok).toBe(true);

    expect((await call('kiosk-1/window-1', 'citizen.key.reissue', { email, emailConfirm: email })).ok).toBe(true);
    const reissued = /利用者キー：([a-z]{4}\d{5})/.exec(await queuedBodies())?.[1];
    if (reissued) codes.push(reissued);
    await app.mailer.deliverDue();

    // Staff PINs typed at the counter: a wrong and a right login.
    expect((await call('counter-1/window-1', 'staff.login', { staffId: 'A0001', pin: 'wrongpin99' })).ok).toBe(false);
    expect((await call('counter-1/window-1', 'staff.login', { staffId: 'A0001', pin: pins.pin })).ok).toBe(true);
    codes.push(pins.pin, pins.confirmPin, 'wrongpin99');

    await app.close();
    const files = readdirSync(join(dataDir, 'logs')).map((f) => join(dataDir, 'logs', f));
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
    // The scan sees the flows: the log is not simply empty.
    expect(lines.length).toBeGreaterThan(2);
    expect(codes.length).toBeGreaterThanOrEqual(5);
    for (const code of codes) expect(lines.filter((l) => l.includes(code)), code).toEqual([]);
  });
});
