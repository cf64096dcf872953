// Each window is a terminal (DESIGN.md "Sessions and terminals"). The id follows the window's
// webContents, which survives reloads, so main's session and the page stay paired.
export function terminalIdFor(webContentsId: number): string {
  return `window-${webContentsId}`;
}
