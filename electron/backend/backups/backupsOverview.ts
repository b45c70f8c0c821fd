import type { BackupsOverview } from '../../../shared/domain/backups';
import { listQuarantine } from '../workspace/quarantineFiles';
import { listBackups } from './backupSet';
import { RETENTION_TEXT } from './retention';

/** What backups.list answers: the backups and the quarantined files, newest first. */
export function backupsOverview(backupDir: string, quarantineDir: string): BackupsOverview {
  return {
    backupDir,
    quarantineDir,
    backups: listBackups(backupDir),
    quarantine: listQuarantine(quarantineDir),
    retention: RETENTION_TEXT,
  };
}
