// A one-time password and a password-reset code, once delivered through a real SMTP server, are
// nowhere in the SQLite files: not in the table (the body is blanked with the 'sent' mark), not in
// the page's free space (secure_delete), not in the WAL (truncated after the pass). The bytes of
// the files are searched while the app runs, and again after it closed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src-main/app';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { testStoreIsPostgres } from '../../fixtures/postgres-db';
import { applicant, type CitizenEnv, openCitizenEnv, reserveAsGuest } from '../citizen/citizen-env';

const RESET_MAIL = 'kaede.hidaka@example.jp';

let mailbox: Mailbox;
let env: CitizenEnv | undefined;

beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(async () => {
  await mailbox.stop();
});
afterEach(async () => {
  await env?.close();
  env = undefined;
});

function occurrences(haystack: Buffer, needle: string): number {
  const bytes = Buffer.from(needle, 'utf8');
  let count = 0;
  for (let at = haystack.indexOf(bytes); at >= 0; at = haystack.indexOf(bytes, at + 1)) count++;
  return count;
}

/** Hits in the database file and its WAL, as someone copying the data folder would get them. */
function hitsOnDisk(dataDir: string, code: string): number {
  const file = join(dataDir, DATABASE_FILE);
  return [file, `${file}-wal`].filter(existsSync).reduce((n, f) => n + occurrences(readFileSync(f), code), 0);
}

async function queuedBody(e: CitizenEnv, template: string): Promise<string> {
  const row = await e.app.store.get<{ body: string }>("SELECT body FROM outbox WHERE template = ? AND status = 'queued' ORDER BY id DESC LIMIT 1", [template]);
  if (!row) throw new Error(`no queued ${template} mail`);
  return row.body;
}

function codeIn(body: string, pattern: RegExp): string {
  const code = pattern.exec(body)?.[1];
  if (!code) throw new Error(`no code in:\n${body}`);
  return code;
}

describe.runIf(!testStoreIsPostgres())('delivered one-time codes leave the SQLite files', () => {
  it('an OTP and a reset code are in the files while queued and gone from every byte once delivered', async () => {
    const e = await openCitizenEnv(mailbox);
    env = e;
    const userKey = await reserveAsGuest(e);
    const account = await e.app.services.accounts.create('citizen', 'hdka10001', '日高 かえで');
    await e.app.services.citizen.profiles.insert(account.id, { phone: '0796421111', email: RESET_MAIL, postalCode: null, address: null }, 'ja', e.clock.now());

    await e.ok('t-otp', 'citizen.otp.issue', { userKey, email: applicant.email });
    await e.ok('t-reset', 'identity.password.reset.request', { email: RESET_MAIL });
    const otp = codeIn(await queuedBody(e, 'citizen.otp'), /ワンタイムパスワード：([A-Za-z0-9]{8})/);
    const reset = codeIn(await queuedBody(e, 'identity.password_reset_code'), /(?:再設定コード|Reset code): ([A-Za-z0-9]{8})/);
    // The search finds them while they are still needed: a zero below means gone, not missed.
    expect(hitsOnDisk(e.dataDir, otp)).toBeGreaterThan(0);
    expect(hitsOnDisk(e.dataDir, reset)).toBeGreaterThan(0);

    await e.app.mailer.deliverDue();
    expect((await mailbox.waitFor({ to: applicant.email, subject: 'ワンタイムパスワードのご案内' }, 5_000)).text).toContain(otp);
    expect((await mailbox.waitFor({ to: RESET_MAIL, subject: 'パスワード再設定コードのご案内' }, 5_000)).text).toContain(reset);
    const secretRows = await e.app.store.all<{ status: string; body: string }>('SELECT status, body FROM outbox WHERE carries_secret = 1');
    expect(secretRows).toEqual([
      { status: 'sent', body: '' },
      { status: 'sent', body: '' },
    ]);

    expect(hitsOnDisk(e.dataDir, otp)).toBe(0);
    expect(hitsOnDisk(e.dataDir, reset)).toBe(0);
    const { dataDir } = e;
    // Closing checkpoints whatever is left; still nothing.
    await e.app.close();
    expect(hitsOnDisk(dataDir, otp)).toBe(0);
    expect(hitsOnDisk(dataDir, reset)).toBe(0);
  });
});
