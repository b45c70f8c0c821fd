import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { newestFirst } from './newestFirst';

/**
 * The backups overview from the store, listed again on every mount (automatic backups may have
 * been taken since), with backups and quarantined files sorted newest first.
 */
export function useBackupList() {
  const overview = useAppStore((s) => s.backups);
  const error = useAppStore((s) => s.backupsError);
  const loadBackups = useAppStore((s) => s.loadBackups);
  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);
  const backups = useMemo(
    () => newestFirst(overview?.backups ?? [], (b) => b.createdAt),
    [overview],
  );
  const quarantine = useMemo(
    () => newestFirst(overview?.quarantine ?? [], (q) => q.movedAt),
    [overview],
  );
  return { overview, error, backups, quarantine };
}
