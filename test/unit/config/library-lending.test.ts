// library.lending: the counter's loan limit and overdue block (issue 14).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src-main/config/load';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-config-lending-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (library: Record<string, unknown>) => loadConfig({ dataDir: dir, env: {}, overrides: { library } as never });

describe('library.lending', () => {
  it('defaults to 10 loans and the overdue block', () => {
    expect(loadConfig({ dataDir: dir, env: {} }).library.lending).toEqual({ maxLoans: 10, blockWhenOverdue: true });
  });

  it('takes a site’s own limits', () => {
    expect(load({ lending: { maxLoans: 25, blockWhenOverdue: false } }).library.lending).toEqual({ maxLoans: 25, blockWhenOverdue: false });
  });

  it('refuses a limit below 1 and an unknown key, naming them', () => {
    expect(() => load({ lending: { maxLoans: 0 } })).toThrow(ConfigError);
    expect(() => load({ lending: { maxLoans: 0 } })).toThrow(/library\.lending\.maxLoans/);
    expect(() => load({ lending: { maxloans: 5 } })).toThrow(/library\.lending/);
  });
});
