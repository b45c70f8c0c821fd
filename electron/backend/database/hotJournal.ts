import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sqliteOptions } from './sqliteBinding';

/** Folders made beside the data file while a crashed transaction is tried on a copy. */
export const RECOVERY_FOLDER_PREFIX = '.recovery-';

/**
 * A rollback journal left by a crash in the middle of a transaction (SQLite calls it hot): the
 * file is only consistent once the journal is rolled back, which a read-only connection cannot
 * do ("attempt to write a readonly database"). Crossing makes files in this state itself:
 * backups are rollback-journal files, and they switch to WAL only when opened.
 */
export function hasHotJournal(file: string): boolean {
  try {
    return statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Rolls the journal back on a copy of the file and its journal, and calls `inspect` on the
 * recovered copy: the data file itself is changed only once the copy proved sound (and ours).
 * When `inspect` throws, the file and its journal are left exactly as found, so that a damaged
 * file goes to quarantine with the journal that belongs to it.
 */
export function inspectRecoveredCopy(file: string, inspect: (copy: string) => void): void {
  const folder = mkdtempSync(join(dirname(file), RECOVERY_FOLDER_PREFIX));
  try {
    const copy = join(folder, basename(file));
    copyFileSync(file, copy);
    copyFileSync(`${file}-journal`, `${copy}-journal`);
    rollBack(copy);
    inspect(copy);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Opens `file` for writing and reads its schema: SQLite rolls a hot journal back first. A
 * journal SQLite does not consider hot (a kill can leave one it has no use for) stays where it
 * is: it changes nothing, and the checks that follow decide whether the file is sound.
 */
export function rollBack(file: string): void {
  const db = new Database(file, sqliteOptions({ fileMustExist: true }));
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } finally {
    db.close();
  }
}
