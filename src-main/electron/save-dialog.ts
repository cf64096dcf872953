// The system's save dialog for a copy of an export (src-main/export/save-as.ts), over the kiosk's
// own window so it cannot get lost behind it. Starts in the user's Documents folder.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { SaveDialog } from '../export/save-as';

export const electronSaveDialog: SaveDialog = {
  async choose(defaultName) {
    const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [{ name: 'CSV', extensions: ['csv'] }] };
    const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};
