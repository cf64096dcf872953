// `madoguchi-admin sip2 check` against the test ILS: what it prints when all is well, and exit 1
// with a bilingual reason when it cannot connect or log in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli';
import { startSip2TestServer, type Sip2TestServer } from '../../fixtures/sip2-server/server';
import { scriptedIO } from '../cli/cli-env';

let dataDir: string;
let server: Sip2TestServer | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-sip2-check-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function writeConfig(sip2: Record<string, unknown>): void {
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ library: { system: 'sip2', sip2: { user: 'kiosk', passwordEnv: 'SIP_PW', timeoutMs: 1000, ...sip2 } } }));
}

async function check(env: NodeJS.ProcessEnv = { SIP_PW: 'sip-secret' }) {
  const io = scriptedIO([]);
  const code = await runCli(['--data-dir', dataDir, 'sip2', 'check'], io, env);
  return { code, out: io.outLines.join('\n'), err: io.errLines.join('\n') };
}

describe('madoguchi-admin sip2 check', () => {
  it('logs in, prints the supported messages by name and the round trip', async () => {
    server = await startSip2TestServer({ encoding: 'shift_jis' });
    writeConfig({ host: server.host, port: server.port, encoding: 'shift_jis' });
    const run = await check();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${server.host}:${server.port}`);
    expect(run.out).toContain('login: OK (kiosk)');
    expect(run.out).toContain('テスト市立図書館');
    expect(run.out).toMatch(/supported messages: patronStatus, checkout, checkin, scStatus, login, patronInformation, endPatronSession, itemInformation, hold, renew\n/);
    expect(run.out).toContain('not supported: blockPatron, requestResend, feePaid, itemStatusUpdate, patronEnable, renewAll');
    expect(run.out).not.toContain('warning');
    expect(run.out).toMatch(/round trip: \d+\.\d ms/);
    expect(run.out + run.err).not.toContain('sip-secret');
    expect(server.received.filter((t) => t.startsWith('99'))).toHaveLength(2);
  });

  it('a wrong SIP password: exit 1, "refused", in Japanese and English', async () => {
    server = await startSip2TestServer();
    writeConfig({ host: server.host, port: server.port });
    const run = await check({ SIP_PW: 'wrong' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('図書館システムに接続できません / Cannot reach the library system');
    expect(run.err).toContain('refused');
    expect(run.err).toContain('ログインが拒否されました');
  });

  it('nothing listening: exit 1, "unavailable"', async () => {
    server = await startSip2TestServer();
    const port = server.port;
    await server.close();
    server = undefined;
    writeConfig({ host: '127.0.0.1', port });
    const run = await check();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/unavailable .*ECONNREFUSED/);
  });

  it('no library.sip2, or no password: exit 1 naming the key', async () => {
    writeFileSync(join(dataDir, 'config.json'), '{}');
    const none = await check();
    expect(none.code).toBe(1);
    expect(none.err).toContain('library.sip2');
    writeConfig({ host: '127.0.0.1' });
    const noPassword = await check({});
    expect(noPassword.code).toBe(1);
    expect(noPassword.err).toContain('library.sip2.passwordEnv: the environment variable SIP_PW is not set');
  });

  it('a wrong subcommand is a usage error', async () => {
    const io = scriptedIO([]);
    expect(await runCli(['--data-dir', dataDir, 'sip2', 'ping'], io, {})).toBe(2);
    expect(io.errLines.join('\n')).toContain('unknown sip2 subcommand');
  });
});
