// The preload: the page gets exactly one function, window.madoguchi.invoke, and nothing of
// ipcRenderer itself — no send, no on, no event objects — so a compromised page can only make the
// same validated, authorised calls as the real UI. Built as CommonJS for the sandbox.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type MadoguchiBridge } from '../src-shared/bridge-api';
import { INVOKE_CHANNEL } from './electron/invoke-channel';

const bridge: MadoguchiBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
