import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { useSqliteNativeBinding } from '../backend/database/sqliteBinding';
import { resolveDataDir } from '../backend/workspace/dataDir';
import {
  MAINTENANCE_INTERVAL_MS,
  openWorkspace,
  type Workspace,
} from '../backend/workspace/openWorkspace';
import { aboutMessage, showAbout } from './aboutDialog';
import { appPaths } from './appPaths';
import { PRIVILEGED_APP_SCHEME, registerAppProtocol } from './appProtocol';
import { registerIpc } from './ipcAdapter';
import { registerReportSave } from './reportSaveDialog';
import { electronSqliteBinding } from './electronSqliteBinding';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { createOpenExternal } from './openExternal';
import { createShellCommandSender } from './shellCommands';
import { restrictPermissions, hardenWebContents } from './windowSecurity';

// The Electron shell: lifecycle and wiring only; each piece lives in its own tested module.
// Everything in this first block must happen before the ready event.

const APP_NAME = 'Crossing';
const log = (message: string) => console.error(message);
const paths = appPaths(import.meta.url);
const dataDir = resolveDataDir();

// userData is where Chromium keeps its profile and where the single-instance lock lives. Tying
// it to the data folder means CROSSING_DATA_DIR gives each run (each e2e test) its own profile
// and lock; without the override it is the same folder Electron would pick anyway. Chromium's
// session data (caches, local storage) goes into one subfolder, away from crossing.sqlite.
app.setPath('userData', dataDir);
app.setPath('sessionData', join(dataDir, 'chromium'));
app.enableSandbox();
// Windows groups taskbar entries and notifications by this id; it must equal the installer's.
if (process.platform === 'win32') app.setAppUserModelId('app.crossing.desktop');
protocol.registerSchemesAsPrivileged([PRIVILEGED_APP_SCHEME]);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this data folder: it gets a 'second-instance' event and shows itself.
  app.quit();
} else {
  start();
}

function start(): void {
  let workspace: Workspace | null = null;
  let maintenance: NodeJS.Timeout | null = null;
  let mainWindow: BrowserWindow | null = null;
  const openExternal = createOpenExternal(shell, log);
  const send = createShellCommandSender(() => mainWindow?.webContents);

  const createWindow = (): BrowserWindow => {
    const win = createMainWindow({
      BrowserWindow,
      screen,
      nativeTheme,
      platform: process.platform,
      paths,
      dataDir,
      title: APP_NAME,
      log,
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    return win;
  };

  const onReady = (): void => {
    nativeTheme.themeSource = 'system';
    useSqliteNativeBinding(
      electronSqliteBinding({
        isPackaged: app.isPackaged,
        nativeDir: paths.nativeDir,
        electronVersion: process.versions.electron ?? '',
        arch: process.arch,
        exists: existsSync,
      }),
    );
    workspace = openWorkspace({ dataDir, host: 'electron' });
    maintenance = setInterval(() => void workspace?.maintain(), MAINTENANCE_INTERVAL_MS);
    maintenance.unref();
    const info = workspace.info;
    if (info.workspace.state === 'refused') {
      // The window still opens: the renderer reads app.info and explains the refusal.
      log(`[crossing] workspace not opened (${info.workspace.reason}): ${info.workspace.message}`);
    }
    restrictPermissions(session.defaultSession);
    registerAppProtocol(protocol, paths.rendererDir);
    registerIpc(ipcMain, workspace.dispatch, log);
    registerReportSave({
      ipcMain,
      dialog,
      window: () => mainWindow,
      defaultDir: () => app.getPath('documents'),
      reports: () => workspace?.reports ?? null,
      log,
    });
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: APP_NAME,
      isPackaged: app.isPackaged,
      send,
      openAbout: () => {
        // The workspace's info changes after a restore or reopen: read it when asked.
        const options = aboutMessage(APP_NAME, workspace?.info ?? info, process.versions);
        showAbout(dialog, mainWindow, options).catch((e: unknown) => log(String(e)));
      },
      showDataFolder: () => {
        shell.openPath(dataDir).then(
          (error) => {
            if (error) log(`[crossing] could not open ${dataDir}: ${error}`);
          },
          (e: unknown) => log(String(e)),
        );
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    mainWindow = createWindow();
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('render-process-gone', (_event, _contents, details) => {
    log(`[crossing] renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (workspace && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', () => {
    if (maintenance) clearInterval(maintenance);
    workspace?.close();
    workspace = null;
  });

  app.whenReady().then(onReady).catch(fatal);
}

function fatal(e: unknown): void {
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  log(`[crossing] could not start: ${detail}`);
  dialog.showErrorBox(`${APP_NAME} could not start`, detail);
  app.exit(1);
}
