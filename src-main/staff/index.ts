// The staff area's public face: what app.ts, the CLI, the demo seeder and the IPC handlers may use.
// Everything else in this folder is the area's own business.
export { AccountSearch } from './account-search';
export { CounterDesk, type CounterDeskDeps } from './counter-desk';
export { Statistics, type StatisticsDeps } from './statistics';
export { DEMO_STAFF, seedStaffDemo } from './demo';
export type { FirstAdministrator, Installation } from './installation';
export type { MailLog } from './mail-log';
export type { StaffAccounts } from './staff-accounts';
export { createStaffArea, type StaffArea, type StaffAreaDeps } from './staff-area';
export type { StaffConsole, StaffDraft } from './staff-console';
export type { StaffLogin } from './staff-login';
export type { StaffProfile, StaffProfiles } from './staff-profiles';
