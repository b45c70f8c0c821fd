import type { BackupInfo, BackupKind } from '../../../../shared/domain/backups';

// Words and numbers the backup screens put on a backup. The backend names backups by kind and
// UTC time; people read them in their own time zone, by what took them.

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  auto: 'Automatic',
  manual: 'Manual',
  'before-migration': 'Before upgrade',
  'before-restore': 'Before restore',
};

/** "25 Nov 2026, 22:30:05" in the viewer's locale and time zone (the arguments are for tests). */
export function formatBackupTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

const UNITS = ['KB', 'MB', 'GB'] as const;

/** A file size as people read it: "812 bytes", "4.0 KB", "96 KB", "1.3 MB" (1 KB = 1024 bytes). */
export function formatBackupSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  // Move up a unit when the rounded figure would read 1024 of the smaller one.
  while (unit < UNITS.length - 1 && Math.round(value) >= 1024) {
    value /= 1024;
    unit++;
  }
  const figure = value < 10 ? value.toFixed(1) : String(Math.round(value));
  return `${figure} ${UNITS[unit]}`;
}

/** The kind inside a sentence: "Restored the manual backup from …". */
const KIND_PHRASES: Record<BackupKind, string> = {
  auto: 'the automatic backup',
  manual: 'the manual backup',
  'before-migration': 'the backup taken before an upgrade',
  'before-restore': 'the backup taken before a restore',
};

/** How a backup is named in sentences: "the manual backup from 25 Nov 2026, 22:30:05". */
export function describeBackup(
  b: Pick<BackupInfo, 'kind' | 'createdAt'>,
  locale?: string,
  timeZone?: string,
): string {
  return `${KIND_PHRASES[b.kind]} from ${formatBackupTime(b.createdAt, locale, timeZone)}`;
}
