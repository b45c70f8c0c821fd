import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RecoveryBackups } from './RecoveryBackups';

/**
 * After a damaged file was moved aside: the newest backup as the obvious way back, the others
 * restorable too, and an empty workspace as the way forward without one.
 */
export function DamagedRecovery({
  quarantinedTo,
  isDisabled,
  onRestore,
  onStartEmpty,
}: {
  quarantinedTo: string | undefined;
  isDisabled: boolean;
  onRestore: (backup: BackupInfo) => void;
  onStartEmpty: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const where = quarantinedTo ? (
    <>
      in quarantine, unchanged, at <code>{quarantinedTo}</code>
    </>
  ) : (
    'where it is, unchanged'
  );
  return (
    <>
      <RecoveryBackups
        offerNewest
        damagedFile={quarantinedTo}
        isDisabled={isDisabled}
        onRestore={onRestore}
      />
      <section className="card backup-section" aria-labelledby="start-empty-title">
        <h2 id="start-empty-title">Start again without a backup</h2>
        <p>Crossing can open a new, empty workspace instead. The damaged file stays {where}.</p>
        <div className="recovery-actions">
          <Button className="button" isDisabled={isDisabled} onPress={() => setConfirming(true)}>
            Start with an empty workspace
          </Button>
        </div>
      </section>
      <ConfirmDialog
        isOpen={confirming}
        tone="normal"
        title="Start with an empty workspace?"
        confirmLabel="Start empty"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onStartEmpty();
        }}
      >
        <p>
          Crossing will create a new, empty data file. The damaged file stays {where}; nothing in it
          is deleted.
        </p>
        <p>Your backups stay too: you can restore one later from Backups.</p>
      </ConfirmDialog>
    </>
  );
}
