// The city area's public entry: what other areas' screens (identity, the counter's phone
// reservations) may use. Screens themselves are reached through routes, not imported.
export { citizenOnly } from './citizen-only';
export { applicantSchema, emptyContact, showPostalCode } from './reservation-form';
export { dayKey, groupSlotsByDay } from './slot-days';
export { useCityText } from './use-city-text';
