import type { PortfolioOrgSection, ProjectOrgSection } from '../../../../shared/reports';
import { PendingSection } from './ReportParts';

// The org model in the preview: the same fields as the PDF and the Markdown.

/** The project report's "Org model and ownership" section. */
export function ProjectOrgView({ section }: { section: ProjectOrgSection }) {
  const title = 'Org model and ownership';
  if (section.status === 'pending') return <PendingSection title={title} section={section} />;
  return (
    <section className="report-section" aria-labelledby="report-org">
      <h2 id="report-org">{title}</h2>
      <p>{section.modelText}</p>
      {section.fit ? <p data-fit={section.fit.status}>{section.fit.text}</p> : null}
      {section.recorded ? null : (
        <p className="muted">Nobody has recorded who owns this project yet.</p>
      )}
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Who</th>
          </tr>
        </thead>
        <tbody>
          {section.owners.map((o) => (
            <tr key={o.role}>
              <th scope="row">{o.role}</th>
              <td>{o.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{section.gapsText}</strong>
      </p>
      {section.gaps.length > 0 ? (
        <ul>
          {section.gaps.map((g) => (
            <li key={g.key}>
              <strong>{g.label}:</strong> {g.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The portfolio report's org decision and whether the portfolio still fits it. */
export function PortfolioOrgView({ section }: { section: PortfolioOrgSection }) {
  const title = 'Org model';
  if (section.status === 'pending') return <PendingSection title={title} section={section} />;
  return (
    <section className="report-section" aria-labelledby="report-org">
      <h2 id="report-org">{title}</h2>
      <p>
        <strong>{section.decisionText}</strong>
      </p>
      {section.decision ? <p className="muted">Why: {section.decision.rationale}</p> : null}
      {section.fit ? <p data-fit={section.fit.status}>{section.fit.text}</p> : null}
      <p className="muted">Today’s figures: {section.figures.join(' · ')}</p>
      <p>Recommendation from today’s figures: {section.recommendation}</p>
      <p>{section.ownership.text}</p>
      {section.earlierDecisions > 0 ? (
        <p className="muted">
          {section.earlierDecisions === 1
            ? '1 earlier decision is kept in the log.'
            : `${section.earlierDecisions} earlier decisions are kept in the log.`}
        </p>
      ) : null}
    </section>
  );
}
