import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const options: MenuOptions = {
    platform: 'linux',
    appName: 'Crossing',
    isPackaged: true,
    send: vi.fn(),
    openAbout: vi.fn(),
    showDataFolder: vi.fn(),
    ...overrides,
  };
  return { options, template: buildMenuTemplate(options) };
}

const items = (menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (menu?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
const top = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((m) => m.label === label);
const item = (template: MenuItemConstructorOptions[], menu: string, label: string) =>
  items(top(template, menu)).find((i) => i.label === label);
const roles = (menu: MenuItemConstructorOptions | undefined) =>
  items(menu).flatMap((i) => (i.role ? [i.role] : []));
const click = (i: MenuItemConstructorOptions | undefined) =>
  (i?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('shows Ctrl/Cmd+N on New Project without registering it, and sends project.new', () => {
    const { template, options } = build();
    const newProject = item(template, 'File', 'New Project');
    expect(newProject?.accelerator).toBe('CmdOrCtrl+N');
    expect(newProject?.registerAccelerator).toBe(false);
    click(newProject);
    expect(options.send).toHaveBeenCalledWith('project.new');
  });

  it('sends view.portfolio from View > Portfolio, again with an unregistered accelerator', () => {
    const { template, options } = build();
    const portfolio = item(template, 'View', 'Portfolio');
    expect(portfolio?.registerAccelerator).toBe(false);
    click(portfolio);
    expect(options.send).toHaveBeenCalledWith('view.portfolio');
  });

  it('sends view.org from View > Org Model, with the accelerator of the renderer’s binding', () => {
    const { template, options } = build();
    const org = item(template, 'View', 'Org Model');
    expect(org?.accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(org?.registerAccelerator).toBe(false);
    click(org);
    expect(options.send).toHaveBeenCalledWith('view.org');
  });

  it('opens the backups page from File > Backups…', () => {
    const { template, options } = build();
    const backups = item(template, 'File', 'Backups…');
    expect(backups?.accelerator).toBeUndefined();
    click(backups);
    expect(options.send).toHaveBeenCalledWith('view.backups');
  });

  it('never registers an accelerator itself: the renderer key bindings own the keys', () => {
    const all = build({ isPackaged: false }).template.flatMap(items);
    for (const i of all.filter((i) => i.accelerator)) expect(i.registerAccelerator).toBe(false);
  });

  it('has Close and Quit in File off macOS', () => {
    expect(roles(top(build().template, 'File'))).toEqual(['close', 'quit']);
  });

  it('has the standard Edit roles', () => {
    expect(roles(top(build().template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const packaged = roles(top(build({ isPackaged: true }).template, 'View'));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    const dev = roles(top(build({ isPackaged: false }).template, 'View'));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens About and the data folder from Help', () => {
    const { template, options } = build();
    click(item(template, 'Help', 'About Crossing'));
    click(item(template, 'Help', 'Show Data Folder'));
    expect(options.openAbout).toHaveBeenCalledTimes(1);
    expect(options.showDataFolder).toHaveBeenCalledTimes(1);
    expect(options.send).not.toHaveBeenCalled();
  });

  it('adds the app menu (with About and Quit) and the Window menu on macOS', () => {
    const { template, options } = build({ platform: 'darwin' });
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Crossing',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    expect(roles(top(template, 'Crossing'))).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(roles(top(template, 'File'))).toEqual(['close']);
    expect(item(template, 'Help', 'About Crossing')).toBeUndefined();
    click(item(template, 'Crossing', 'About Crossing'));
    expect(options.openAbout).toHaveBeenCalledTimes(1);
  });
});
