import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/api/channels';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Packaged builds get no reload and no developer tools. */
  isPackaged: boolean;
  send: (command: ShellCommand) => void;
  openAbout: () => void;
  showDataFolder: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu. Items that mirror a renderer key binding show the accelerator but do not
 * register it (registerAccelerator: false): the renderer's own binding handles the key, so it
 * fires once, works in the browser host too, and respects focus (e.g. inside a dialog).
 * Keep these accelerators equal to the `keys` of renderer/src/actions/actions.ts.
 */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const dev = !o.isPackaged;
  const about: MenuItemConstructorOptions = { label: `About ${o.appName}`, click: o.openAbout };

  const appMenu: MenuItemConstructorOptions = {
    label: o.appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'New Project',
        accelerator: 'CmdOrCtrl+N',
        registerAccelerator: false,
        click: () => o.send('project.new'),
      },
      separator,
      { label: 'Backups…', click: () => o.send('view.backups') },
      separator,
      { role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      {
        label: 'Portfolio',
        accelerator: 'CmdOrCtrl+Shift+P',
        registerAccelerator: false,
        click: () => o.send('view.portfolio'),
      },
      {
        label: 'Org Model',
        accelerator: 'CmdOrCtrl+Shift+O',
        registerAccelerator: false,
        click: () => o.send('view.org'),
      },
      separator,
      ...(dev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      ...(mac ? [] : [about, separator]),
      { label: 'Show Data Folder', click: o.showDataFolder },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}
