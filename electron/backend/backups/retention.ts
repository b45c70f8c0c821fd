import { rmSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/domain/backups';
import { backupPath, listBackups, newestFirst } from './backupSet';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many backups are kept, by rule. */
export const RETENTION = { newest: 5, days: 30, beforeMigration: 3 } as const;

export const RETENTION_TEXT =
  `Crossing keeps the ${RETENTION.newest} newest backups, the newest one of each day for the ` +
  `last ${RETENTION.days} days and the ${RETENTION.beforeMigration} newest taken before an ` +
  'upgrade, and deletes older ones.';

/**
 * The retention rule, pure: automatic, manual and before-restore backups keep their 5 newest
 * plus the newest of each UTC day in the last 30 days; before-migration backups keep their 3
 * newest. Returns the backups to delete.
 */
export function backupsToDelete(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set<string>();
  const routine = sorted.filter((b) => b.kind !== 'before-migration');
  for (const b of routine.slice(0, RETENTION.newest)) keep.add(b.name);
  const since = now.getTime() - RETENTION.days * DAY_MS;
  const days = new Set<string>();
  for (const b of routine) {
    const day = b.createdAt.slice(0, 10);
    if (Date.parse(b.createdAt) <= since || days.has(day)) continue;
    days.add(day);
    keep.add(b.name);
  }
  const migrations = sorted.filter((b) => b.kind === 'before-migration');
  for (const b of migrations.slice(0, RETENTION.beforeMigration)) keep.add(b.name);
  return sorted.filter((b) => !keep.has(b.name));
}

/** Deletes the backups the rule lets go. Never throws: a file that will not go is logged. */
export function applyRetention(dir: string, now: Date, log: (e: unknown) => void = console.error) {
  for (const b of backupsToDelete(listBackups(dir), now)) {
    try {
      rmSync(backupPath(dir, b.name), { force: true });
    } catch (e) {
      log(e);
    }
  }
}
