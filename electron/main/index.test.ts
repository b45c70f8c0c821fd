import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WINDOW_BACKGROUND } from './theme';
import { acquireWorkspaceLock } from '../backend/workspace/workspaceLock';

// The lifecycle in index.ts, run against a fake 'electron' module (the real one throws here):
// the order of the pre-ready calls, the wiring on ready, and closing the workspace on quit.
// The backend is real: the workspace opens a SQLite file in a temp folder.

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  let resolveReady: () => void = () => {};
  const state = {
    gotLock: true,
    ready: Promise.resolve(),
    protocolHandler: null as null | ((r: Request) => Response | Promise<Response>),
    menu: null as null | MenuItemConstructorOptions[],
    windows: [] as BrowserWindow[],
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    events = new Map<string, () => void>();
    url?: string;
    webContents = { send: vi.fn(), isDestroyed: () => false };
    constructor(readonly options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      state.windows.push(this);
    }
    on(name: string, l: () => void) {
      this.events.set(name, l);
      return this;
    }
    maximize() {}
    show() {}
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    isMaximized = () => false;
    isMinimized = () => false;
    setBackgroundColor() {}
    isDestroyed = () => false;
    restore() {}
    focus = vi.fn();
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const electron = {
    app: {
      isPackaged: false,
      setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), state.gotLock),
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
      on: (name: string, l: (...args: unknown[]) => void) => appListeners.set(name, l),
      whenReady: () => state.ready,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) =>
        calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string, h: (r: Request) => Response) => {
        calls.push(`protocol.handle ${scheme}`);
        state.protocolHandler = h;
      },
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, input: unknown) => Promise<unknown>) =>
        ipcHandlers.set(channel, h),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (t: MenuItemConstructorOptions[]) => ((state.menu = t), t),
      setApplicationMenu: () => calls.push('setApplicationMenu'),
    },
    BrowserWindow,
    nativeTheme: { themeSource: 'light', shouldUseDarkColors: true, on() {}, off() {} },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('deny permissions'),
        setPermissionCheckHandler() {},
        setDevicePermissionHandler() {},
      },
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn(() => Promise.resolve('')) },
    dialog: {
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
      showErrorBox: vi.fn(),
    },
  };
  /** A fresh process: index.ts runs its top level again on the next import. */
  const reset = () => {
    calls.length = 0;
    appListeners.clear();
    ipcHandlers.clear();
    state.gotLock = true;
    state.ready = new Promise<void>((r) => (resolveReady = r));
    state.protocolHandler = null;
    state.menu = null;
    state.windows = [];
  };
  return {
    calls,
    appListeners,
    ipcHandlers,
    state,
    electron,
    reset,
    resolveReady: () => resolveReady(),
  };
});

vi.mock('electron', () => fake.electron);

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'crossing-lifecycle-'));
  vi.stubEnv('CROSSING_DATA_DIR', dataDir);
  vi.resetModules();
  fake.reset();
});
afterEach(() => {
  fake.appListeners.get('will-quit')?.();
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('main process lifecycle', () => {
  it('wires everything, in order, and releases the workspace on quit', async () => {
    await import('./index');

    // Before ready: profile and lock tied to the data folder, sandbox, privileged scheme.
    expect(fake.calls).toEqual([
      `setPath userData ${dataDir}`,
      `setPath sessionData ${join(dataDir, 'chromium')}`,
      'enableSandbox',
      'registerSchemesAsPrivileged app',
      'requestSingleInstanceLock',
    ]);
    expect([...fake.appListeners.keys()]).toEqual(
      expect.arrayContaining([
        'second-instance',
        'web-contents-created',
        'window-all-closed',
        'will-quit',
      ]),
    );

    fake.resolveReady();
    await flush();

    expect(fake.calls.slice(5)).toEqual([
      'deny permissions',
      'protocol.handle app',
      'setApplicationMenu',
      'new BrowserWindow',
    ]);
    expect(fake.electron.nativeTheme.themeSource).toBe('system');
    const win = fake.state.windows[0];
    expect(win?.url).toBe('app://crossing/index.html');
    expect(win?.options).toMatchObject({
      backgroundColor: WINDOW_BACKGROUND.dark,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });

    // app:// is served by the CSP-sending handler (the renderer is not built next to the sources).
    const response = await fake.state.protocolHandler?.(new Request('app://crossing/index.html'));
    expect(response?.headers.get('Content-Security-Policy')).toContain("default-src 'none'");

    // IPC reaches the real workspace in CROSSING_DATA_DIR, only from our own frame.
    const appInfo = fake.ipcHandlers.get('crossing:app.info');
    const ours = { senderFrame: { url: 'app://crossing/index.html', parent: null } };
    await expect(appInfo?.(ours as unknown as IpcMainInvokeEvent, {})).resolves.toMatchObject({
      ok: true,
      data: { host: 'electron', dataDir, workspace: { state: 'ready' } },
    });
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(appInfo?.(foreign, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('foreign origin'));
    log.mockRestore();

    // The menu's commands reach the window.
    const file = fake.state.menu?.find((m) => m.label === 'File');
    const newProject = (file?.submenu as MenuItemConstructorOptions[]).find(
      (i) => i.label === 'New Project',
    );
    (newProject?.click as () => void)();
    expect(fake.state.windows[0]?.webContents.send).toHaveBeenCalledWith(
      'crossing:shell-command',
      'project.new',
    );

    // A second launch focuses this window; quitting closes the database and frees the lock.
    fake.appListeners.get('second-instance')?.();
    expect(fake.state.windows[0]?.focus).toHaveBeenCalled();
    expect(existsSync(join(dataDir, 'crossing.lock'))).toBe(true);
    fake.appListeners.get('will-quit')?.();
    expect(existsSync(join(dataDir, 'crossing.lock'))).toBe(false);
  });

  it('quits at once when another instance holds the data folder', async () => {
    fake.state.gotLock = false;
    await import('./index');
    expect(fake.calls.slice(-2)).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(fake.appListeners.size).toBe(0);
  });

  it('still opens the window when the workspace is refused, and logs why', async () => {
    // The writer lock held by another holder (here, this test) makes the workspace refuse.
    const releaseHeld = acquireWorkspaceLock(dataDir);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('./index');
    fake.resolveReady();
    await flush();
    expect(fake.state.windows).toHaveLength(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('workspace not opened (locked)'));
    const ours = { senderFrame: { url: 'app://crossing/index.html', parent: null } };
    await expect(fake.ipcHandlers.get('crossing:app.info')?.(ours, {})).resolves.toMatchObject({
      ok: true,
      data: { workspace: { state: 'refused', reason: 'locked' } },
    });
    await expect(fake.ipcHandlers.get('crossing:projects.list')?.(ours, {})).resolves.toMatchObject(
      {
        ok: false,
        error: { code: 'UNAVAILABLE' },
      },
    );
    log.mockRestore();
    releaseHeld();
  });
});
