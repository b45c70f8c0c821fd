import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { formatBackupTime } from './backupLabels';
import { BackupTable } from './BackupTable';
import { useBackupList } from './useBackupList';
import { RestoreBackupDialog } from './RestoreBackupDialog';

interface Props {
  /** Offer the newest backup as the one obvious action (the data file is gone). */
  offerNewest: boolean;
  /** Where the damaged file went, for the confirmation; undefined when the file is still there. */
  damagedFile?: string | undefined;
  isDisabled: boolean;
  /** Restores at once: the newest button, or a row once its confirmation was accepted. */
  onRestore: (backup: BackupInfo) => void;
}

/** The backups a refused workspace can be restored from, newest first. */
export function RecoveryBackups({ offerNewest, damagedFile, isDisabled, onRestore }: Props) {
  const { overview, error, backups } = useBackupList();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const newest = backups[0];

  return (
    <section className="card backup-section" aria-labelledby="recovery-backups-title">
      <h2 id="recovery-backups-title">Restore a backup</h2>
      {error ? (
        <p role="alert" className="form-error">
          The backups could not be listed: {error}
        </p>
      ) : !overview ? (
        <p role="status">Looking for backups…</p>
      ) : !newest ? (
        <p>
          There are no backups of your data yet, so there is nothing to restore. Crossing looked in{' '}
          <code>{overview.backupDir}</code>.
        </p>
      ) : (
        <>
          <p>
            A backup brings your data back as it was when the backup was taken. Backups are kept in{' '}
            <code>{overview.backupDir}</code>.
          </p>
          {offerNewest && (
            <div className="recovery-actions">
              <Button
                className="button button-primary"
                isDisabled={isDisabled}
                onPress={() => onRestore(newest)}
              >
                Restore the newest backup ({formatBackupTime(newest.createdAt)})
              </Button>
            </div>
          )}
          {offerNewest && backups.length > 1 && <p>Or choose one of all the backups:</p>}
          <BackupTable backups={backups} isDisabled={isDisabled} onRestore={setConfirming} />
        </>
      )}
      <RestoreBackupDialog
        backup={confirming}
        damagedFile={damagedFile}
        onCancel={() => setConfirming(null)}
        onConfirm={(b) => {
          setConfirming(null);
          onRestore(b);
        }}
      />
    </section>
  );
}
