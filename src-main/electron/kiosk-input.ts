// Which keys the window swallows before the page sees them (before-input-event). A kiosk keyboard
// (or a USB keyboard plugged in by a visitor) must not reload the page, open DevTools, close the
// app, zoom, print or step back in history. The counter PC keeps close, since clerks quit the app.
import type { Config } from '../config/schema';

export interface KeyInput {
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

type WindowMode = Config['mode'];

const reloadKeys = new Set(['F5', 'BrowserRefresh']);
const devToolsKeys = new Set(['F12']);
const historyKeys = new Set(['BrowserBack', 'BrowserForward', 'BrowserHome']);
const zoomKeys = new Set(['+', '=', '-', '_', '0', ';']);
const zoomCodes = new Set(['NumpadAdd', 'NumpadSubtract', 'Numpad0', 'Equal', 'Minus', 'Digit0']);

/** Letter shortcuts are matched on the physical key, so a JIS or kana layout cannot slip past. */
function letter(input: KeyInput): string {
  return input.code.startsWith('Key') ? input.code.slice(3).toLowerCase() : input.key.toLowerCase();
}

function isReload(input: KeyInput, command: boolean): boolean {
  return reloadKeys.has(input.key) || (command && letter(input) === 'r');
}

function isDevTools(input: KeyInput, command: boolean): boolean {
  if (devToolsKeys.has(input.key)) return true;
  const l = letter(input);
  // Ctrl+Shift+I/J/C on Windows and Linux, Cmd+Option+I/J/C on macOS.
  return command && (input.shift || input.alt) && (l === 'i' || l === 'j' || l === 'c');
}

function isClose(input: KeyInput, command: boolean): boolean {
  if (input.key === 'F4' && (input.alt || input.control)) return true;
  const l = letter(input);
  return command && (l === 'w' || l === 'q');
}

function isZoom(input: KeyInput, command: boolean): boolean {
  return command && (zoomKeys.has(input.key) || zoomCodes.has(input.code));
}

function isOtherBrowserCommand(input: KeyInput, command: boolean): boolean {
  if (historyKeys.has(input.key)) return true;
  if (input.alt && (input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home')) return true;
  const l = letter(input);
  // Print, save, open, find, view source, new window.
  return command && ['p', 's', 'o', 'f', 'g', 'u', 'n', 't'].includes(l);
}

export function isSwallowedKey(input: KeyInput, mode: WindowMode): boolean {
  const command = input.control || input.meta;
  if (isReload(input, command) || isDevTools(input, command)) return true;
  if (mode === 'counter') return false;
  return isClose(input, command) || isZoom(input, command) || isOtherBrowserCommand(input, command);
}
