// Each window is a terminal (DESIGN.md "Sessions and terminals"). The id follows the window's
// webContents, which survives reloads, so main's session and the page stay paired; it starts with
// the machine's terminal name (config terminal.name), because sessions live in a database that
// other machines' windows — with the same webContents numbers — may share.
export function terminalIdFor(terminalName: string, webContentsId: number): string {
  return `${terminalName}/window-${webContentsId}`;
}
