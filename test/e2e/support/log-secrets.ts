// After every e2e kiosk (issue 16 "no secrets, codes or passwords in any log line"): the codes the
// run mailed — each one-time password and reset code, read from the mails the outbox marked as
// carrying a secret — must not appear in any line of the data folder's logs. Run by the harness
// when a kiosk closes, so the whole e2e suite is scanned, flow by flow.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '../../../src-main/app';
import type { Mailbox } from '../../fixtures/smtp-capture';

// In every language the mails write the code alone after a colon at the end of its line.
const CODE_LINE = /[:：]\s*([A-Za-z0-9]{8})\s*$/gm;

export async function mailedSecrets(app: App, mailbox: Mailbox): Promise<string[]> {
  const rows = await app.store.all<{ messageId: string }>('SELECT message_id AS "messageId" FROM outbox WHERE carries_secret = 1');
  const secret = new Set(rows.map((r) => r.messageId));
  return mailbox.messages.filter((m) => secret.has(m.messageId)).flatMap((m) => [...m.text.matchAll(CODE_LINE)].map((c) => c[1] as string));
}

/** Every log line that contains one of the codes (empty when the logs are clean). */
export function linesWithSecrets(dataDir: string, codes: readonly string[]): string[] {
  const folder = join(dataDir, 'logs');
  if (codes.length === 0 || !existsSync(folder)) return [];
  const found: string[] = [];
  for (const file of readdirSync(folder)) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (codes.some((code) => line.includes(code))) found.push(`${file}: ${line.slice(0, 200)}`);
    }
  }
  return found;
}
