// electron-builder's afterPack hook: runs once per platform and architecture after the app folder
// (…-unpacked) is complete and before it is signed and wrapped into the installer, which is where
// fuses must be flipped — signing afterwards seals them.
import { join } from 'node:path';
import type { AfterPackContext } from 'electron-builder';
import { flipMadoguchiFuses } from './fuses';

/** The Electron executable inside the packed folder, named as electron-builder names it. */
export function packedExecutable(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${productFilename}.app`);
    default:
      // Linux: the binary is renamed to executableName (lower-case product name by default).
      return join(appOutDir, (packager as unknown as { executableName: string }).executableName);
  }
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  await flipMadoguchiFuses(packedExecutable(context));
}
