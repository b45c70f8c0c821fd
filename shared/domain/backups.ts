import { z } from 'zod';

// Backups of the data file and the quarantine of damaged files. The backend owns the files;
// these are the shapes every host and the renderer see.

/**
 * Why a backup exists. `auto`: taken by the app (at most every few hours, only when something
 * changed); `manual`: "Back up now"; `before-migration` and `before-restore`: safety copies
 * taken before the app replaces or upgrades the data.
 */
export const BACKUP_KINDS = ['auto', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A file-name-safe UTC timestamp, sortable: 2026-11-25T21-30-05-123Z. */
export const FILE_STAMP = /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/;

/**
 * A backup's name is its file name without `.sqlite`: `<kind>-<stamp>`, where a
 * before-migration backup also names the schema version it was taken from
 * (`before-migration-v1-<stamp>`). Names are checked against this pattern before any file is
 * touched, so a name can never reach outside the backup folder.
 */
export const BACKUP_NAME =
  /^(auto|manual|before-restore|before-migration-v[0-9]{1,4})-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/;

export const backupName = z
  .string({ error: 'Backup name must be text' })
  .regex(BACKUP_NAME, { message: 'Not the name of a Crossing backup' })
  .refine((name) => stampTime(BACKUP_NAME.exec(name)?.[2] ?? '') !== null, {
    message: 'Not the name of a Crossing backup: its date is not a real one',
  });

/** The instant a file stamp (2026-11-25T21-30-05-123Z) stands for; null if it is not a real one. */
export function stampTime(stamp: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.toISOString() !== iso ? null : date;
}

export interface BackupInfo {
  /** The file name without `.sqlite`; what backups.restore takes. */
  name: string;
  kind: BackupKind;
  /** When it was taken (ISO 8601, UTC), read from its name. */
  createdAt: string;
  sizeBytes: number;
}

/** A damaged data file (with its -wal/-shm companions) moved aside instead of opened. */
export interface QuarantineEntry {
  /** The folder inside the quarantine folder, named after when the files were moved. */
  name: string;
  movedAt: string;
  files: string[];
}

export interface BackupsOverview {
  backupDir: string;
  quarantineDir: string;
  /** Newest first. */
  backups: BackupInfo[];
  /** Newest first. */
  quarantine: QuarantineEntry[];
  /** The retention rule in one sentence, shown next to the list. */
  retention: string;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the data taken just before the restore; null when there was no data to keep. */
  safetyCopy: BackupInfo | null;
}
