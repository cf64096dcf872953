// The library area's public face: what app.ts, the demo seeder, the IPC handlers and the other
// areas (staff's counter desk: patron registration, the branch list) may use. Everything else in
// this folder is the area's own business.
export type { Branches } from './branches';
export { DEMO_NEW_PATRON, DEMO_PATRON, seedLibraryDemo } from './demo';
export { DUE_REMINDER_JOB } from './due-reminders';
export { HOLD_EXPIRY_JOB } from './holds';
export type { PatronRegistration, PatronRegistrationInput, PreparedPasswordReset, RegisteredPatron } from './registration';
export { SDI_JOB } from './sdi';
export { createLibrary, type Library, type LibraryParts } from './services';
export type { CounterLending } from './counter-lending';
export { LendingStatistics } from './lending-statistics';
