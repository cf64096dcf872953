// The e2e harness's log scan (test/e2e/support/log-secrets.ts) finds a mailed code in any log file
// of the data folder, and nothing when the logs are clean.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { linesWithSecrets } from '../../e2e/support/log-secrets';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('names the log line that carries a mailed code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-logscan-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'logs'));
  writeFileSync(join(dir, 'logs', 'main.log'), '{"event":"citizen.otp_issued"}\n{"event":"x","detail":"X3F9K2PQ"}\n');
  writeFileSync(join(dir, 'logs', 'main.1.log'), '{"event":"mail.sent"}\n');
  expect(linesWithSecrets(dir, ['X3F9K2PQ'])).toEqual(['main.log: {"event":"x","detail":"X3F9K2PQ"}']);
  expect(linesWithSecrets(dir, ['Ab3dEf7H'])).toEqual([]);
  expect(linesWithSecrets(join(dir, 'none'), ['X3F9K2PQ'])).toEqual([]);
});
