import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/domain/backups';
import { backupPath } from '../backups/backupSet';
import { isCode } from '../database/openDatabase';
import { DomainError } from '../services/DomainError';
import type { WorkspaceEnv } from './workspaceEnv';

/** Copies a backup beside the data file (`.restoring`), flushed to disk; returns its path. */
export function stageBackup(env: WorkspaceEnv, backup: BackupInfo): string {
  const staged = `${env.dataFile}.restoring`;
  try {
    copyFileSync(backupPath(env.backupDir, backup.name), staged);
    const fd = openSync(staged, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return staged;
  } catch (e) {
    rmSync(staged, { force: true });
    throw new DomainError(
      isCode(e, 'ENOSPC') ? 'STORAGE_FULL' : 'INTERNAL',
      `The backup could not be copied into place (${detail(e)}). Nothing was changed.`,
    );
  }
}

/** Renames the staged copy over the data file; no -journal/-wal/-shm of the old file may survive it. */
export function putInPlace(staged: string, dataFile: string): void {
  // A journal left by a crash would be rolled back into the restored file: it must go first.
  rmSync(`${dataFile}-journal`, { force: true });
  rmSync(`${dataFile}-wal`, { force: true });
  rmSync(`${dataFile}-shm`, { force: true });
  renameSync(staged, dataFile);
}

export const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e));
