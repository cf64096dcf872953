// DESIGN.md: nothing outside index.ts, preload.ts and src-main/electron/ imports electron, so the
// application, the CLI, the harness and the benchmarks all load in plain Node. Lint enforces the
// static imports; this also catches require() and dynamic import().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const allowed = new Set(['src-main/index.ts', 'src-main/preload.ts']);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|vue|mts|cts)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

describe('electron import boundary', () => {
  it('only the Electron shell files mention the electron module', () => {
    const electronImport = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]electron['"]/;
    const files = ['src-main', 'src-shared', 'src-renderer'].flatMap(sourceFiles);
    const importers = files.filter((file) => electronImport.test(readFileSync(join(root, file), 'utf8')));
    // The scan reached the shell and the pattern finds its imports, so an empty list below is a finding.
    expect(importers).toContain('src-main/electron/main-process.ts');
    const offenders = importers.filter((file) => !allowed.has(file) && !file.startsWith('src-main/electron/'));
    expect(offenders).toEqual([]);
  });
});
