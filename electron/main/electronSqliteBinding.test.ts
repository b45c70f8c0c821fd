import { describe, expect, it } from 'vitest';
import { electronSqliteBinding } from './electronSqliteBinding';

const base = { nativeDir: '/app/out/native', electronVersion: '41.7.1', arch: 'x64' };

describe('electronSqliteBinding', () => {
  it('uses the build npm start made for this Electron version and CPU', () => {
    const want = '/app/out/native/electron-41.7.1-x64/better_sqlite3.node';
    expect(electronSqliteBinding({ ...base, isPackaged: false, exists: (p) => p === want })).toBe(
      want,
    );
  });

  it('falls back to the module itself when there is none, and always when packaged', () => {
    expect(
      electronSqliteBinding({ ...base, isPackaged: false, exists: () => false }),
    ).toBeUndefined();
    expect(
      electronSqliteBinding({ ...base, isPackaged: true, exists: () => true }),
    ).toBeUndefined();
  });

  it('never picks a build made for another Electron version', () => {
    const old = '/app/out/native/electron-40.0.0-x64/better_sqlite3.node';
    expect(
      electronSqliteBinding({ ...base, isPackaged: false, exists: (p) => p === old }),
    ).toBeUndefined();
  });
});
