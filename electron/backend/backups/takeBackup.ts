import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import { isCode, type Db } from '../database/openDatabase';
import { DomainError } from '../services/DomainError';
import { backupDatabase, fileStamp } from './backupDatabase';
import { findBackup, listBackups } from './backupSet';
import { applyRetention } from './retention';

export interface TakeBackupOptions {
  /** For a before-migration backup: the schema version the file had. */
  fromVersion?: number;
  log?: (e: unknown) => void;
}

/**
 * Takes a verified backup of `db` into `dir` and then applies the retention rule. A new backup
 * is never named older than one already there (same millisecond, clock set back): it is always
 * the newest, so retention cannot delete it.
 */
export function takeBackup(
  db: Db,
  dir: string,
  kind: BackupKind,
  now: Date,
  opts: TakeBackupOptions = {},
): BackupInfo {
  const newest = listBackups(dir)[0];
  const at = Math.max(now.getTime(), newest ? Date.parse(newest.createdAt) + 1 : 0);
  const prefix = kind === 'before-migration' ? `before-migration-v${opts.fromVersion ?? 0}` : kind;
  const name = `${prefix}-${fileStamp(new Date(at))}`;
  try {
    backupDatabase(db, dir, name);
  } catch (e) {
    if (isCode(e, 'SQLITE_FULL')) throw e; // dispatch answers STORAGE_FULL
    opts.log?.(e);
    const detail = e instanceof Error ? e.message : String(e);
    throw new DomainError(
      isCode(e, 'ENOSPC') ? 'STORAGE_FULL' : 'INTERNAL',
      `The backup could not be written to ${dir} (${detail}). Your data was not changed.`,
    );
  }
  applyRetention(dir, now, opts.log);
  const info = findBackup(dir, name);
  if (!info) throw new Error(`The backup ${name} disappeared right after it was written`);
  return info;
}
