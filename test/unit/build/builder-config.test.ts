// What the installers ship: the builder config, checked with electron-builder's own loader, schema
// validator and file matcher, against the project's real file list.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration, FileSet } from 'electron-builder';
// electron-builder's internals: the same matcher and config loader `npm run dist` uses.
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import config from '../../../electron-builder.config';

const root = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const fileStat = { isDirectory: () => false } as Stats;

/** Would electron-builder put this project file into the app (app.asar) when building on `platform`? */
function ships(path: string, platform = 'linux', arch = 'x64'): boolean {
  const expand = (s: string) => s.replaceAll('${platform}', platform).replaceAll('${arch}', arch);
  const patterns = (config.files as string[]).slice();
  if (path.startsWith('node_modules/')) {
    // Modules are collected from the production dependency tree; only the exclusions of `files`
    // apply to them, after an implicit "everything" (getNodeModuleFileMatcher).
    const matcher = new FileMatcher(root, '', expand, ['**/*', ...patterns.filter((p) => p.startsWith('!'))]);
    return matcher.createFilter()(resolve(root, path), fileStat);
  }
  return new FileMatcher(root, '', expand, patterns).createFilter()(resolve(root, path), fileStat);
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('the installers', () => {
  it('ship the built app and the icon the window uses, and no source, test, doc or source map', () => {
    for (const path of ['out/main/index.js', 'out/main/cli.js', 'out/main/chunks/app-x1.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-a.js', 'resources/icon.png']) {
      expect(ships(path), path).toBe(true);
    }
    for (const path of ['out/bench-probe/open-app.mjs', 'out/main/index.js.map', 'out/renderer/assets/index-a.js.map', 'src-main/app.ts', 'src-renderer/App.vue', 'src-shared/contract.ts', 'test/unit/build/fuses.test.ts', 'build/after-pack.ts', 'docs/deploy.md', 'electron-builder.config.ts', '.data/madoguchi.sqlite']) {
      expect(ships(path), path).toBe(false);
    }
    // Of the repository's own files only the icon (out/ is built; electron-builder adds package.json).
    expect(trackedFiles().filter((path) => ships(path))).toEqual(['resources/icon.png']);
  });

  it('carry the SQL migrations inside the built main bundle, so none has to ship as a file', () => {
    // src-main/store/migrations.ts imports every .sql with ?raw, eagerly: Vite inlines the text.
    const source = readFileSync(resolve(root, 'src-main/store/migrations.ts'), 'utf8');
    expect(source).toMatch(/import\.meta\.glob<string>\('\.\/migrations\/sqlite\/\*\.sql', \{ query: '\?raw', import: 'default', eager: true \}\)/);
    expect(source).toMatch(/import\.meta\.glob<string>\('\.\/migrations\/postgres\/\*\.sql', \{ query: '\?raw', import: 'default', eager: true \}\)/);
    expect(ships('src-main/store/migrations/sqlite/001_core.sql')).toBe(false);
  });

  it("ship better-sqlite3's native module for the building platform only, unpacked from the archive", () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    expect(ships('node_modules/better-sqlite3/prebuilds/linux-x64.node', 'linux')).toBe(true);
    expect(ships('node_modules/better-sqlite3/prebuilds/win32-x64.node', 'linux')).toBe(false);
    expect(ships('node_modules/better-sqlite3/prebuilds/win32-x64.node', 'win32')).toBe(true);
    expect(ships('node_modules/better-sqlite3/prebuilds/darwin-arm64.node', 'win32')).toBe(false);
    expect(ships('node_modules/better-sqlite3/lib/index.js')).toBe(true);
    expect(ships('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(ships('node_modules/pg/lib/index.js')).toBe(true);
    expect(ships('node_modules/zod/index.js.map')).toBe(false);
    expect(config.npmRebuild).toBe(false);
  });

  it("ship as node_modules exactly the packages main and the shared code import, and the renderer's none", () => {
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const imported = new Set<string>();
    const sources = ['src-main', 'src-shared'].flatMap((dir) =>
      readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => resolve(root, dir, f)),
    );
    const importPattern = /^\s*(?:import|export)\s[^;]*?from\s+'([^'.][^']*)'|^\s*import\s+'([^'.][^']*)'|\bimport\('([^'.][^']*)'\)/gm;
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const specifier = (match[1] ?? match[2] ?? match[3]) as string;
        if (!specifier.startsWith('node:') && specifier !== 'electron') imported.add(packageOf(specifier));
      }
    }
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    for (const renderer of ['vue', 'pinia', 'vue-i18n', 'vue-router', 'simple-keyboard']) expect(pkg.devDependencies).toHaveProperty(renderer);
  });

  it('install per machine on Windows without asking for elevation at every start; deb and AppImage on Linux', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.linux?.executableName).toBe('madoguchi');
    expect(config.deb?.afterInstall).toBe('resources/deploy/linux/postinst.sh');
    expect(readFileSync(resolve(root, 'resources/deploy/linux/postinst.sh'), 'utf8')).toMatch(/^#!\/bin\/sh/);
    expect(config.extraResources).toEqual([{ from: 'resources/deploy', to: 'deploy', filter: ['**/*'] } satisfies FileSet]);
  });

  it('flip the fuses in afterPack and build for this platform with `npm run dist`', async () => {
    const afterPack = (await import('../../../build/after-pack')).default;
    expect(config.afterPack).toBe(afterPack);
    // electron-builder's own fuse integration stays off: one place flips them, and checks them.
    expect(config.electronFuses).toBeUndefined();
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.config.ts --publish never');
  });

  it('is a configuration electron-builder itself loads and accepts', async () => {
    const loaded = (await getConfig(root, resolve(root, 'electron-builder.config.ts'), null)) as Configuration;
    expect(loaded.productName).toBe('Madoguchi');
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });
});
