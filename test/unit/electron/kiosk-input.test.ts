import { describe, expect, it } from 'vitest';
import { isSwallowedKey, type KeyInput } from '../../../src-main/electron/kiosk-input';

function key(k: string, over: Partial<KeyInput> = {}): KeyInput {
  const code = /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : /^[0-9]$/.test(k) ? `Digit${k}` : k;
  return { key: k, code, control: false, meta: false, alt: false, shift: false, ...over };
}
const ctrl = (k: string, over: Partial<KeyInput> = {}) => key(k, { control: true, ...over });
const cmd = (k: string, over: Partial<KeyInput> = {}) => key(k, { meta: true, ...over });

describe('kiosk key filter', () => {
  it.each([
    ['Ctrl+R', ctrl('r')],
    ['Ctrl+Shift+R', ctrl('R', { shift: true })],
    ['Cmd+R', cmd('r')],
    ['F5', key('F5')],
    ['Ctrl+F5', ctrl('F5')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', ctrl('I', { shift: true })],
    ['Ctrl+Shift+J', ctrl('J', { shift: true })],
    ['Ctrl+Shift+C', ctrl('C', { shift: true })],
    ['Cmd+Option+I', cmd('i', { alt: true })],
  ])('swallows %s in both modes (reload, DevTools)', (_name, input) => {
    expect(isSwallowedKey(input, 'kiosk')).toBe(true);
    expect(isSwallowedKey(input, 'counter')).toBe(true);
  });

  it.each([
    ['Ctrl+W', ctrl('w')],
    ['Cmd+W', cmd('w')],
    ['Ctrl+Q', ctrl('q')],
    ['Cmd+Q', cmd('q')],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+F4', ctrl('F4')],
    ['Ctrl++', ctrl('+', { code: 'Semicolon', shift: true })],
    ['Ctrl+=', ctrl('=', { code: 'Equal' })],
    ['Ctrl+-', ctrl('-', { code: 'Minus' })],
    ['Ctrl+0', ctrl('0')],
    ['Ctrl+numpad +', ctrl('+', { code: 'NumpadAdd' })],
    ['Ctrl+numpad -', ctrl('-', { code: 'NumpadSubtract' })],
    ['Ctrl+P', ctrl('p')],
    ['Ctrl+S', ctrl('s')],
    ['Ctrl+U', ctrl('u')],
    ['Ctrl+F', ctrl('f')],
    ['Ctrl+N', ctrl('n')],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt+Right', key('ArrowRight', { alt: true })],
    ['BrowserBack', key('BrowserBack')],
  ])('swallows %s at the kiosk only (close, zoom, print, history)', (_name, input) => {
    expect(isSwallowedKey(input, 'kiosk')).toBe(true);
    expect(isSwallowedKey(input, 'counter')).toBe(false);
  });

  it('matches letters on the physical key, whatever the layout produces', () => {
    // A kana layout turns the R key into す; the shortcut is still Ctrl+R.
    expect(isSwallowedKey(ctrl('す', { code: 'KeyR' }), 'kiosk')).toBe(true);
    expect(isSwallowedKey(ctrl('ｒ', { code: 'KeyR' }), 'counter')).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['a capital', key('A', { shift: true })],
    ['a digit', key('7')],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Escape', key('Escape')],
    ['an arrow', key('ArrowLeft')],
    ['@', key('@', { code: 'BracketLeft' })],
    ['-', key('-', { code: 'Minus' })],
    ['Ctrl+A', ctrl('a')],
    ['Ctrl+C', ctrl('c')],
    ['Ctrl+V', ctrl('v')],
    ['Ctrl+X', ctrl('x')],
    ['Ctrl+Z', ctrl('z')],
    ['Space', key(' ', { code: 'Space' })],
  ])('lets %s through to the page (typing and editing)', (_name, input) => {
    expect(isSwallowedKey(input, 'kiosk')).toBe(false);
    expect(isSwallowedKey(input, 'counter')).toBe(false);
  });
});
