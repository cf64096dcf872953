// Back-office channels of city-hall events (issue 14). The router has already refused kiosks and
// callers without event_management; the desk audits every change.
import type { EventDesk } from '../../citizen';
import type { HandlerGroup } from '../handler';

type EventChannel =
  | 'counter.events.list' | 'counter.events.get' | 'counter.events.save'
  | 'counter.events.closedDays.list' | 'counter.events.closedDays.add' | 'counter.events.closedDays.remove'
  | 'counter.events.slots.preview' | 'counter.events.slots.generate' | 'counter.events.slots.month'
  | 'counter.events.slots.setCapacity' | 'counter.events.slots.close' | 'counter.events.slots.delete'
  | 'counter.events.attendees' | 'counter.events.attendees.check' | 'counter.events.attendees.export';

export function eventHandlers(desk: EventDesk): HandlerGroup<EventChannel> {
  return {
    'counter.events.list': () => desk.list(),
    'counter.events.get': ({ eventId }) => desk.get(eventId),
    'counter.events.save': (input, ctx) => desk.save(input, ctx.actor),
    'counter.events.closedDays.list': () => desk.closedDays(),
    'counter.events.closedDays.add': (input, ctx) => desk.addClosedDay(input, ctx.actor),
    'counter.events.closedDays.remove': ({ day }, ctx) => desk.removeClosedDay(day, ctx.actor),
    'counter.events.slots.preview': (input) => desk.preview(input),
    'counter.events.slots.generate': (input, ctx) => desk.generate(input, ctx.actor),
    'counter.events.slots.month': ({ eventId, month }) => desk.month(eventId, month),
    'counter.events.slots.setCapacity': ({ slotId, capacity }, ctx) => desk.setCapacity(slotId, capacity, ctx.actor),
    'counter.events.slots.close': ({ slotId }, ctx) => desk.closeSlot(slotId, ctx.actor),
    'counter.events.slots.delete': ({ slotId }, ctx) => desk.deleteSlot(slotId, ctx.actor),
    'counter.events.attendees': (input) => desk.attendees(input),
    'counter.events.attendees.check': ({ reservationId, attended }, ctx) => desk.checkIn(reservationId, attended, ctx.actor),
    'counter.events.attendees.export': async (input, ctx) => {
      const { path, fileName, rows } = await desk.exportAttendees(input, ctx.actor);
      return { path, fileName, rows };
    },
  };
}
