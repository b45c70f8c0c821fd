import { join } from 'node:path';

/** Where `npm start` puts better-sqlite3 compiled for one Electron version and CPU. */
export const electronSqliteBindingPath = (
  nativeDir: string,
  electronVersion: string,
  arch: string,
): string => join(nativeDir, `electron-${electronVersion}-${arch}`, 'better_sqlite3.node');

/**
 * The native binding the backend should load under Electron: the development build from
 * `npm start` when it exists; otherwise none (a packaged app's node_modules copy was rebuilt
 * for Electron by electron-builder). Without either, opening the workspace fails with the
 * module-version message and the window explains it.
 */
export function electronSqliteBinding(opts: {
  isPackaged: boolean;
  nativeDir: string;
  electronVersion: string;
  arch: string;
  exists: (path: string) => boolean;
}): string | undefined {
  if (opts.isPackaged) return undefined;
  const path = electronSqliteBindingPath(opts.nativeDir, opts.electronVersion, opts.arch);
  return opts.exists(path) ? path : undefined;
}
