// Staff channels: login, the administrator console and the counter. Authority is the router's job
// (each channel's auth level); the services check what depends on the target (an administrator's
// account, the last administrator) and the confirmation PIN.
import { SEARCH_PAGE_SIZE } from '../../../src-shared/contract/staff';
import type { AuditLog } from '../../audit/log';
import { DomainError } from '../../domain-error';
import type { StaffArea } from '../../staff';
import { type HandlerGroup, sessionOf } from '../handler';

type StaffChannel =
  | 'staff.login'
  | 'staff.setPins'
  | 'admin.accounts.search'
  | 'admin.accounts.get'
  | 'admin.staff.register'
  | 'admin.staff.update'
  | 'admin.staff.remove'
  | 'admin.accounts.setAccident'
  | 'admin.accounts.clearAccident'
  | 'admin.accounts.unlock'
  | 'admin.accounts.releaseBlockade'
  | 'admin.patron.resetPassword'
  | 'admin.citizen.resendKey'
  | 'counter.accounts.search'
  | 'counter.accounts.summary'
  | 'counter.mail.list'
  | 'counter.mail.retry'
  | 'counter.audit.list'
  | 'counter.audit.verify';

export function staffHandlers(area: StaffArea, audit: AuditLog): HandlerGroup<StaffChannel> {
  return {
    'staff.login': ({ staffId, pin }, ctx) => area.login.login(ctx.terminal, staffId, pin, ctx.actor),
    'staff.setPins': (pair, ctx) => area.login.setPins(ctx.terminal, sessionOf(ctx), pair, ctx.actor),

    'admin.accounts.search': ({ kind, query, after }) => area.search.search({ kind, query, after, limit: SEARCH_PAGE_SIZE }),
    'admin.accounts.get': ({ accountId }) => area.console.detail(accountId),
    'admin.staff.register': (input, ctx) => area.console.register(sessionOf(ctx), ctx.actor, input),
    'admin.staff.update': ({ accountId, ...draft }, ctx) => area.console.update(sessionOf(ctx), ctx.actor, accountId, draft),
    'admin.staff.remove': async ({ accountId, confirmPin }, ctx) => {
      await area.console.remove(sessionOf(ctx), ctx.actor, accountId, confirmPin);
      return null;
    },
    'admin.accounts.setAccident': ({ accountId, reason, confirmPin }, ctx) =>
      area.console.setAccident(sessionOf(ctx), ctx.actor, accountId, reason, confirmPin),
    'admin.accounts.clearAccident': ({ accountId, confirmPin }, ctx) => area.console.clearAccident(sessionOf(ctx), ctx.actor, accountId, confirmPin),
    'admin.accounts.unlock': ({ accountId, confirmPin }, ctx) => area.console.unlock(sessionOf(ctx), ctx.actor, accountId, confirmPin),
    'admin.accounts.releaseBlockade': ({ accountId, confirmPin }, ctx) =>
      area.console.releaseBlockade(sessionOf(ctx), ctx.actor, accountId, confirmPin),

    'admin.patron.resetPassword': ({ accountId, identityDocument, confirmPin }, ctx) =>
      area.console.patronReset(sessionOf(ctx), ctx.actor, accountId, confirmPin, { via: 'admin.patron_reset', identityDocument }),
    'admin.citizen.resendKey': ({ accountId, confirmPin }, ctx) => area.console.citizenKeyResend(sessionOf(ctx), ctx.actor, accountId, confirmPin),

    'counter.accounts.search': ({ kind, query, after }) => area.search.search({ kind, query, after, limit: SEARCH_PAGE_SIZE }),
    'counter.accounts.summary': async ({ accountId }) => {
      const detail = await area.console.detail(accountId);
      // The counter sees the public only; staff accounts are the console's business.
      if (detail.kind === 'staff') throw new DomainError('not_found');
      return detail;
    },
    'counter.mail.list': ({ status, beforeId }) => area.mailLog.list(status, beforeId),
    'counter.mail.retry': ({ id }, ctx) => area.mailLog.retry(id, ctx.actor),
    'counter.audit.list': async ({ actor, target, action, from, to, beforeId }) => {
      const limit = 100;
      const rows = await audit.list({
        actor: actor ?? undefined,
        target: target ?? undefined,
        action: action ?? undefined,
        from: from ?? undefined,
        to: to ?? undefined,
        beforeId: beforeId ?? undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      return { rows: page, next: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
    },
    'counter.audit.verify': () => audit.verify(),
  };
}
