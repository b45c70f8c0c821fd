import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './dataDir';

const HOME = '/home/ana';

describe('resolveDataDir', () => {
  it('honours CROSSING_DATA_DIR on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(resolveDataDir({ CROSSING_DATA_DIR: '/data/crossing' }, platform, HOME)).toBe(
        '/data/crossing',
      );
  });

  it('ignores a blank CROSSING_DATA_DIR and trims a padded one', () => {
    expect(resolveDataDir({ CROSSING_DATA_DIR: '   ' }, 'linux', HOME)).toBe(
      '/home/ana/.config/Crossing',
    );
    expect(resolveDataDir({ CROSSING_DATA_DIR: ' /data/x ' }, 'linux', HOME)).toBe('/data/x');
  });

  it('on Linux uses XDG_CONFIG_HOME, else ~/.config', () => {
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', HOME)).toBe('/xdg/Crossing');
    expect(resolveDataDir({}, 'linux', HOME)).toBe('/home/ana/.config/Crossing');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '' }, 'linux', HOME)).toBe(
      '/home/ana/.config/Crossing',
    );
  });

  it('on macOS uses ~/Library/Application Support', () => {
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Crossing',
    );
  });

  it('on Windows uses %APPDATA%, else ~/AppData/Roaming', () => {
    // node:path joins with the separator of the machine running the test; on Windows itself
    // the same code yields C:\Users\ana\AppData\Roaming\Crossing.
    expect(resolveDataDir({ APPDATA: '/appdata' }, 'win32', HOME)).toBe('/appdata/Crossing');
    expect(resolveDataDir({}, 'win32', HOME)).toBe('/home/ana/AppData/Roaming/Crossing');
  });

  it('reads process.env by default', () => {
    const saved = process.env.CROSSING_DATA_DIR;
    process.env.CROSSING_DATA_DIR = '/from/env';
    try {
      expect(resolveDataDir()).toBe('/from/env');
    } finally {
      if (saved === undefined) delete process.env.CROSSING_DATA_DIR;
      else process.env.CROSSING_DATA_DIR = saved;
    }
  });
});
