import { Button } from 'react-aria-components';
import type { BackupWork } from './useBackupActions';

/** Opens the data folder again (after a lock or an error). */
export function TryAgainButton({ work, onPress }: { work: BackupWork; onPress: () => void }) {
  return (
    <div className="recovery-actions">
      <Button className="button button-primary" isDisabled={work !== null} onPress={onPress}>
        {work === 'reopening' ? 'Trying again…' : 'Try again'}
      </Button>
    </div>
  );
}
