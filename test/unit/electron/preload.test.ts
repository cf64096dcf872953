// The preload runs against the mocked electron module; what it exposes is what a page can reach.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MadoguchiBridge } from '../../../src-shared/bridge-api';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let exposed: { name: unknown; api: MadoguchiBridge };

beforeAll(async () => {
  ipcRenderer.invoke.mockImplementation(() => Promise.resolve({ ok: true, data: 'answer' }));
  await import('../../../src-main/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [unknown, MadoguchiBridge];
  exposed = { name, api };
});

describe('preload', () => {
  it('exposes exactly window.madoguchi with one function, invoke', () => {
    expect(exposed.name).toBe('madoguchi');
    expect(Object.keys(exposed.api)).toEqual(['invoke']);
    expect(typeof exposed.api.invoke).toBe('function');
  });

  it('forwards invoke(channel, input) on the one channel, the input as JSON text, and returns the answer', async () => {
    await expect(exposed.api.invoke('session.info', { a: 1 })).resolves.toEqual({ ok: true, data: 'answer' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('madoguchi:invoke', 'session.info', '{"a":1}');
    await exposed.api.invoke('session.info', undefined);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('madoguchi:invoke', 'session.info', '');
  });

  it('answers invalid_input for an input JSON cannot carry, without calling main', async () => {
    const calls = ipcRenderer.invoke.mock.calls.length;
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(exposed.api.invoke('session.info', cyclic)).resolves.toEqual({ ok: false, error: { code: 'invalid_input' } });
    await expect(exposed.api.invoke('session.info', { n: 1n })).resolves.toEqual({ ok: false, error: { code: 'invalid_input' } });
    expect(ipcRenderer.invoke.mock.calls.length).toBe(calls);
  });

  it('passes on no extra arguments a page might add', async () => {
    const invoke = exposed.api.invoke as (...args: unknown[]) => Promise<unknown>;
    await invoke('session.info', {}, 'extra', () => 'callback');
    expect(ipcRenderer.invoke.mock.lastCall).toEqual(['madoguchi:invoke', 'session.info', '{}']);
  });
});
