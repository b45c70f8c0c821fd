import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** The sha256 of a file's bytes: equal before and after means the file was not touched. */
export const sha256 = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** The -wal/-shm companions of a SQLite file that exist. */
export const sidecars = (path: string): string[] =>
  [`${path}-wal`, `${path}-shm`].filter((p) => existsSync(p));
