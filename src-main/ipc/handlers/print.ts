// Printing slips (issue 16). Handlers only unpack; the rules are in src-main/print/print-desk.ts.
// withReceiptGrants lets the window that has just reserved print its receipt without a session:
// it notes the reservations each successful city.reserve / citizen.reserve made at that window,
// and forgets them when the window's session ends (logout, idle: the next person's turn).
import type { PrintChannel } from '../../../src-shared/contract/print';
import type { PrintDesk } from '../../print/print-desk';
import type { ReceiptGrants } from '../../print/receipt-grants';
import { type HandlerGroup, type Handlers, sessionOf } from '../handler';

export function printHandlers(desk: PrintDesk): HandlerGroup<PrintChannel> {
  return {
    'print.status': () => desk.status(),
    'print.reservation': ({ reservationIds, locale }, ctx) => desk.reservation(ctx.terminal, ctx.session, reservationIds, locale),
    'print.library': ({ locale }, ctx) => desk.library(sessionOf(ctx).accountId, locale),
    'counter.print.patronSlip': ({ accountId, locale }, ctx) => desk.patronSlip(accountId, locale, ctx.actor),
    'counter.print.attendees': (query, ctx) => desk.attendees(query, ctx.actor),
  };
}

export function withReceiptGrants(handlers: Handlers, grants: ReceiptGrants): Handlers {
  const { 'city.reserve': guest, 'citizen.reserve': citizen, 'session.end': end } = handlers;
  return {
    ...handlers,
    'city.reserve': async (input, ctx) => {
      const receipt = await guest(input, ctx);
      grants.grant(ctx.terminal, receipt.reservations.map((r) => r.id));
      return receipt;
    },
    'citizen.reserve': async (input, ctx) => {
      const receipt = await citizen(input, ctx);
      grants.grant(ctx.terminal, receipt.reservations.map((r) => r.id));
      return receipt;
    },
    'session.end': async (input, ctx) => {
      grants.revoke(ctx.terminal);
      return end(input, ctx);
    },
  };
}
