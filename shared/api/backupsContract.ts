import { z } from 'zod';
import type { AppInfo } from '../domain/appInfo';
import {
  backupName,
  type BackupInfo,
  type BackupsOverview,
  type RestoreResult,
} from '../domain/backups';
import { channel } from './defineChannel';

export const backupsContract = {
  /** The backups and quarantined files in the data folder; answers even when the file was refused. */
  'backups.list': channel<BackupsOverview>()(z.object({}).strict()),
  /** "Back up now": a verified copy of the open data file. */
  'backups.create': channel<BackupInfo>()(z.object({}).strict()),
  /**
   * Replaces the data with a backup: the current data is first copied to a before-restore
   * backup, the chosen backup is verified, then put in place and opened (migrated if older).
   */
  'backups.restore': channel<RestoreResult>()(z.object({ name: backupName }).strict()),
  /**
   * Tries to open the data folder again and returns the new app info. After a damaged file was
   * moved to quarantine this starts an empty workspace; after a lock it retries.
   */
  'workspace.reopen': channel<AppInfo>()(z.object({}).strict()),
};
