import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src-main/config/load';
import { startupErrorText } from '../../../src-main/electron/startup-error';
import { StoreError } from '../../../src-main/store/store';

describe('start-up error text', () => {
  it('shows a configuration problem with its message, in Japanese and English', () => {
    const error = new ConfigError('The configuration in /d/config.json is not valid:\n  mode: Invalid option');
    const text = startupErrorText(error, '/d/logs/main.log');
    expect(text.title).toContain('窓口を起動できません');
    expect(text.title).toContain('Madoguchi cannot start');
    expect(text.message).toContain('mode: Invalid option');
    expect(text.message).toContain('管理者');
    expect(text.message).not.toMatch(/\n\s+at /);
  });

  it('shows a database problem with its message', () => {
    const error = new StoreError('newer_version', 'The database at /d/madoguchi.sqlite was written by a newer Madoguchi.');
    expect(startupErrorText(error, '/d/logs/main.log').message).toContain('written by a newer Madoguchi');
  });

  it('tells what to check when the PostgreSQL server is down, refuses the login or lacks the database', () => {
    const down = startupErrorText(new StoreError('unavailable', 'The PostgreSQL server at db.example:5432/madoguchi cannot be reached (ECONNREFUSED).'), '/l');
    expect(down.message).toContain('サーバーが動いているか');
    expect(down.message).toContain('Check that it is running');
    expect(down.message).toContain('db.example:5432/madoguchi');
    const refused = startupErrorText(new StoreError('rejected', 'PostgreSQL at db.example:5432/madoguchi refused the login (28P01).'), '/l');
    expect(refused.message).toContain('パスワード');
    expect(refused.message).toContain('store.passwordEnv');
    expect(refused.message).not.toMatch(/\n\s+at /);
  });

  it('shows anything else without its message or stack, pointing to the log', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')");
    const text = startupErrorText(error, '/d/logs/main.log');
    expect(text.message).not.toContain('Cannot read');
    expect(text.message).not.toContain(error.stack?.split('\n')[1]?.trim() ?? 'never');
    expect(text.message).toContain('/d/logs/main.log');
  });
});
