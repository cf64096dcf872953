// Counter desk channels: patron registration, the password reset after an identity check, and
// phone reservations. The router has already checked the clerk's permission for each.
import type { CounterDesk, StaffArea } from '../../staff';
import { type HandlerGroup, sessionOf } from '../handler';

type CounterDeskChannel =
  | 'counter.patron.registrationInfo'
  | 'counter.patron.newCardNumber'
  | 'counter.patron.register'
  | 'counter.patron.resetPassword' | 'counter.reservation.reserve';

export function counterDeskHandlers(desk: CounterDesk, area: StaffArea): HandlerGroup<CounterDeskChannel> {
  return {
    'counter.patron.registrationInfo': async () => ({ branches: await desk.branches() }),
    'counter.patron.newCardNumber': async () => ({ cardNumber: await desk.newCardNumber() }),
    'counter.patron.register': (input, ctx) => desk.registerPatron(input, ctx.actor),
    'counter.patron.resetPassword': ({ accountId, identityDocument, confirmPin }, ctx) =>
      area.console.patronReset(sessionOf(ctx), ctx.actor, accountId, confirmPin, { via: 'counter.patron_reset', identityDocument }),
    'counter.reservation.reserve': (input, ctx) => desk.reserveByPhone(input, ctx.actor),
  };
}
