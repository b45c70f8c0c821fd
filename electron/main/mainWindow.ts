import { existsSync } from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions, NativeTheme, Screen } from 'electron';
import { RENDERER_URL } from './appOrigin';
import type { AppPaths } from './appPaths';
import { windowBackground } from './theme';
import { secureWebPreferences } from './windowSecurity';
import {
  loadWindowState,
  MIN_WINDOW_SIZE,
  placeWindow,
  saveWindowState,
  type WindowState,
} from './windowState';

type WindowLike = Pick<
  BrowserWindow,
  | 'on'
  | 'maximize'
  | 'show'
  | 'loadURL'
  | 'getNormalBounds'
  | 'isMaximized'
  | 'setBackgroundColor'
  | 'isDestroyed'
>;

export interface MainWindowDeps<W extends WindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors' | 'on' | 'off'>;
  platform: NodeJS.Platform;
  paths: Pick<AppPaths, 'preload' | 'icon'>;
  dataDir: string;
  title: string;
  log?: (message: string) => void;
}

export const captureWindowState = (win: WindowLike): WindowState => ({
  ...win.getNormalBounds(),
  maximized: win.isMaximized(),
});

/**
 * The one app window: secure preferences, the saved size and place (clamped to the displays
 * connected now), a background matching the OS theme so nothing flashes white, and its state
 * saved when it closes. The page is app://crossing/index.html whatever the workspace state:
 * a refused workspace is explained by the renderer, from app.info.
 */
export function createMainWindow<W extends WindowLike>(deps: MainWindowDeps<W>): W {
  const log = deps.log ?? console.error;
  const placed = placeWindow(
    loadWindowState(deps.dataDir),
    deps.screen.getAllDisplays().map((d) => d.workArea),
    deps.screen.getPrimaryDisplay().workArea,
  );
  // Linux takes the window icon from here; Windows and macOS from the packaged executable.
  const icon =
    deps.platform === 'linux' && existsSync(deps.paths.icon) ? deps.paths.icon : undefined;
  const win = new deps.BrowserWindow({
    x: placed.x,
    y: placed.y,
    width: placed.width,
    height: placed.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: deps.title,
    show: false,
    backgroundColor: windowBackground(deps.nativeTheme),
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(deps.paths.preload, deps.platform),
  });

  const followTheme = () => {
    if (!win.isDestroyed()) win.setBackgroundColor(windowBackground(deps.nativeTheme));
  };
  deps.nativeTheme.on('updated', followTheme);
  win.on('close', () => saveWindowState(deps.dataDir, captureWindowState(win), log));
  win.on('closed', () => deps.nativeTheme.off('updated', followTheme));

  // Shown at once rather than on 'ready-to-show': the background already matches the theme,
  // and a window stays visible (with its menu) even if the page fails to load.
  if (placed.maximized) win.maximize();
  win.show();
  win.loadURL(RENDERER_URL).catch((e: unknown) => {
    log(`[crossing] could not load ${RENDERER_URL}: ${String(e)}`);
  });
  return win;
}
