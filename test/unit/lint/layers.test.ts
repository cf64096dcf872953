// The layer rule of DESIGN.md, checked by linting small probes as if they sat in each folder.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rule', () => {
  it('src-shared imports no Node, Electron, main or renderer code', async () => {
    expect(await restricted('src-shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await restricted('src-shared/probe.ts', "import { join } from 'path';\nexport const a = join;\n")).toHaveLength(1);
    expect(await restricted('src-shared/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restricted('src-shared/probe.ts', "import { createApp } from '../src-main/app';\nexport const a = createApp;\n")).toHaveLength(1);
    expect(await restricted('src-shared/probe.ts', "import { z } from 'zod';\nexport const a = z;\n")).toHaveLength(0);
  });

  it('the renderer never imports main-process code or Node', async () => {
    expect(await restricted('src-renderer/probe.ts', "import { createApp } from '../src-main/app';\nexport const a = createApp;\n")).toHaveLength(1);
    expect(await restricted('src-renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
    expect(await restricted('src-renderer/probe.ts', "import { contract } from '../src-shared/contract';\nexport const a = contract;\n")).toHaveLength(0);
  });

  it('only index.ts, preload.ts and src-main/electron/ import electron', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await restricted('src-main/app.ts', code)).toHaveLength(1);
    expect(await restricted('src-main/ipc/probe.ts', code)).toHaveLength(1);
    expect(await restricted('src-main/index.ts', code)).toHaveLength(0);
    expect(await restricted('src-main/preload.ts', code)).toHaveLength(0);
    expect(await restricted('src-main/electron/window.ts', code)).toHaveLength(0);
  });

  it('areas of main import one another only through their entry files', async () => {
    const deep = "import { Holds } from '../library/holds';\nexport const a = Holds;\n";
    const entry = "import { createLibrary } from '../library';\nexport const a = createLibrary;\n";
    expect(await restricted('src-main/staff/probe.ts', deep)).toHaveLength(1);
    expect(await restricted('src-main/staff/probe.ts', entry)).toHaveLength(0);
    expect(await restricted('src-main/identity/probe.ts', "import { X } from '../citizen/profiles';\nexport const a = X;\n")).toHaveLength(1);
    // Inside its own area a file imports freely, and the electron rule still holds there.
    expect(await restricted('src-main/library/probe.ts', deep)).toHaveLength(0);
    expect(await restricted('src-main/library/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('renderer areas import one another only through their entry files', async () => {
    expect(await restricted('src-renderer/screens/city/Probe.ts', "import X from '../identity/OtherLogins.vue';\nexport const a = X;\n")).toHaveLength(1);
    expect(await restricted('src-renderer/screens/city/Probe.ts', "import { X } from '../identity';\nexport const a = X;\n")).toHaveLength(0);
    expect(await restricted('src-renderer/screens/city/Probe.ts', "import { createApp } from '../../../src-main/app';\nexport const a = createApp;\n")).toHaveLength(1);
  });
});
