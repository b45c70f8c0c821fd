import type { CheckpointsSection, VerdictSection } from '../../../../shared/reports';
import { PendingSection } from './ReportParts';

// The verdict and the governance checkpoints in the preview: the same fields as the PDF and the
// Markdown.

/** The summary's verdict: the label, and one line on what stands in its way. */
export function VerdictFact({ verdict }: { verdict: VerdictSection }) {
  if (verdict.status === 'pending') return <dd className="report-pending">{verdict.message}</dd>;
  return (
    <dd>
      <strong
        data-testid="report-verdict"
        className={verdict.ready ? 'report-verdict-ready' : 'report-verdict-not-ready'}
      >
        {verdict.label}
      </strong>
      <br />
      <span className="muted small">{verdict.summaryText}</span>
    </dd>
  );
}

/** "Governance checkpoints": the verdict's reasons, then each stage. */
export function CheckpointsView({
  section,
  verdict,
}: {
  section: CheckpointsSection;
  verdict: VerdictSection;
}) {
  const title = 'Governance checkpoints';
  if (section.status === 'pending') return <PendingSection title={title} section={section} />;
  return (
    <section className="report-section" aria-labelledby="report-checkpoints">
      <h2 id="report-checkpoints">{title}</h2>
      {verdict.status === 'ready' ? (
        <>
          <p>
            <strong>{verdict.label}</strong>. {verdict.explanation}
          </p>
          {verdict.blockers.length > 0 ? (
            <ul>
              {verdict.blockers.map((b, i) => (
                <li key={i}>{b.text}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <p data-testid="report-checkpoints-cleared">{section.text}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Owner</th>
            <th scope="col">Sign-off</th>
            <th scope="col">Waiver</th>
          </tr>
        </thead>
        <tbody>
          {section.stages.map((s) => (
            <tr key={s.stage}>
              <th scope="row">
                {s.name}
                {s.plannedText ? <span className="muted small"> ({s.plannedText})</span> : null}
              </th>
              <td>
                {s.stateLabel}
                {s.attempt !== null && s.attempt > 1 ? ` (attempt ${s.attempt})` : ''}
              </td>
              <td>{s.owner}</td>
              <td>
                {s.signOff
                  ? `${s.signOff.reviewer}, ${s.signOff.onText}${s.signOff.comment ? `: ${s.signOff.comment}` : ''}`
                  : '—'}
              </td>
              <td className={s.waiver?.expired ? 'report-overdue' : undefined}>
                {s.waiver
                  ? `${s.waiver.expired ? 'Expired' : 'Until'} ${s.waiver.expiresText}; by ${s.waiver.approver}: ${s.waiver.reason}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {section.stages
        .filter((s) => s.missing.length > 0)
        .map((s) => (
          <p key={s.stage} className="muted small">
            {s.name}, still needed for a pass: {s.missing.join('; ')}
          </p>
        ))}
      {section.expiringWaivers.length > 0 ? (
        <ul>
          {section.expiringWaivers.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted small">{section.forecast}</p>
    </section>
  );
}
