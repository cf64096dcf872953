// Counter screens by permission: look-up with a status summary, the owner's notice mail when staff
// change an account, the mail log with retry, and the audit log with its chain status.
import { afterEach, describe, expect, it } from 'vitest';
import { loginFailed } from '../../../src-main/auth/lockout';
import { startMailbox, type Mailbox } from '../../fixtures/smtp-capture';
import { ADMIN, errorOf, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
let mailbox: Mailbox | undefined;
afterEach(async () => {
  await env?.close();
  await mailbox?.stop();
  mailbox = undefined;
});

async function citizen(email: string | null) {
  const { accounts, citizen: area } = env.app.services;
  const account = await accounts.create('citizen', 'wxyz12345', '窓口 一郎');
  await area.profiles.insert(account.id, { phone: '0312345678', email, postalCode: null, address: null }, 'ja', env.clock.now());
  return account;
}

describe('counter look-up', () => {
  it('shows a citizen’s status with the counts its area provides, and never a staff account', async () => {
    env = await staffEnv();
    const { staffId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const account = await citizen('ichiro@example.jp');
    env.app.services.directory.register('citizen', { summaryOf: async () => ({ reservations: 2 }) });
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });
    const page = await env.ok('k', 'counter.accounts.search', { kind: 'citizen', query: 'WXYZ' });
    expect(page.rows.map((r) => r.loginId)).toEqual(['wxyz12345']);
    const summary = await env.ok('k', 'counter.accounts.summary', { accountId: account.id });
    expect(summary).toMatchObject({ kind: 'citizen', locked: false, notified: true, summary: { reservations: 2 } });
    expect(errorOf(await env.call('k', 'counter.accounts.summary', { accountId: 1 })).code).toBe('not_found');
    expect(errorOf(await env.call('k', 'counter.accounts.search', { kind: 'staff' as 'citizen', query: '' })).code).toBe('invalid_input');
  });
});

describe('notice to the owner', () => {
  it('mails a citizen when staff lift their lock, through the outbox, in their language', async () => {
    mailbox = await startMailbox();
    env = await staffEnv({ mail: { smtpUrl: mailbox.url, pool: false } });
    const account = await citizen('ichiro@example.jp');
    const by = { actor: 'test', terminal: 't' };
    for (let i = 0; i < 5; i++) await env.app.services.accounts.transition(account.id, (s) => loginFailed(s, 5), by);
    await env.ok('admin', 'admin.accounts.unlock', { accountId: account.id, confirmPin: ADMIN.confirmPin });
    await env.app.mailer.deliverDue();
    const mail = await mailbox.waitFor({ to: 'ichiro@example.jp', subject: 'アカウントの状態が変更されました' });
    expect(mail.text).toContain('wxyz12345');
    expect(mail.text).toContain('利用中止（ロック）が解除され');
  });

  it('writes no mail when the owner has no address', async () => {
    env = await staffEnv();
    const account = await citizen(null);
    await env.ok('admin', 'admin.accounts.setAccident', { accountId: account.id, reason: '本人から停止依頼', confirmPin: ADMIN.confirmPin });
    expect(await env.app.store.get('SELECT count(*) AS n FROM outbox')).toEqual({ n: 0 });
    // 事故登録 refuses the citizen's own login too, whatever the area.
    expect((await env.app.services.accounts.get(account.id))?.accident).toBe(true);
  });
});

describe('mail log', () => {
  it('lists failed mails with their last error and retries one', async () => {
    mailbox = await startMailbox();
    env = await staffEnv({ mail: { smtpUrl: mailbox.url, pool: false } });
    const { staffId } = await env.clerk(['mail_log'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const account = await citizen('ichiro@example.jp');
    await env.app.store.run(
      `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, account_id, status, attempts, next_attempt_at, last_error, created_at, queued_at)
       VALUES ('<x@madoguchi>', 'test', 'ja', 'ichiro@example.jp', '件名', '本文', ?, 'failed', 9, 0, '550 mailbox unavailable', 0, 0)`,
      [account.id],
    );
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });
    const list = await env.ok('k', 'counter.mail.list', { status: 'failed' });
    expect(list.rows).toEqual([expect.objectContaining({ status: 'failed', lastError: '550 mailbox unavailable', to: 'ichiro@example.jp' })]);
    const id = list.rows[0]?.id ?? 0;
    expect((await env.ok('k', 'counter.mail.retry', { id })).status).toBe('queued');
    expect(errorOf(await env.call('k', 'counter.mail.retry', { id })).code).toBe('conflict');
    expect(errorOf(await env.call('k', 'counter.mail.retry', { id: 9999 })).code).toBe('not_found');
    await env.app.mailer.deliverDue();
    await mailbox.waitFor({ to: 'ichiro@example.jp', subject: '件名' });
    expect((await env.ok('k', 'counter.mail.list', {})).rows[0]?.status).toBe('sent');
  });
});

describe('audit log', () => {
  it('filters by actor, target and action, and reports the chain', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['audit_log'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('admin', 'admin.accounts.setAccident', { accountId, reason: 'テスト', confirmPin: ADMIN.confirmPin });
    await env.ok('admin', 'admin.accounts.clearAccident', { accountId, confirmPin: ADMIN.confirmPin });
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });
    const byTarget = await env.ok('k', 'counter.audit.list', { target: `staff:${staffId}`, action: 'account.accident_set' });
    expect(byTarget.rows).toEqual([expect.objectContaining({ actor: 'staff:A0001', outcome: 'ok', action: 'account.accident_set' })]);
    const byActor = await env.ok('k', 'counter.audit.list', { actor: 'staff:A0001' });
    expect(byActor.rows.length).toBeGreaterThan(2);
    expect(byActor.rows.every((r) => r.actor === 'staff:A0001')).toBe(true);
    const future = await env.ok('k', 'counter.audit.list', { from: env.clock.now() + 1 });
    expect(future.rows).toEqual([]);
    expect(JSON.stringify(await env.ok('k', 'counter.audit.list', {}))).not.toMatch(/hana2468|kaku1357|kakunin1357/);
    expect(await env.ok('k', 'counter.audit.verify', {})).toMatchObject({ ok: true, brokenAt: null });

    const { store } = env.app;
    // The one statement here the dialects spell apart: PostgreSQL names the trigger's table.
    await store.run(store.kind === 'postgres' ? 'DROP TRIGGER audit_log_no_update ON audit_log' : 'DROP TRIGGER audit_log_no_update');
    await store.run("UPDATE audit_log SET outcome = 'failed' WHERE id = 3");
    expect(await env.ok('k', 'counter.audit.verify', {})).toMatchObject({ ok: false, brokenAt: 3, reason: 'edited' });
  });
});
