// The offline default: with no SMTP URL every mail becomes an .eml file in the data folder that a
// mail reader (here mailparser) opens with the right headers and body.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { type MailTestEnv, openMailTestEnv, reservationMail } from './mail-test-env';

let env: MailTestEnv | undefined;

afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('file transport', () => {
  it('writes each mail as a parseable .eml file in <dataDir>/mail', async () => {
    env = await openMailTestEnv({});
    const id = await env.mailer.enqueue(reservationMail, { to: 'file@example.jp', locale: 'ja', params: { name: '田中 四郎', date: '4月1日' } });
    const other = await env.mailer.enqueue(reservationMail, { to: 'file2@example.com', locale: 'en', params: { name: 'Jane Doe', date: '1 April' } });
    expect(await env.mailer.deliverDue()).toEqual({ sent: 2, retried: 0, failed: 0 });

    const dir = join(env.dir, 'mail');
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);

    const row = await env.outbox.get(id);
    const file = files.find((f) => f.startsWith(`${String(id).padStart(6, '0')}-`));
    expect(file).toBeDefined();
    const raw = await readFile(join(dir, file ?? ''));
    // RFC 5322 line endings on disk.
    expect(raw.toString('latin1')).toMatch(/\r\nSubject: =\?UTF-8\?[BQ]\?/);
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(row?.messageId);
    expect(parsed.subject).toBe('【窓口e-予約システム】予約を受け付けました');
    expect(parsed.text).toBe('田中 四郎 様\n\n4月1日 の予約を受け付けました。\n当日は窓口で受付番号をお伝えください。\n');
    expect(parsed.headers.get('content-type')).toEqual({ value: 'text/plain', params: { charset: 'utf-8' } });
    expect(parsed.date).toEqual(new Date(row?.createdAt ?? 0));
    expect(parsed.from?.value).toEqual([{ name: 'Madoguchi', address: 'no-reply@madoguchi.invalid' }]);
    expect(parsed.to).toMatchObject({ value: [{ address: 'file@example.jp' }] });
    expect((await env.outbox.get(other))?.status).toBe('sent');
  });

  it('overwrites the same file when a mail is written again after a crash', async () => {
    env = await openMailTestEnv({});
    const id = await env.mailer.enqueue(reservationMail, { to: 'again@example.jp', locale: 'ja', params: { name: '伊藤 五郎', date: '5月5日' } });
    await env.mailer.deliverDue();
    await env.store.run("UPDATE outbox SET status = 'sending' WHERE id = ?", [id]);
    await env.reopen();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const files = await readdir(join(env.dir, 'mail'));
    expect(files).toHaveLength(1);
  });

  it('writes into the configured outboxDir', async () => {
    env = await openMailTestEnv({ outboxDir: 'sent-mail' });
    await env.mailer.enqueue(reservationMail, { to: 'dir@example.jp', locale: 'ja', params: { name: '渡辺 六郎', date: '6月6日' } });
    await env.mailer.deliverDue();
    expect(await readdir(join(env.dir, 'sent-mail'))).toHaveLength(1);
  });
});
