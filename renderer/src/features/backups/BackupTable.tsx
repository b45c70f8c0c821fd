import { useId } from 'react';
import { Button } from 'react-aria-components';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { BACKUP_KIND_LABELS, formatBackupSize, formatBackupTime } from './backupLabels';

interface Props {
  /** Newest first. */
  backups: BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
  isDisabled?: boolean;
}

/** The backups, newest first: when, why, how big, and a Restore… button on each. */
export function BackupTable({ backups, onRestore, isDisabled = false }: Props) {
  const prefix = useId();
  return (
    <table className="table backup-table" aria-label="Backups">
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Kind</th>
          <th scope="col" className="backup-size">
            Size
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b, i) => {
          const headerId = `${prefix}-${b.name}`;
          return (
            <tr key={b.name}>
              <th scope="row" id={headerId} className="backup-when">
                <time dateTime={b.createdAt}>{formatBackupTime(b.createdAt)}</time>
                {i === 0 && <span className="badge badge-muted">Newest</span>}
              </th>
              <td>{BACKUP_KIND_LABELS[b.kind]}</td>
              <td className="backup-size">{formatBackupSize(b.sizeBytes)}</td>
              <td className="backup-actions">
                <Button
                  className="button"
                  aria-describedby={headerId}
                  isDisabled={isDisabled}
                  onPress={() => onRestore(b)}
                >
                  Restore…
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
