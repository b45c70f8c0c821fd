import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../shared/domain/appInfo';
import { aboutMessage, showAbout } from './aboutDialog';

const info: AppInfo = {
  appVersion: '0.1.0',
  frameworkVersion: '2025.1',
  host: 'electron',
  dataDir: '/home/ana/.config/Crossing',
  dataFile: '/home/ana/.config/Crossing/crossing.sqlite',
  user: 'ana',
  schemaVersion: 3,
  workspace: { state: 'ready' },
};
const versions = { electron: '41.7.1', chrome: '140.0', node: '22.1.0' };

describe('aboutMessage', () => {
  it('names the app version, framework version, data file and runtime', () => {
    const m = aboutMessage('Crossing', info, versions);
    expect(m.title).toBe('About Crossing');
    expect(m.message).toBe('Crossing 0.1.0');
    expect(m.detail).toContain('Framework version 2025.1');
    expect(m.detail).toContain('Data file: /home/ana/.config/Crossing/crossing.sqlite');
    expect(m.detail).toContain('Electron 41.7.1');
    expect(m.detail).not.toContain('Workspace not open');
  });

  it('says why the workspace is not open', () => {
    const refused: AppInfo = {
      ...info,
      workspace: {
        state: 'refused',
        reason: 'newer_version',
        message: 'Made by a newer Crossing.',
      },
    };
    expect(aboutMessage('Crossing', refused, versions).detail).toContain(
      'Workspace not open: Made by a newer Crossing.',
    );
  });
});

describe('showAbout', () => {
  it('attaches the box to the window when there is one', async () => {
    const dialog = {
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
    };
    const win = {} as BrowserWindow;
    const options = aboutMessage('Crossing', info, versions);
    await showAbout(dialog, win, options);
    await showAbout(dialog, null, options);
    expect(dialog.showMessageBox).toHaveBeenNthCalledWith(1, win, options);
    expect(dialog.showMessageBox).toHaveBeenNthCalledWith(2, options);
  });
});
