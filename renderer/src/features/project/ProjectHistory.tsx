import { useEffect, useState } from 'react';
import type { HistoryEvent } from '../../../../shared/domain/history';
import { api } from '../../api/client';
import { formatInstant } from '../../../../shared/domain/formatDay';

/** The project's recorded changes, newest first: what, when and by whom. */
export function ProjectHistory({
  projectId,
  refreshKey,
}: {
  projectId: string;
  refreshKey: string;
}) {
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api['history.list']({ projectId, limit: 50 }).then((r) => {
      if (!live) return;
      if (r.ok) setEvents(r.data);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [projectId, refreshKey]);
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
