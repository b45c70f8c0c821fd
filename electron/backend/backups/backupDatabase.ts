import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../database/openDatabase';
import { sqliteOptions } from '../database/sqliteBinding';

/**
 * Writes a consistent copy of the open database to `<dir>/<name>.sqlite`, verified before it
 * takes its final name: VACUUM INTO a temp file, integrity_check on the copy, then rename. A
 * half-written or damaged copy never carries a backup's name.
 */
export function backupDatabase(db: Db, dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const final = join(dir, `${name}.sqlite`);
  const temp = `${final}.partial`;
  rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = new Database(temp, sqliteOptions({ readonly: true, fileMustExist: true }));
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        throw new Error(`The backup copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(temp, final);
    return final;
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** A file-name-safe timestamp, sortable: 2026-11-25T21-30-05-123Z. */
export const fileStamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');
