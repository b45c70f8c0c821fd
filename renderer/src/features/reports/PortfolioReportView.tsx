import { percentText, type PortfolioReport } from '../../../../shared/reports';
import { bandFor, fraction } from '../../../../shared/framework';
import { PortfolioOrgView } from './OrgSections';
import { AboutReport } from './ReportParts';

/** The portfolio report on screen: the same model, rows and heatmap as the PDF. */
export function PortfolioReportView({ model }: { model: PortfolioReport }) {
  return (
    <article className="report" aria-label="Portfolio report">
      <section className="report-summary" aria-labelledby="portfolio-summary">
        <h2 id="portfolio-summary">Summary</h2>
        <p data-testid="portfolio-summary">{model.summary.text}</p>
        <ul className="report-context">
          {model.context.map((c) => (
            <li key={c.figure}>
              <strong>{c.figure}</strong> {c.text} <span className="muted">({c.source})</span>
            </li>
          ))}
        </ul>
      </section>
      <PortfolioOrgView section={model.org} />
      <section className="report-section" aria-labelledby="portfolio-projects">
        <h2 id="portfolio-projects">Projects</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Verdict</th>
              <th scope="col">Band</th>
              <th scope="col">Headline</th>
              <th scope="col">Weakest gap</th>
              <th scope="col">Stage</th>
              <th scope="col">Weeks since PoC</th>
              <th scope="col">Plan progress</th>
              <th scope="col">Checkpoints cleared</th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((r) => (
              <tr key={r.projectId}>
                <th scope="row">{r.name}</th>
                <td>{r.verdict?.label ?? '—'}</td>
                <td>{r.band?.label ?? 'Not audited'}</td>
                <td>
                  {r.headline ? `${r.headline.text}${r.mean ? ` (mean ${r.mean.text})` : ''}` : '—'}
                </td>
                <td>{r.weakestGap?.title ?? '—'}</td>
                <td>{r.stageLabel}</td>
                <td>{r.weeksSincePoc ?? '—'}</td>
                <td>{r.planProgress?.text ?? 'No plan'}</td>
                <td>
                  {r.checkpoints ? `${r.checkpoints.cleared} of ${r.checkpoints.total}` : '—'}
                </td>
                <td>{r.flags.map((f) => f.label).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {model.pendingColumns.map((c) => (
          <p key={c.column} className="report-pending">
            {c.message}
          </p>
        ))}
      </section>
      <section className="report-section" aria-labelledby="portfolio-heatmap">
        <h2 id="portfolio-heatmap">Gaps across the portfolio</h2>
        <table className="report-table report-heatmap">
          <thead>
            <tr>
              <th scope="col">Project</th>
              {model.gaps.map((g) => (
                <th scope="col" key={g.key}>
                  {g.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows
              .filter((r) => r.headline !== null)
              .map((r) => (
                <tr key={r.projectId}>
                  <th scope="row">{r.name}</th>
                  {model.gaps.map((g) => {
                    const v = r.gaps[g.key];
                    const band = v === null ? null : bandFor(fraction(v, 1000)).key;
                    return (
                      <td key={g.key} className={band ? `band-tint-${band}` : ''}>
                        {v === null ? '—' : percentText(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </section>
      <AboutReport meta={model.meta} />
    </article>
  );
}
