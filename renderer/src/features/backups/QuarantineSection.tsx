import type { QuarantineEntry } from '../../../../shared/domain/backups';
import { childPath } from './childPath';
import { formatBackupTime } from './backupLabels';

/** Damaged data files moved aside instead of opened; shown only when there are any. */
export function QuarantineSection({
  entries,
  quarantineDir,
}: {
  /** Newest first. */
  entries: QuarantineEntry[];
  quarantineDir: string;
}) {
  if (entries.length === 0) return null;
  return (
    <section className="card backup-section" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">Quarantined files</h2>
      <p>
        When a data file fails its integrity check, Crossing does not open it: it moves the file,
        unchanged, into a folder of its own here, so nothing in it is lost and the next start does
        not stumble on it again. Keep these folders until you are sure you do not need them, then
        delete them yourself.
      </p>
      <ul className="quarantine-list" aria-label="Quarantined files">
        {entries.map((e) => (
          <li key={e.name}>
            <span>
              Moved <time dateTime={e.movedAt}>{formatBackupTime(e.movedAt)}</time> to{' '}
              <code>{childPath(quarantineDir, e.name)}</code>
            </span>
            {e.files.length > 0 && <span className="muted"> ({e.files.join(', ')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
