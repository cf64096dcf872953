// The identity (xID) area's public face: what app.ts and the test fixtures may use. Everything
// else in this folder is the area's own business.
export { type IdentityServices, type IdentityServicesDeps, createIdentityServices } from './identity-services';
export type { PollSleep } from './device-flow';
