// Which build a machine runs: `madoguchi-admin --version` prints the app's version and the database
// schema it brings.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli';
import { buildInfo, buildInfoLine } from '../../../src-main/site/build-info';
import { scriptedIO } from '../../integration/cli/cli-env';

const root = resolve(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

describe('the build version', () => {
  it("is package.json's version and the number of migrations, the same for both stores", () => {
    const sqlite = readdirSync(resolve(root, 'src-main/store/migrations/sqlite')).filter((f) => f.endsWith('.sql')).length;
    const postgres = readdirSync(resolve(root, 'src-main/store/migrations/postgres')).filter((f) => f.endsWith('.sql')).length;
    expect(postgres).toBe(sqlite);
    expect(buildInfo()).toEqual({ appVersion: version, schemaVersion: sqlite });
  });

  it('is what madoguchi-admin --version prints, with exit code 0 and no data folder needed', async () => {
    const io = scriptedIO([]);
    expect(await runCli(['--version'], io, { MADOGUCHI_DATA_DIR: '/nonexistent/madoguchi' })).toBe(0);
    expect(io.outLines).toEqual([buildInfoLine()]);
    expect(buildInfoLine({ appVersion: '1.2.3', schemaVersion: 11 })).toBe('Madoguchi 1.2.3 (database schema 11)');
  });
});
