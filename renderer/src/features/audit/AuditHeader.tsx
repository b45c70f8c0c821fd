import type { Audit } from '../../../../shared/domain/audit';
import { STATUS_LABELS } from './auditLabels';
import { ParticipantChips } from './ParticipantChips';
import { formatDay } from '../../../../shared/domain/formatDay';
import { formatInstant } from '../../../../shared/domain/formatDay';

/** Who took the audit, when, and with which framework version. */
export function AuditHeader({ audit }: { audit: Audit }) {
  return (
    <div className="audit-header">
      <h1 id="audit-title">{audit.title}</h1>
      <p className="subtitle">
        <time dateTime={audit.takenOn}>{formatDay(audit.takenOn)}</time>
        <span className={`badge status-badge status-${audit.status}`}>
          {STATUS_LABELS[audit.status]}
        </span>
      </p>
      <dl className="details audit-details">
        <dt>Facilitator</dt>
        <dd>{audit.facilitator || <span className="muted">Not recorded</span>}</dd>
        <dt>Participants</dt>
        <dd>
          <ParticipantChips participants={audit.participants} />
        </dd>
        <dt>Workshop timer</dt>
        <dd>{audit.timerMinutes} minutes per gap</dd>
        <dt>Framework version</dt>
        <dd>{audit.frameworkVersion}</dd>
        {audit.finalizedAt && (
          <>
            <dt>Finalised</dt>
            <dd>
              <time dateTime={audit.finalizedAt}>{formatInstant(audit.finalizedAt)}</time>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
