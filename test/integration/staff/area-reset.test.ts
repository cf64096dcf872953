// 変更 for the public, done by the areas behind the console's confirmation PIN: a patron's
// password back to the birth-date MMDD (with a notice mail), a citizen's 利用者キー sent again.
import { afterEach, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from '../../fixtures/smtp-capture';
import { ADMIN, errorOf, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
let mailbox: Mailbox;
afterEach(async () => {
  await env?.close();
  await mailbox?.stop();
});

describe('patron password reset', () => {
  it('needs the permission and the confirmation PIN, resets to MMDD with a forced change, and mails a notice', async () => {
    mailbox = await startMailbox();
    env = await staffEnv({ mail: { smtpUrl: mailbox.url, pool: false } });
    const by = { actor: 'test', terminal: 't' };
    const patron = await env.app.services.library.registration.register(
      { name: '図書 一郎', kana: 'トショ イチロウ', birthDate: '1990-07-14', email: 'ichiro@example.jp' },
      by,
    );
    const { staffId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });
    expect(errorOf(await env.call('k', 'admin.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'my_number_card', confirmPin: 'kaku1357' })).code).toBe('unauthorized');

    expect(errorOf(await env.call('admin', 'admin.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'my_number_card', confirmPin: 'wrong' })).code).toBe('confirm_failed');
    const detail = await env.ok('admin', 'admin.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'my_number_card', confirmPin: ADMIN.confirmPin });
    expect(detail).toMatchObject({ kind: 'patron', resettable: true, notified: true });
    expect((await env.app.services.accounts.credential(patron.accountId, 'password'))?.mustChange).toBe(true);
    const login = await env.call('p', 'library.login', { cardNumber: patron.cardNumber, password: '0714' });
    expect(login.ok).toBe(true);

    await env.app.mailer.deliverDue();
    const mail = await mailbox.waitFor({ to: 'ichiro@example.jp', subject: 'アカウントの状態が変更されました' });
    expect(mail.text).toContain('初期パスワード');
    // The card number (named on purpose) is random and may hold the same four digits by chance.
    expect(mail.text.replace(patron.cardNumber, '')).not.toContain('0714');
    expect(errorOf(await env.call('admin', 'admin.citizen.resendKey', { accountId: patron.accountId, confirmPin: ADMIN.confirmPin })).code).toBe('not_found');
  });
});

describe('citizen key resend', () => {
  it('mails the 利用者キー again, and answers no_mail_address without an address', async () => {
    mailbox = await startMailbox();
    env = await staffEnv({ mail: { smtpUrl: mailbox.url, pool: false }, citizen: { evenAnswerMs: 0 } });
    const { accounts, citizen } = env.app.services;
    const withMail = await accounts.create('citizen', 'abcd12345', '市民 花子');
    await citizen.profiles.insert(withMail.id, { phone: '0312345678', email: 'hanako@example.jp', postalCode: null, address: null }, 'ja', env.clock.now());
    const without = await accounts.create('citizen', 'abcd54321', '市民 次郎');
    await citizen.profiles.insert(without.id, { phone: '0312345679', email: null, postalCode: null, address: null }, 'ja', env.clock.now());

    await env.ok('admin', 'admin.citizen.resendKey', { accountId: withMail.id, confirmPin: ADMIN.confirmPin });
    await env.app.mailer.deliverDue();
    const mail = await mailbox.waitFor({ to: 'hanako@example.jp' });
    expect(mail.text).toContain('abcd12345');
    expect(errorOf(await env.call('admin', 'admin.citizen.resendKey', { accountId: without.id, confirmPin: ADMIN.confirmPin })).code).toBe('no_mail_address');
  });
});
