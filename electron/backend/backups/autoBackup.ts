import type { BackupInfo } from '../../../shared/domain/backups';
import type { Db } from '../database/openDatabase';
import { listBackups } from './backupSet';
import { takeBackup } from './takeBackup';

/** An automatic backup is taken at most this often. */
export const AUTO_BACKUP_EVERY_MS = 4 * 60 * 60 * 1000;

/**
 * The automatic backup rule, pure: something changed since the newest backup of any kind (or
 * there is history and no backup yet), and the newest automatic or manual one is at least four
 * hours old (or there is none).
 */
export function autoBackupDue(
  latestChangeAt: string | null,
  backups: readonly BackupInfo[],
  now: Date,
): boolean {
  if (latestChangeAt === null) return false;
  const times = (list: readonly BackupInfo[]) => list.map((b) => Date.parse(b.createdAt));
  const newestAny = Math.max(-Infinity, ...times(backups));
  if (Date.parse(latestChangeAt) <= newestAny) return false;
  const routine = backups.filter((b) => b.kind === 'auto' || b.kind === 'manual');
  const newestRoutine = Math.max(-Infinity, ...times(routine));
  return now.getTime() - newestRoutine >= AUTO_BACKUP_EVERY_MS;
}

/** Whether the rule says an automatic backup of `db` into `dir` is due now (cheap: one read). */
export function autoBackupDueFor(db: Db, dir: string, now: Date): boolean {
  const latest =
    db
      .prepare<[], string>('SELECT at FROM history_events ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get() ?? null;
  return autoBackupDue(latest, listBackups(dir), now);
}

/** Takes an automatic backup when the rule says one is due; returns it, or null. */
export function autoBackupIfDue(
  db: Db,
  dir: string,
  now: Date,
  log?: (e: unknown) => void,
): BackupInfo | null {
  if (!autoBackupDueFor(db, dir, now)) return null;
  return takeBackup(db, dir, 'auto', now, log ? { log } : {});
}
