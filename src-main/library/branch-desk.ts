// 館の設定 (issue 14, staff:catalogue): a branch's names and opening days — the weekdays it opens
// and the dates it is closed — added and edited at the counter, each change audited in the
// transaction that makes it. The held list (branches.ts) is read again once the change commits.
import { translationsJson } from '../store/translations-column';
import type { z } from 'zod';
import type { BranchDetail, branchInput } from '../../src-shared/contract/catalogue';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import type { Store } from '../store/store';
import type { Branches } from './branches';
import { bitsOf } from './calendar';

type BranchInput = z.output<typeof branchInput>;

const ONE = 'SELECT code, active FROM library_branches WHERE code = ? FOR UPDATE';
const NEXT_ORDER = 'SELECT coalesce(max(sort_order), -1) + 1 AS n FROM library_branches';
const INSERT = 'INSERT INTO library_branches (code, name_ja, name_tr, sort_order, active, open_weekdays) VALUES (?, ?, ?, ?, 1, ?)';
const UPDATE = 'UPDATE library_branches SET name_ja = ?, name_tr = ?, open_weekdays = ?, active = 1 WHERE code = ?';
const CLEAR_CLOSED = 'DELETE FROM library_closed_dates WHERE branch = ?';
const ADD_CLOSED = 'INSERT INTO library_closed_dates (branch, day, note) VALUES (?, ?, ?)';

export interface BranchDeskDeps {
  store: Store;
  audit: AuditLog;
  branches: Branches;
}

export class BranchDesk {
  constructor(private readonly d: BranchDeskDeps) {}

  async list(): Promise<BranchDetail[]> {
    await this.d.branches.reload();
    return this.d.branches.details();
  }

  async save(input: BranchInput, by: Actor): Promise<BranchDetail[]> {
    const { store, audit } = this.d;
    const bits = bitsOf(input.openWeekdays);
    const closed = [...input.closedDates].sort((a, b) => a.day.localeCompare(b.day));
    const names = translationsJson(
      Object.fromEntries(Object.entries(input.translations).map(([locale, texts]) => [locale, texts?.name ?? undefined])),
    );
    await store.transaction(async () => {
      const existing = await store.get<{ code: string; active: number }>(ONE, [input.code]);
      // 新しい館 with a code in use would silently rename that branch: the clerk is told instead.
      if (input.isNew && existing) throw new DomainError('conflict', { code: 'invalid' });
      if (!input.isNew && !existing) throw new DomainError('not_found');
      if (existing) await store.run(UPDATE, [input.ja, names, bits, input.code]);
      else await store.run(INSERT, [input.code, input.ja, names, (await store.get<{ n: number }>(NEXT_ORDER))?.n ?? 0, bits]);
      await store.run(CLEAR_CLOSED, [input.code]);
      for (const c of closed) await store.run(ADD_CLOSED, [input.code, c.day, c.note]);
      await audit.append({
        ...by,
        action: existing ? 'library.branch.update' : 'library.branch.create',
        target: `branch:${input.code}`,
        outcome: 'ok',
        detail: { openWeekdays: bits, closedDates: closed.length },
      });
    });
    return this.list();
  }
}
