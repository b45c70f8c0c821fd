import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { useAppStore } from '../../store/useAppStore';
import { describeBackup, formatBackupTime } from './backupLabels';
import { restoreNotice } from './restoreNotice';

/** What is running: buttons are disabled and say so until it finished. */
export type BackupWork = 'backing-up' | 'restoring' | 'reopening' | null;

/**
 * Back up, restore and reopen, with the notices that follow them. A restore or a reopen that
 * opened the data ends on the portfolio; a failure only says why, nothing else changes.
 */
export function useBackupActions() {
  const createBackup = useAppStore((s) => s.createBackup);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const reopenWorkspace = useAppStore((s) => s.reopenWorkspace);
  const notify = useAppStore((s) => s.notify);
  const [, navigate] = useLocation();
  const [work, setWork] = useState<BackupWork>(null);

  const backUpNow = useCallback(async () => {
    setWork('backing-up');
    const r = await createBackup();
    setWork(null);
    if (r.ok) notify('success', `Backed up: ${formatBackupTime(r.data.createdAt)}.`);
    else notify('error', `The backup was not taken: ${r.error.message}`);
  }, [createBackup, notify]);

  const restore = useCallback(
    async (backup: BackupInfo) => {
      setWork('restoring');
      const r = await restoreBackup(backup.name);
      setWork(null);
      if (r.ok) {
        notify('success', restoreNotice(r.data));
        navigate('/');
      } else {
        notify('error', `Could not restore ${describeBackup(backup)}: ${r.error.message}`);
      }
    },
    [restoreBackup, notify, navigate],
  );

  /** Opens the data folder again; `opened` is the notice once it is open. */
  const reopen = useCallback(
    async (opened: string) => {
      setWork('reopening');
      const r = await reopenWorkspace();
      setWork(null);
      if (!r.ok) {
        notify('error', `Crossing could not open the data folder: ${r.error.message}`);
      } else if (r.data.workspace.state === 'refused') {
        notify('error', `Still not opened: ${r.data.workspace.message}`);
      } else {
        notify('success', opened);
        navigate('/');
      }
    },
    [reopenWorkspace, notify, navigate],
  );

  return { work, backUpNow, restore, reopen };
}
