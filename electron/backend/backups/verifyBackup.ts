import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import type { Db } from '../database/openDatabase';
import { sqliteOptions } from '../database/sqliteBinding';
import { DomainError } from '../services/DomainError';

/**
 * Checks a backup before it may replace the data, without writing to it: it must open, pass
 * integrity_check and not come from a newer Crossing. Refuses with RULE_VIOLATION otherwise.
 */
export function verifyBackupFile(file: string, latest = LATEST_SCHEMA_VERSION): void {
  // A read-only look at a WAL-mode file creates -wal/-shm beside it: remove the ones we made.
  const companions = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  let db: Db | null = null;
  try {
    db = new Database(file, sqliteOptions({ readonly: true, fileMustExist: true }));
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw refused(
        `it was made by a newer version of Crossing (schema ${version}; this one knows up to ${latest})`,
      );
    }
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw refused(`it failed its integrity check (${String(check)})`);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw refused(`it cannot be read as a Crossing data file (${(e as Error).message})`);
  } finally {
    db?.close();
    for (const f of companions) rmSync(f, { force: true });
  }
}

const refused = (why: string) =>
  new DomainError('RULE_VIOLATION', `This backup cannot be restored: ${why}. Nothing was changed.`);
