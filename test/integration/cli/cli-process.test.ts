// The CLI as people run it: a built file started as its own Node process, PINs piped on stdin.
// Built here into a private folder (not out/) so the test does not race a parallel `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST_CONFIG, recoveryCodeIn } from './cli-env';

const outDir = resolve('test-results', `cli-build-${process.pid}`);
const cli = join(outDir, 'cli.js');
let root: string;

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: resolve('src-main/cli.ts'), outDir, emptyOutDir: true, target: 'node22', rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } } },
  });
  root = mkdtempSync(join(tmpdir(), 'madoguchi-cli-proc-'));
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  if (root) rmSync(root, { recursive: true, force: true });
});

function admin(args: string[], input = '', env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('madoguchi-admin as a process', () => {
  it('init → backup → restore → verify-audit on a folder from MADOGUCHI_DATA_DIR, PINs from a pipe', () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify(FAST_CONFIG));
    const env = { MADOGUCHI_DATA_DIR: dataDir };

    const init = admin(['init', '--name-kana', 'ｶﾝﾘｼｬ'], 'kanri2468\nkanri2468\nkakunin1357\nkakunin1357\n', env);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    expect(recoveryCodeIn(init.out)).toMatch(/^[A-Z2-9-]{24}$/);
    // The PINs never appear in what the process printed.
    expect(init.out).not.toContain('kanri2468');

    const file = join(root, 'copy.sqlite');
    expect(admin(['backup', file], '', env).code).toBe(0);
    expect(admin(['restore', file], '', env).code).toBe(0);
    const verify = admin(['verify-audit'], '', env);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain('verifies');

    const bad = admin(['restore'], '', env);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('needs exactly one <file>');
    expect(bad.err).not.toMatch(/\n\s+at /);
  });
});
