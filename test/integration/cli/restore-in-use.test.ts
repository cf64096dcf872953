// restore swaps the database file and deletes its WAL. With the app still running, the app would go
// on writing into the unlinked file and log (every later change silently lost), so restore must
// refuse while anything holds the database open, and change nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src-main/app';
import { createMemoryLogger } from '../../../src-main/log';
import { type CliEnv, cliEnv, FAST_CONFIG, PINS } from './cli-env';

let env: CliEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

function openApp(dataDir: string) {
  return createApp({ dataDir, env: {}, startJobs: false, log: createMemoryLogger(), config: { demoData: false, mode: 'counter', ...FAST_CONFIG } });
}

describe('restore while the app runs', () => {
  it('is refused, keeps the running app and its later changes, and works once the app is closed', async () => {
    env = await cliEnv();
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(0);
    const file = join(env.dataDir, '..', 'before.sqlite');
    expect((await env.run(['backup', file])).code).toBe(0);

    const app = await openApp(env.dataDir);
    try {
      // A change after the backup, made by the running app.
      for (let i = 0; i < 5; i++) await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'wrong' });
      expect((await app.services.accounts.findByLogin('staff', 'A0001'))?.locked).toBe(true);

      const refused = await env.run(['restore', file]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('in use');
      expect(readdirSync(env.dataDir).filter((f) => f.endsWith('.bak') || f.endsWith('.restoring'))).toEqual([]);

      // The running app still writes to the database everyone else reads.
      await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'wrong' });
    } finally {
      await app.close();
    }
    const reopened = await openApp(env.dataDir);
    try {
      const a0001 = await reopened.services.accounts.findByLogin('staff', 'A0001');
      expect(a0001?.locked).toBe(true);
      expect((await reopened.services.audit.verify()).ok).toBe(true);
    } finally {
      await reopened.close();
    }

    expect((await env.run(['restore', file])).code).toBe(0);
    const restored = await openApp(env.dataDir);
    try {
      expect((await restored.services.accounts.findByLogin('staff', 'A0001'))?.locked).toBe(false);
    } finally {
      await restored.close();
    }
  });
});
