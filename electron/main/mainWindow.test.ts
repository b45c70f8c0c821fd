import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, Display } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWindowState, createMainWindow } from './mainWindow';
import { WINDOW_BACKGROUND } from './theme';
import { loadWindowState, WINDOW_STATE_FILE } from './windowState';

/** Just enough of BrowserWindow for createMainWindow: records options, listeners and calls. */
class FakeWindow {
  static last: FakeWindow;
  listeners = new Map<string, () => void>();
  calls: string[] = [];
  background = '';
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  maximized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.last = this;
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 0,
      height: options.height ?? 0,
    };
  }
  on(name: string, listener: () => void) {
    this.listeners.set(name, listener);
    return this;
  }
  maximize() {
    this.maximized = true;
    this.calls.push('maximize');
  }
  show() {
    this.calls.push('show');
  }
  loadURL(url: string) {
    this.calls.push(`load ${url}`);
    return Promise.resolve();
  }
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized() {
    return this.maximized;
  }
  setBackgroundColor(colour: string) {
    this.background = colour;
  }
  isDestroyed() {
    return false;
  }
}

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
const display = { workArea } as Display;

function themeFake(dark: boolean) {
  const listeners: Array<() => void> = [];
  return {
    shouldUseDarkColors: dark,
    on: vi.fn((_: 'updated', l: () => void) => listeners.push(l)),
    off: vi.fn(),
    fire: () => listeners.forEach((l) => l()),
  };
}

let dataDir: string;
beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'crossing-main-window-'))));
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function open(dark = false, platform: NodeJS.Platform = 'linux') {
  const nativeTheme = themeFake(dark);
  const win = createMainWindow({
    BrowserWindow: FakeWindow as never,
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    nativeTheme: nativeTheme as never,
    platform,
    paths: { preload: '/app/out/preload/index.cjs', icon: join(dataDir, 'no-icon.png') },
    dataDir,
    title: 'Crossing',
    log: vi.fn(),
  }) as unknown as FakeWindow;
  return { win, nativeTheme };
}

describe('createMainWindow', () => {
  it('opens app://crossing/index.html with the secure preferences and the preload', () => {
    const { win } = open();
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(win.calls).toEqual(['show', 'load app://crossing/index.html']);
  });

  it('starts 1280x800, centred, on the first run', () => {
    const { win } = open();
    expect(win.options).toMatchObject({ width: 1280, height: 800, x: 320, y: 120 });
  });

  it('picks a background matching the OS theme and follows theme changes', () => {
    expect(open(false).win.options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    const { win, nativeTheme } = open(true);
    expect(win.options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    nativeTheme.shouldUseDarkColors = false;
    nativeTheme.fire();
    expect(win.background).toBe(WINDOW_BACKGROUND.light);
    win.listeners.get('closed')?.();
    expect(nativeTheme.off).toHaveBeenCalledWith('updated', expect.any(Function));
  });

  it('saves its bounds on close and restores them (maximised) next time', () => {
    const { win } = open();
    win.bounds = { x: 100, y: 50, width: 1000, height: 700 };
    win.maximized = true;
    win.listeners.get('close')?.();
    expect(loadWindowState(dataDir)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    });
    const again = open().win;
    expect(again.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(again.calls.slice(0, 2)).toEqual(['maximize', 'show']);
  });

  it('recovers from a window saved on a monitor that is gone', () => {
    writeFileSync(
      join(dataDir, WINDOW_STATE_FILE),
      JSON.stringify({ x: 5000, y: 3000, width: 1000, height: 700, maximized: false }),
    );
    expect(open().win.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('captures normal bounds plus the maximised flag', () => {
    const { win } = open();
    win.maximized = true;
    expect(captureWindowState(win as never)).toEqual({ ...win.bounds, maximized: true });
  });
});
