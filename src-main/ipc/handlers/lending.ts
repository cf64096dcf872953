// 貸出・返却・延長 at the counter (issue 14). The router has already refused kiosks and callers
// without `circulation`; the service audits every change with the clerk's staff ID.
import type { CounterLending } from '../../library';
import type { HandlerGroup } from '../handler';

type LendingChannel = 'counter.lending.patron' | 'counter.lending.checkout' | 'counter.lending.checkin' | 'counter.lending.renew';

export function lendingHandlers(lending: CounterLending): HandlerGroup<LendingChannel> {
  return {
    'counter.lending.patron': ({ cardNumber }) => lending.patron(cardNumber),
    'counter.lending.checkout': ({ cardNumber, itemCode }, ctx) => lending.checkout(cardNumber, itemCode, ctx.actor),
    'counter.lending.checkin': ({ itemCode }, ctx) => lending.checkin(itemCode, ctx.actor),
    'counter.lending.renew': ({ cardNumber, loanId }, ctx) => lending.renew(cardNumber, loanId, ctx.actor),
  };
}
