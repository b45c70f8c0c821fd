import type { RestoreResult } from '../../../../shared/domain/backups';
import { describeBackup, formatBackupTime } from './backupLabels';

/** What the app says once a restore succeeded: what came back, and where the old data went. */
export function restoreNotice(r: RestoreResult, locale?: string, timeZone?: string): string {
  const restored = `Restored ${describeBackup(r.restored, locale, timeZone)}.`;
  if (!r.safetyCopy) return `${restored} There was no previous data to keep.`;
  const when = formatBackupTime(r.safetyCopy.createdAt, locale, timeZone);
  return (
    `${restored} Your previous data was kept as the “Before restore” backup from ${when}: ` +
    'restore that one in Backups to undo.'
  );
}
