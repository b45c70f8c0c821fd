import type Database from 'better-sqlite3';

// better-sqlite3 is a native module: node_modules holds the build for Node (tests, CLI, web
// host). Electron needs a build for its own ABI; `npm start` makes one under out/native/ and the
// Electron shell points every connection at it here, so node_modules is never rebuilt in place.
// Packaged apps need none of this (electron-builder rebuilds the packaged copy).
let nativeBinding: string | undefined;

/** Use this compiled better_sqlite3.node for every connection opened from now on. */
export function useSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** The binding set by `useSqliteNativeBinding` (a worker thread is handed it to use the same). */
export function sqliteNativeBinding(): string | undefined {
  return nativeBinding;
}

/** Connection options with the native binding added when one was set. */
export function sqliteOptions(opts: Database.Options = {}): Database.Options {
  return nativeBinding === undefined ? opts : { ...opts, nativeBinding };
}
