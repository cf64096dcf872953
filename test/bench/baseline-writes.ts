// The writes a state change cannot avoid, as raw statements for the baselines: an outbox row and an
// audit row. The audit row is chained exactly as audit/log.ts chains it (SHA-256 over the same
// canonical JSON), so the log the bench leaves behind still verifies.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../src-main/store/database';

export interface BaselineWriter {
  outbox(to: string, accountId: number | null): void;
  audit(action: string, target: string | null): void;
}

const GENESIS = '0'.repeat(64);

export function baselineWriter(db: Db): BaselineWriter {
  const insertOutbox = db.prepare(
    `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, account_id, status, attempts, next_attempt_at, created_at, queued_at)
     VALUES (?, 'bench.baseline', 'ja', ?, ?, ?, ?, 'queued', 0, ?, ?, ?)`,
  );
  const head = db.prepare<[], { last_id: number; last_hash: string }>('SELECT last_id, last_hash FROM audit_head WHERE singleton = 1');
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash) VALUES (?, ?, 'system', 'bench', ?, ?, 'ok', NULL, ?, ?)`,
  );
  const setHead = db.prepare(
    `INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
     ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`,
  );
  const body = '本文'.repeat(200);
  return {
    outbox(to, accountId) {
      const now = Date.now();
      insertOutbox.run(`<${randomUUID()}@bench.invalid>`, to, '【窓口】ベンチマーク', body, accountId, now, now, now);
    },
    audit(action, target) {
      const h = head.get();
      const prev = h?.last_hash ?? GENESIS;
      const id = (h?.last_id ?? 0) + 1;
      const at = Date.now();
      const hash = createHash('sha256').update(JSON.stringify([prev, id, at, 'system', 'bench', action, target, 'ok', null])).digest('hex');
      insertAudit.run(id, at, action, target, prev, hash);
      setHead.run(id, hash);
    },
  };
}
