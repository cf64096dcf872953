// Electron entry point. Everything Electron does is in electron/main-process.ts; this file only
// knows where the build put the other parts. Main is an ES module (out/main/index.js), the preload
// is CommonJS (out/preload/index.cjs, see electron.vite.config.ts) and the renderer is out/renderer.
import { join } from 'node:path';
import { createApp } from './app';
import { adminArguments, runAdminMode } from './electron/admin-mode';
import { runMainProcess } from './electron/main-process';

const here = import.meta.dirname;
const admin = adminArguments(process.argv);

if (admin) void runAdminMode(admin);
else void runMainProcess({
  createApp,
  rendererDir: join(here, '../renderer'),
  preloadPath: join(here, '../preload/index.cjs'),
  iconPath: join(here, '../../resources/icon.png'),
  argv: process.argv,
  env: process.env,
});
