import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPaths {
  /** out/preload/index.cjs: sandboxed preloads must be CommonJS. */
  preload: string;
  /** out/renderer: what app://crossing serves. */
  rendererDir: string;
  /** resources/icon.png: the window icon on Linux (packed by electron-builder's `files`). */
  icon: string;
  /** out/native: better-sqlite3 built for Electron by `npm start` (development only). */
  nativeDir: string;
}

/**
 * Where the built pieces sit, from the URL of the main entry (out/main/index.js). The entry
 * passes its own import.meta.url: if this helper ever landed in a shared chunk
 * (out/main/chunks/...), its own import.meta.url would point one folder too deep.
 */
export function appPaths(mainEntryUrl: string): AppPaths {
  const mainDir = dirname(fileURLToPath(mainEntryUrl));
  const outDir = dirname(mainDir);
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    rendererDir: join(outDir, 'renderer'),
    icon: join(dirname(outDir), 'resources', 'icon.png'),
    nativeDir: join(outDir, 'native'),
  };
}
