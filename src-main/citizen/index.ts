// The city-hall area's public face: what app.ts, the demo seeder and the other areas (identity's
// xID registration and password login, staff's phone reservations) may use. Everything else in
// this folder is the area's own business.
export { createCitizenAccount, type NewCitizen } from './citizen-accounts';
export { type CitizenServices, type CitizenServicesDeps, createCitizenServices } from './citizen-services';
export { logInCitizen } from './citizen-session';
export { DEMO_CITIZEN, seedCitizenDemo } from './demo';
export { withEvenTiming } from './even-timing';
export { type MailLimitSettings, MailLimits } from './mail-limits';
export type { CitizenProfileRow, CitizenProfiles, ContactDetails, KeyHolder } from './profiles';
export type { Applicant, Reservations, SlotChoice } from './reservations';
export { ReservationSlips, type ReservationSlipFacts } from './reservation-slips';
export type { EventDesk } from './event-desk';
export { daysBetween, rangeBounds, ReservationStatistics } from './reservation-statistics';
