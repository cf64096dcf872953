// The keyed chain and its anchors, against someone who has the database file: rows rewritten with
// every hash and the head recomputed, rows cut from the end with the head moved back, a terminal
// with no key or another key, and a chain from before keys existed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorsFileOf, appendAnchor, readAnchors, setAnchorsAside } from '../../../src-main/audit/anchors';
import { auditKeyFiles, createAuditKey, type KeyProtection, loadAuditKey } from '../../../src-main/audit/audit-key';
import { AuditKeyError, AuditLog, chainTakesNewKey, GENESIS_HASH } from '../../../src-main/audit/log';
import { FakeClock } from '../../../src-main/clock';
import { migrationsFor } from '../../../src-main/store/migrations';
import { openSqlite } from '../../../src-main/store/sqlite-store';
import { TEST_AUDIT_KEY } from '../../fixtures/audit-key';
import { hmacWith, rechain, sha256, rewriteAndRechain as rewriteFile, truncateTo as truncateFile } from './tamper';

const key = TEST_AUDIT_KEY;
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-audit-key-'));
  file = join(dir, 'db.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function withLog<T>(options: { key: Buffer | null; anchorsFile?: string }, use: (audit: AuditLog) => Promise<T>): Promise<T> {
  const store = openSqlite(file);
  try {
    return await use(new AuditLog(store, new FakeClock(), options));
  } finally {
    await store.close();
  }
}

async function writeRows(n: number, withKey: Buffer | null = key): Promise<void> {
  await withLog({ key: withKey }, async (audit) => {
    for (let i = 1; i <= n; i++) {
      await audit.append({ actor: 'staff:A0001', terminal: 't1', action: 'test.action', target: `citizen:k${i}`, outcome: 'ok', detail: { n: i } });
    }
  });
}

interface StoredRow {
  id: number;
  at: number;
  actor: string;
  terminal: string;
  action: string;
  target: string | null;
  outcome: string;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

describe('keyed audit chain', () => {
  it('hashes rows with HMAC-SHA256 under the key, not plain SHA-256', async () => {
    await writeRows(3);
    const raw = new Database(file, { readonly: true });
    const row = raw.prepare<[], StoredRow>('SELECT * FROM audit_log WHERE id = 1').get() as StoredRow;
    const head = raw.prepare<[], { scheme: string; key_check: string }>('SELECT scheme, key_check FROM audit_head').get();
    raw.close();
    const canonical = JSON.stringify([row.prev_hash, row.id, row.at, row.actor, row.terminal, row.action, row.target, row.outcome, row.detail]);
    expect(row.hash).toBe(hmacWith(key)(canonical));
    expect(row.hash).not.toBe(sha256(canonical));
    expect(head?.scheme).toBe('hmac-sha256-v1');
    expect(head?.key_check).toMatch(/^[0-9a-f]{64}$/);
    expect(head?.key_check).not.toContain(key.toString('hex'));
  });

  it('a row rewritten with every hash and the head recomputed, without the key, does not verify', async () => {
    await writeRows(10);
    // Recomputed from the first row on, as the old unkeyed chain allowed: not one row verifies now.
    rewriteFile(file, 4, sha256);
    expect(await withLog({ key }, (a) => a.verify())).toEqual({ ok: false, rows: 0, brokenAt: 1, reason: 'edited' });
    rewriteFile(file, 4, hmacWith(randomBytes(32)));
    expect(await withLog({ key }, (a) => a.verify())).toEqual({ ok: false, rows: 0, brokenAt: 1, reason: 'edited' });
  });

  it('an anchor catches a rewrite even by someone who has the key', async () => {
    await writeRows(10);
    const anchors = join(dir, 'anchors.jsonl');
    await withLog({ key }, async (a) => appendAnchor(anchors, await a.anchor()));
    rewriteFile(file, 4, hmacWith(key));
    // The chain links up again: only the anchor knows row 10 had another hash.
    expect(await withLog({ key }, (a) => a.verify([]))).toMatchObject({ ok: true });
    expect(await withLog({ key, anchorsFile: anchors }, (a) => a.verify())).toEqual({ ok: false, rows: 9, brokenAt: 10, reason: 'edited' });
  });

  it('rows cut from the end after an anchor, with the head moved back, are found', async () => {
    await writeRows(10);
    const anchors = join(dir, 'anchors.jsonl');
    await withLog({ key }, async (a) => appendAnchor(anchors, await a.anchor()));
    await writeRows(2);
    truncateFile(file, 8);
    // Without the anchor the shortened chain is indistinguishable from an honest one.
    expect(await withLog({ key }, (a) => a.verify([]))).toMatchObject({ ok: true, rows: 8 });
    expect(await withLog({ key, anchorsFile: anchors }, (a) => a.verify())).toEqual({ ok: false, rows: 8, brokenAt: 9, reason: 'truncated' });
    // Everything removed: an empty log is still shorter than the anchor.
    truncateFile(file, 0);
    expect(await withLog({ key, anchorsFile: anchors }, (a) => a.verify())).toEqual({ ok: false, rows: 0, brokenAt: 1, reason: 'truncated' });
  });

  it('rows appended after an anchor keep verifying against it', async () => {
    await writeRows(5);
    const anchors = anchorsFileOf(dir);
    await withLog({ key }, async (a) => appendAnchor(anchors, await a.anchor()));
    await writeRows(5);
    await withLog({ key }, async (a) => appendAnchor(anchors, await a.anchor()));
    expect(readAnchors(anchors).anchors.map((a) => a.lastId)).toEqual([5, 10]);
    expect(await withLog({ key, anchorsFile: anchors }, (a) => a.verify())).toEqual({ ok: true, rows: 10, brokenAt: null, reason: null });
  });

  it('without the key: no_key from verify, and every append refused', async () => {
    await writeRows(3);
    await withLog({ key: null }, async (audit) => {
      expect(await audit.keyState()).toBe('no_key');
      expect(await audit.verify()).toEqual({ ok: false, rows: 0, brokenAt: null, reason: 'no_key' });
      await expect(audit.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok' })).rejects.toBeInstanceOf(AuditKeyError);
    });
    expect(await withLog({ key }, (a) => a.verify())).toEqual({ ok: true, rows: 3, brokenAt: null, reason: null });
  });

  it('with another key: wrong_key before anything is written, and the first key to bind an empty chain wins', async () => {
    const other = randomBytes(32);
    const store = openSqlite(file);
    try {
      expect(await chainTakesNewKey(store)).toBe(true);
      const first = new AuditLog(store, new FakeClock(), { key });
      const second = new AuditLog(store, new FakeClock(), { key: other });
      expect(await first.bindKey()).toBe('keyed');
      expect(await chainTakesNewKey(store)).toBe(false);
      expect(await second.bindKey()).toBe('wrong_key');
      await expect(second.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok' })).rejects.toThrow(/not the one the audit chain was started with/);
      await first.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok' });
      expect(await second.verify()).toEqual({ ok: false, rows: 0, brokenAt: null, reason: 'wrong_key' });
      expect(await first.verify()).toEqual({ ok: true, rows: 1, brokenAt: null, reason: null });
    } finally {
      await store.close();
    }
  });

  it('a chain written before keys existed stays verifiable as unkeyed, and never takes a new key', async () => {
    // Schema 7 and the hash of that time: plain SHA-256.
    const old = openSqlite(file, { migrations: migrationsFor.sqlite.slice(0, 7) });
    old.db.prepare("INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash) VALUES (1, 5, 'x', 't', 'a', NULL, 'ok', NULL, ?, 'tbd')").run(GENESIS_HASH);
    await old.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_no_update;');
    rechain(raw, sha256);
    raw.close();

    const store = openSqlite(file);
    try {
      expect(await chainTakesNewKey(store)).toBe(false);
      const audit = new AuditLog(store, new FakeClock(), { key: null });
      expect(await audit.keyState()).toBe('unkeyed');
      await audit.append({ actor: 'x', terminal: 't', action: 'b', outcome: 'ok' });
      expect(await audit.verify()).toEqual({ ok: true, rows: 2, brokenAt: null, reason: null });
      // A key changes nothing for it: one chain never mixes the two functions.
      expect(await new AuditLog(store, new FakeClock(), { key }).verify()).toEqual({ ok: true, rows: 2, brokenAt: null, reason: null });
    } finally {
      await store.close();
    }
  });
});

describe('anchors file', () => {
  it('skips lines that are not anchors and reports them', () => {
    const anchors = join(dir, 'anchors.jsonl');
    writeFileSync(anchors, `{"at":1,"lastId":2,"lastHash":"${'a'.repeat(64)}"}\nnot json\n{"at":1,"lastId":-1,"lastHash":"x"}\n\n`);
    expect(readAnchors(anchors)).toEqual({ anchors: [{ at: 1, lastId: 2, lastHash: 'a'.repeat(64) }], badLines: [2, 3] });
    expect(readAnchors(join(dir, 'missing.jsonl'))).toEqual({ anchors: [], badLines: [] });
  });

  it('sets aside the anchors past a restored chain’s end, keeping the rest', () => {
    const anchors = join(dir, 'anchors.jsonl');
    for (const lastId of [3, 8, 12]) appendAnchor(anchors, { at: lastId, lastId, lastHash: 'b'.repeat(64) });
    const aside = join(dir, 'aside.jsonl');
    expect(setAnchorsAside(anchors, 8, aside)).toBe(1);
    expect(readAnchors(anchors).anchors.map((a) => a.lastId)).toEqual([3, 8]);
    expect(readAnchors(aside).anchors.map((a) => a.lastId)).toEqual([12]);
    expect(setAnchorsAside(anchors, 8, join(dir, 'none.jsonl'))).toBe(0);
  });
});

describe('key file', () => {
  // A reversible stand-in for the OS key store.
  const protection: KeyProtection = {
    seal: async (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
    unseal: async (box) => ({ text: Buffer.from(box.toString().slice('sealed:'.length), 'base64').toString(), stale: false }),
  };

  it('is 32 random bytes in hex, mode 0600, never written over, and read back the same', async () => {
    const files = auditKeyFiles(dir, 'audit.key');
    expect(await loadAuditKey(files)).toMatchObject({ key: null, problem: 'missing' });
    const made = await createAuditKey(files);
    expect(made).toMatchObject({ source: 'created' });
    expect(made.key).toHaveLength(32);
    if (process.platform !== 'win32') expect(statSync(files.plain).mode & 0o777).toBe(0o600);
    const again = await createAuditKey(files);
    expect(again.key?.equals(made.key as Buffer)).toBe(true);
    expect((await loadAuditKey(files)).key?.equals(made.key as Buffer)).toBe(true);
    writeFileSync(files.plain, 'not a key');
    expect(await loadAuditKey(files)).toMatchObject({ key: null, problem: 'invalid' });
  });

  it('keeps a sealed copy with the OS key store, which the app can use once the plain file is taken away', async () => {
    const files = auditKeyFiles(dir, 'audit.key');
    const made = await createAuditKey(files, protection);
    rmSync(files.plain);
    const sealed = await loadAuditKey(files, protection);
    expect(sealed).toMatchObject({ source: 'sealed' });
    expect(sealed.key?.equals(made.key as Buffer)).toBe(true);
    // Plain Node (the CLI) cannot open it, and says where the plain key must be.
    expect(await loadAuditKey(files)).toMatchObject({ key: null, problem: 'sealed_only' });
  });

  it('reports a plain key file others can read', async () => {
    if (process.platform === 'win32') return;
    const files = auditKeyFiles(dir, 'audit.key');
    writeFileSync(files.plain, `${key.toString('hex')}\n`, { mode: 0o644 });
    const loaded = await loadAuditKey(files);
    expect(loaded.key?.equals(key)).toBe(true);
    expect(loaded.warnings.join()).toMatch(/chmod 600/);
  });
});
