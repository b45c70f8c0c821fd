import { describeFigures, type OrgDecision } from '../../../../shared/domain/org';
import { formatDay, formatInstant } from '../../../../shared/domain/formatDay';
import { orgModelByKey } from '../../../../shared/framework/orgModels';

/** Every decision, newest first; the first one is in force. Nothing here can be edited. */
export function DecisionLog({ decisions }: { decisions: readonly OrgDecision[] }) {
  const newestFirst = [...decisions].reverse();
  return (
    <section className="card" aria-labelledby="log-title">
      <h2 id="log-title">Decision log</h2>
      <p className="muted">
        Append-only: a decision stays as it was recorded, and a new one supersedes it. Each decision
        is in the history too.
      </p>
      {newestFirst.length === 0 ? (
        <p>No decision recorded yet.</p>
      ) : (
        <ol className="org-log" aria-label="Decisions, newest first">
          {newestFirst.map((d, i) => (
            <li key={d.id} className="org-log-entry">
              <div className="org-log-head">
                <strong>{orgModelByKey(d.model).name}</strong>
                {i === 0 ? (
                  <span className="badge">In force</span>
                ) : (
                  <span className="badge badge-muted">Superseded</span>
                )}
              </div>
              <p className="muted">
                Decided {formatDay(d.decidedOn)}
                {d.decidedBy && ` by ${d.decidedBy}`} · recorded {formatInstant(d.recordedAt)} by{' '}
                {d.recordedBy}
              </p>
              <p className="org-rationale">{d.rationale}</p>
              <p className="muted">
                Figures then: {describeFigures(d.figures).join(' · ')}. Crossing recommended{' '}
                {d.recommended ? orgModelByKey(d.recommended).name : 'no single model'}.
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
