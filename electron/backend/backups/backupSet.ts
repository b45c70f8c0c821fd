import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKUP_NAME,
  stampTime,
  type BackupInfo,
  type BackupKind,
} from '../../../shared/domain/backups';

// The backup folder: `<dataDir>/backups/<kind>-<stamp>.sqlite`, named as BACKUP_NAME says.
// Any other file there (a `.partial` left by a crash, something the user put there) is not a
// backup: it is neither listed nor ever deleted.

export const BACKUP_FOLDER = 'backups';

/** Kind and time of a backup name, or null when the name is not one of ours. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: Date } | null {
  const m = BACKUP_NAME.exec(name);
  const createdAt = m?.[2] ? stampTime(m[2]) : null;
  if (!m?.[1] || !createdAt) return null;
  const kind = m[1].startsWith('before-migration') ? 'before-migration' : (m[1] as BackupKind);
  return { kind, createdAt };
}

export const backupPath = (dir: string, name: string): string => join(dir, `${name}.sqlite`);

/** The backup called `name` in `dir`, or null when there is no such backup file. */
export function findBackup(dir: string, name: string): BackupInfo | null {
  const parsed = parseBackupName(name);
  if (!parsed) return null;
  try {
    const stat = statSync(backupPath(dir, name));
    if (!stat.isFile()) return null;
    return {
      name,
      kind: parsed.kind,
      createdAt: parsed.createdAt.toISOString(),
      sizeBytes: stat.size,
    };
  } catch {
    return null;
  }
}

export const newestFirst = (a: BackupInfo, b: BackupInfo): number =>
  b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name);

/** Every backup in `dir`, newest first ([] when the folder does not exist). */
export function listBackups(dir: string): BackupInfo[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => findBackup(dir, f.slice(0, -'.sqlite'.length)))
    .filter((b): b is BackupInfo => b !== null)
    .sort(newestFirst);
}
