import type { ReactNode } from 'react';
import type { AppInfo, WorkspaceState } from '../../../../shared/domain/appInfo';
import { WorkspaceUnavailable } from '../../components/WorkspaceUnavailable';
import { DamagedRecovery } from './DamagedRecovery';
import { RecoveryBackups } from './RecoveryBackups';
import { TryAgainButton } from './TryAgainButton';
import { useBackupActions } from './useBackupActions';
import './backups.css';

type Refused = Extract<WorkspaceState, { state: 'refused' }>;

const OPENED = 'Your data file is open.';

/** What happened, in plain words; the host's own message goes under Details when it differs. */
function explanation(w: Refused): ReactNode {
  switch (w.reason) {
    case 'damaged':
      return w.quarantinedTo ? (
        <>
          The data file failed its integrity check, so Crossing did not open it. It was moved,
          unchanged, to <code>{w.quarantinedTo}</code>: nothing in it was deleted.
        </>
      ) : (
        'The data file failed its integrity check, so Crossing did not open it. It was left where it is, unchanged.'
      );
    case 'locked':
      return 'Another Crossing window or process (the app, the web host or the command line) is using this data folder. Nothing was changed.';
    case 'newer_version':
      return 'This data file was written by a newer version of Crossing. Update Crossing to open it. The file was left untouched.';
    case 'foreign':
      return 'The file in the data folder was not written by Crossing: it belongs to another program. Crossing did not open or change it. Move it elsewhere, or choose another data folder.';
    case 'error':
      return w.message;
  }
}

/**
 * The screen of a refused workspace: why the data file was not opened and, by reason, what
 * can be done: restore a backup or start empty (damaged), try again (locked, error), or
 * update Crossing (newer version).
 */
export function RecoveryScreen({ info, workspace }: { info: AppInfo; workspace: Refused }) {
  const { work, restore, reopen } = useBackupActions();
  const tryAgain = () => void reopen(OPENED);
  return (
    <WorkspaceUnavailable
      title="Your data file was not opened"
      message={explanation(workspace)}
      details={workspace.reason === 'error' ? undefined : workspace.message}
      dataFile={info.dataFile}
    >
      <div className="recovery">
        {workspace.reason === 'damaged' && (
          <DamagedRecovery
            quarantinedTo={workspace.quarantinedTo}
            isDisabled={work !== null}
            onRestore={(b) => void restore(b)}
            onStartEmpty={() =>
              void reopen('Started with an empty workspace. The damaged file stays in quarantine.')
            }
          />
        )}
        {workspace.reason === 'error' && (
          <>
            <p>
              Try again; if it keeps failing, restore a backup. Crossing keeps a copy of the current
              file first.
            </p>
            <TryAgainButton work={work} onPress={tryAgain} />
            <RecoveryBackups
              offerNewest={false}
              isDisabled={work !== null}
              onRestore={(b) => void restore(b)}
            />
          </>
        )}
        {workspace.reason === 'foreign' && (
          <>
            <p>Once that file is moved, try again: Crossing then starts an empty workspace.</p>
            <TryAgainButton work={work} onPress={tryAgain} />
          </>
        )}
        {workspace.reason === 'locked' && (
          <>
            <p>Close the other one, then try again.</p>
            <TryAgainButton work={work} onPress={tryAgain} />
          </>
        )}
        {work === 'restoring' || work === 'reopening' ? (
          <p role="status" className="backup-progress">
            {work === 'restoring' ? 'Restoring the backup…' : 'Opening the data folder…'}
          </p>
        ) : null}
      </div>
    </WorkspaceUnavailable>
  );
}
