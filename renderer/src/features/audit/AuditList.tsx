import { useMemo } from 'react';
import { Link } from 'wouter';
import type { Audit } from '../../../../shared/domain/audit';
import { scoreOfAudit } from '../../../../shared/domain/auditRules';
import { BandBadge } from '../../components/score/BandBadge';
import { weakestOpenGap } from '../../../../shared/domain/projectReadiness';
import { gapTitle, percentOrDash, STATUS_LABELS } from './auditLabels';
import { formatDay } from '../../../../shared/domain/formatDay';

/** A project's audits, newest first, each with its headline and weakest gap. */
export function AuditList({ audits, projectId }: { audits: readonly Audit[]; projectId: string }) {
  const rows = useMemo(
    () => [...audits].reverse().map((audit) => ({ audit, score: scoreOfAudit(audit) })),
    [audits],
  );
  return (
    <table className="table audit-list">
      <caption className="visually-hidden">Audits of this project, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Readiness</th>
          <th scope="col">Weakest gap</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ audit, score }) => {
          const provisional = audit.status === 'draft';
          return (
            <tr key={audit.id}>
              <td>
                <time dateTime={audit.takenOn}>{formatDay(audit.takenOn)}</time>
              </td>
              <th scope="row">
                <Link href={`/projects/${projectId}/audits/${audit.id}`} className="audit-link">
                  {audit.title}
                </Link>
              </th>
              <td>
                <span className={`badge status-badge status-${audit.status}`}>
                  {STATUS_LABELS[audit.status]}
                </span>
              </td>
              <td>
                <span className="score-with-band">
                  <span className="score-text">{percentOrDash(score.headline)}</span>
                  {score.headline !== null && (
                    <BandBadge band={score.band} provisional={provisional} />
                  )}
                </span>
              </td>
              <td>{gapTitle(weakestOpenGap(score))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
