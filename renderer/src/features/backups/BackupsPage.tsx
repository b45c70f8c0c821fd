import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { EmptyState } from '../../components/EmptyState';
import { BackupTable } from './BackupTable';
import { QuarantineSection } from './QuarantineSection';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useBackupActions } from './useBackupActions';
import { useBackupList } from './useBackupList';
import './backups.css';

/** Where backups live, "Back up now", and every backup with a way to restore it. */
export function BackupsPage() {
  const { overview, error, backups, quarantine } = useBackupList();
  const { work, backUpNow, restore } = useBackupActions();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  return (
    <section className="page backups-page" aria-labelledby="backups-title">
      <header className="page-header">
        <div>
          <h1 id="backups-title">Backups</h1>
          <p className="subtitle">
            Copies of your data file. Restoring one replaces your current data, after keeping a copy
            of it.
          </p>
        </div>
        <Button
          className="button button-primary"
          isDisabled={work !== null}
          onPress={() => void backUpNow()}
        >
          {work === 'backing-up' ? 'Backing up…' : 'Back up now'}
        </Button>
      </header>
      {work === 'restoring' && (
        <p role="status" className="backup-progress">
          Restoring… Crossing is checking the backup and putting it in place.
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          The backups could not be listed: {error}
        </p>
      )}
      {overview && (
        <dl className="details">
          <dt>Backups folder</dt>
          <dd>
            <code>{overview.backupDir}</code>
          </dd>
          <dt>Kept</dt>
          <dd>{overview.retention}</dd>
        </dl>
      )}
      {!overview && !error ? (
        <p role="status">Loading backups…</p>
      ) : overview && backups.length === 0 ? (
        <EmptyState title="No backups yet">
          <p>
            Crossing backs up your data on its own while you work, and before an upgrade. To have
            one right away, use Back up now.
          </p>
        </EmptyState>
      ) : (
        overview && (
          <BackupTable
            backups={backups}
            isDisabled={work !== null}
            onRestore={(b) => setConfirming(b)}
          />
        )
      )}
      {overview && (
        <QuarantineSection entries={quarantine} quarantineDir={overview.quarantineDir} />
      )}
      <RestoreBackupDialog
        backup={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(b) => {
          setConfirming(null);
          void restore(b);
        }}
      />
    </section>
  );
}
