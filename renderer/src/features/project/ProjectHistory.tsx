import { useEffect } from 'react';
import { formatInstant } from '../../../../shared/domain/formatDay';
import { useAppStore } from '../../store/useAppStore';

/**
 * The project's recorded changes, newest first: what, when and by whom. Loaded through the store
 * (store/historySlice.ts) again whenever `refreshKey` changes (a write to the project, its
 * audits or its owners).
 */
export function ProjectHistory({
  projectId,
  refreshKey,
}: {
  projectId: string;
  refreshKey: string;
}) {
  const view = useAppStore((s) => s.historyByProject[projectId]);
  const loadHistory = useAppStore((s) => s.loadHistory);
  useEffect(() => {
    void loadHistory(projectId);
  }, [loadHistory, projectId, refreshKey]);
  const events = view?.events ?? null;
  const error = view?.error ?? null;
  return (
    <section aria-labelledby="history-title" className="card">
      <h2 id="history-title">Changes</h2>
      {error && <p role="alert">{error}</p>}
      {events && events.length === 0 && <p className="muted">No changes recorded yet.</p>}
      {events && events.length > 0 && (
        <ol className="history-list">
          {events.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{formatInstant(e.at)}</time> · {e.actor} · {e.summary}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
