// What the staff console learns about a citizen through the account directory: the contact
// address, the count of upcoming reservations for the counter summary, and the key resend.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { applicant, type CitizenEnv, DAY, openCitizenEnv, reserveAsGuest } from './citizen-env';

let mailbox: Mailbox;
let env: CitizenEnv;
beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(() => mailbox.stop());
beforeEach(async () => {
  mailbox.clear();
  env = await openCitizenEnv(mailbox);
});
afterEach(() => env.close());

describe('citizen in the account directory', () => {
  it('counts upcoming reservations only, and gives the contact address', async () => {
    const key = await reserveAsGuest(env);
    const account = await env.app.services.accounts.findByLogin('citizen', key);
    if (!account) throw new Error('no account');
    const { directory } = env.app.services;
    expect(await directory.summaryOf('citizen', account.id)).toEqual({ reservations: 1 });
    expect(await directory.contactOf('citizen', account.id)).toEqual({ address: applicant.email, locale: 'ja' });

    // Once the slot has started it is no longer upcoming.
    env.clock.advance(30 * DAY);
    expect(await directory.summaryOf('citizen', account.id)).toEqual({ reservations: 0 });
  });

  it('resends the 利用者キー to the registered address', async () => {
    const key = await reserveAsGuest(env);
    const account = await env.app.services.accounts.findByLogin('citizen', key);
    if (!account) throw new Error('no account');
    mailbox.clear();
    const resend = env.app.services.directory.action('citizen', 'resendLoginKey');
    await resend?.(account.id, { actor: 'staff:A0001', terminal: 'counter' });
    const mail = await env.mail(applicant.email, '利用者キー');
    expect(mail.text).toContain(key);
  });
});
