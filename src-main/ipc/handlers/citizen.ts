// City-hall channels: public browsing, reserving, OTP issue, login and key reissue; the citizen's
// own list, cancellation and profile behind a citizen session.
import type { CitizenServices } from '../../citizen';
import { type HandlerGroup, sessionOf } from '../handler';

type CitizenChannel =
  | 'city.categories'
  | 'city.forms'
  | 'city.form'
  | 'city.reserve'
  | 'citizen.reserve'
  | 'citizen.otp.issue'
  | 'citizen.login'
  | 'citizen.key.reissue'
  | 'citizen.reservations'
  | 'citizen.cancel'
  | 'citizen.profile.get'
  | 'citizen.profile.update';

export function citizenHandlers(citizen: CitizenServices): HandlerGroup<CitizenChannel> {
  return {
    'city.categories': () => citizen.catalog.categories(),
    'city.forms': ({ categoryId }) => citizen.catalog.forms(categoryId),
    'city.form': ({ formId }) => citizen.catalog.form(formId),
    'city.reserve': ({ slotId, secondSlotId, locale, ...applicant }, ctx) =>
      citizen.reservations.reserveAsGuest({ slotId, secondSlotId }, applicant, locale, ctx.actor),
    'citizen.reserve': ({ slotId, secondSlotId, locale }, ctx) =>
      citizen.reservations.reserveForAccount(sessionOf(ctx).accountId, { slotId, secondSlotId }, locale, ctx.actor),
    'citizen.otp.issue': (request, ctx) => citizen.otp.issue(request, ctx.actor),
    'citizen.login': async ({ userKey, otp }, ctx) => {
      const session = await citizen.login.login(userKey, otp, ctx.actor);
      return { displayName: session.displayName };
    },
    'citizen.key.reissue': ({ email, locale }, ctx) => citizen.keys.reissue(email, locale, ctx.actor),
    'citizen.reservations': (_input, ctx) => citizen.reservations.list(sessionOf(ctx).accountId),
    'citizen.cancel': async ({ reservationId, locale }, ctx) => ({
      cancelled: await citizen.reservations.cancel(sessionOf(ctx).accountId, reservationId, locale, ctx.actor),
    }),
    'citizen.profile.get': (_input, ctx) => citizen.profile.get(sessionOf(ctx).accountId),
    'citizen.profile.update': async ({ locale, ...change }, ctx) => {
      const session = sessionOf(ctx);
      const result = await citizen.profile.update(session.accountId, change, locale, ctx.actor);
      await ctx.sessions.update(ctx.terminal, session, { displayName: result.profile.name });
      return result;
    },
  };
}
