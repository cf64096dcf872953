// The BrowserWindow options, decided from the configuration alone. Pure, so every security flag is
// asserted in a unit test rather than trusted to review.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Config } from '../config/schema';

export interface WindowPlan {
  mode: Config['mode'];
  /** config.window.fullscreen; only the kiosk goes full screen. */
  fullscreen: boolean;
  /** Absolute path of out/preload/index.cjs. */
  preload: string;
  /** True only for a counter window of an unpackaged (development) build. */
  devTools: boolean;
  /** The window and task-bar icon (resources/icon.png); Linux and Windows show it. */
  icon?: string;
}

/** A kiosk is locked to the screen; a counter PC gets an ordinary window the clerk can move. */
export function isLockedKiosk(plan: Pick<WindowPlan, 'mode' | 'fullscreen'>): boolean {
  return plan.mode === 'kiosk' && plan.fullscreen;
}

export function windowOptions(plan: WindowPlan): BrowserWindowConstructorOptions {
  const locked = isLockedKiosk(plan);
  return {
    title: '窓口 Madoguchi',
    width: 1280,
    height: 900,
    minWidth: 800,
    minHeight: 600,
    backgroundColor: '#ffffff',
    kiosk: locked,
    fullscreen: locked,
    autoHideMenuBar: true,
    ...(plan.icon ? { icon: plan.icon } : {}),
    webPreferences: {
      preload: plan.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // alert()/confirm() would block a kiosk with a native box nobody can dismiss by touch.
      disableDialogs: true,
      devTools: plan.mode === 'kiosk' ? false : plan.devTools,
      zoomFactor: 1,
    },
  };
}
