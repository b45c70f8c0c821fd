import type { BackupInfo } from '../../../../shared/domain/backups';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { BACKUP_KIND_LABELS, formatBackupTime } from './backupLabels';

/**
 * Restoring replaces the data, so it is confirmed; the dialog says what is kept and how to
 * undo. `damagedFile` is where a quarantined file went when there is no current data.
 */
export function RestoreBackupDialog({
  backup,
  onCancel,
  onConfirm,
  damagedFile,
}: {
  backup: BackupInfo | null;
  onCancel: () => void;
  onConfirm: (backup: BackupInfo) => void;
  damagedFile?: string | undefined;
}) {
  const when = backup ? formatBackupTime(backup.createdAt) : '';
  const kind = backup ? BACKUP_KIND_LABELS[backup.kind].toLowerCase() : '';
  return (
    <ConfirmDialog
      isOpen={backup !== null}
      title={`Restore the backup from ${when}?`}
      confirmLabel="Restore this backup"
      onCancel={onCancel}
      onConfirm={() => backup && onConfirm(backup)}
    >
      {damagedFile !== undefined ? (
        <p>
          Crossing will open the data of this backup ({kind}, taken {when}). The damaged file stays
          in quarantine, unchanged, at <code>{damagedFile}</code>.
        </p>
      ) : (
        <>
          <p>
            Your current data will be replaced by the data of this backup ({kind}, taken {when}).
            Anything recorded since then will no longer show.
          </p>
          <p>
            First, Crossing keeps a copy of your current data as a “Before restore” backup. To undo
            this restore, restore that backup.
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
