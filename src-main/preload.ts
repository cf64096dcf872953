// The preload: the page gets exactly one function, window.madoguchi.invoke, and nothing of
// ipcRenderer itself — no send, no on, no event objects — so a compromised page can only make the
// same validated, authorised calls as the real UI. Inputs travel as JSON text (src-shared/ipc-wire.ts
// says why). Built as CommonJS for the sandbox.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type MadoguchiBridge } from '../src-shared/bridge-api';
import { fail } from '../src-shared/errors';
import { encodeInput } from '../src-shared/ipc-wire';
import { INVOKE_CHANNEL } from './electron/invoke-channel';

const bridge: MadoguchiBridge = {
  invoke: (channel, input) => {
    let text: string;
    try {
      text = encodeInput(input);
    } catch {
      // A cycle or a BigInt: nothing a form sends. Answered as the router answers bad input.
      return Promise.resolve(fail('invalid_input'));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, text);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
