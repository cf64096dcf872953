// Installers: `npm run dist` (electron-vite build, then electron-builder for this platform).
// A typed TypeScript file rather than electron-builder.yml: the compiler checks every key against
// electron-builder's own Configuration type, the afterPack hook is a function reference instead of a
// path string, and the unit tests import the very object the build uses
// (test/unit/build/builder-config.test.ts). electron-builder loads .ts configs itself (jiti); the
// name is not one it looks for by default, so package.json passes --config.
import type { Configuration } from 'electron-builder';
import afterPack from './build/after-pack';

const config: Configuration = {
  appId: 'jp.madoguchi.kiosk',
  productName: 'Madoguchi',
  copyright: 'Madoguchi',
  directories: { output: 'dist', buildResources: 'build' },

  // Only the built app: main (with the SQL migrations bundled into it by electron-vite's ?raw
  // imports, src-main/store/migrations.ts), the preload and the renderer — not out/'s other
  // products (the bench probe). No sources, tests or source maps; package.json is always added.
  // Patterns are applied in order, the last match wins. node_modules holds only `dependencies`:
  // what main loads at run time. The renderer's packages (vue, pinia, …) are devDependencies,
  // since Vite bundles them into out/renderer.
  files: [
    'out/{main,preload,renderer}/**/*',
    'resources/icon.png',
    '!**/*.map',
    '!test{,/**/*}',
    '!src-*{,/**/*}',
    '!build{,/**/*}',
    '!docs{,/**/*}',
    // better-sqlite3 13 carries Node-API prebuilds for every platform; ship only this one's.
    '!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}).node',
    '!node_modules/better-sqlite3/{src,deps,docs}{,/**/*}',
  ],
  asar: true,
  // A native module cannot be loaded from inside an archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // Node-API prebuilds load in Electron as they are (DESIGN.md); nothing to rebuild or download.
  npmRebuild: false,
  afterPack,
  // What a technician installs to boot the machine into the kiosk (docs/deploy.md), beside the app.
  extraResources: [{ from: 'resources/deploy', to: 'deploy', filter: ['**/*'] }],

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.png',
    // The installer asks for elevation once; the app itself runs as the kiosk user.
    requestedExecutionLevel: 'asInvoker',
  },
  nsis: {
    oneClick: false,
    // Into Program Files for every user of the machine (the kiosk user is not the one installing).
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: false,
    runAfterFinish: false,
    // The data folder (%ProgramData%\Madoguchi) holds the site's database and audit key.
    deleteAppDataOnUninstall: false,
  },

  linux: {
    target: ['deb', 'AppImage'],
    executableName: 'madoguchi',
    icon: 'resources/icon.png',
    category: 'Office',
    maintainer: 'Madoguchi <madoguchi@localhost>',
    synopsis: 'Kiosk and counter application for libraries and city halls',
  },
  deb: {
    // Creates the madoguchi user and /var/lib/madoguchi (resources/deploy/linux/postinst.sh).
    afterInstall: 'resources/deploy/linux/postinst.sh',
    // The kiosk compositor and its output tool; a counter PC with a desktop does not need them.
    recommends: ['cage', 'wlr-randr'],
  },
};

export default config;
