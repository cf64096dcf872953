import { describe, expect, it } from 'vitest';
import { isLockedKiosk, windowOptions } from '../../../src-main/electron/window-options';

const preload = '/opt/madoguchi/out/preload/index.cjs';

describe('window options', () => {
  const plans = [
    { mode: 'kiosk', fullscreen: true, preload, devTools: true },
    { mode: 'kiosk', fullscreen: false, preload, devTools: false },
    { mode: 'counter', fullscreen: true, preload, devTools: true },
    { mode: 'counter', fullscreen: false, preload, devTools: false },
  ] as const;

  it.each(plans)('isolates and sandboxes the page (%o)', (plan) => {
    const web = windowOptions(plan).webPreferences ?? {};
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.webviewTag).toBe(false);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.preload).toBe(preload);
    expect(web.partition).toBeUndefined();
  });

  it('locks a full-screen kiosk to the screen with DevTools off', () => {
    const options = windowOptions({ mode: 'kiosk', fullscreen: true, preload, devTools: true });
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.webPreferences?.devTools).toBe(false);
    expect(options.webPreferences?.zoomFactor).toBe(1);
  });

  it('keeps DevTools off in kiosk mode even in a window (fullscreen false)', () => {
    const options = windowOptions({ mode: 'kiosk', fullscreen: false, preload, devTools: true });
    expect(options.kiosk).toBe(false);
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('gives the counter a normal window, with DevTools only in a development build', () => {
    const production = windowOptions({ mode: 'counter', fullscreen: true, preload, devTools: false });
    expect(production.kiosk).toBe(false);
    expect(production.fullscreen).toBe(false);
    expect(production.webPreferences?.devTools).toBe(false);
    expect(windowOptions({ mode: 'counter', fullscreen: true, preload, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('treats only a full-screen kiosk as locked', () => {
    expect(isLockedKiosk({ mode: 'kiosk', fullscreen: true })).toBe(true);
    expect(isLockedKiosk({ mode: 'kiosk', fullscreen: false })).toBe(false);
    expect(isLockedKiosk({ mode: 'counter', fullscreen: true })).toBe(false);
  });
});

describe('window icon', () => {
  it('uses the product icon when given, and sets none otherwise', () => {
    const icon = '/opt/madoguchi/resources/icon.png';
    expect(windowOptions({ mode: 'counter', fullscreen: false, preload, devTools: false, icon }).icon).toBe(icon);
    expect('icon' in windowOptions({ mode: 'counter', fullscreen: false, preload, devTools: false })).toBe(false);
  });

  it('ships the icon the entry point names', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync('resources/icon.png')).toBe(true);
  });
});
