import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { formatInstant } from '../../../../shared/domain/formatDay';
import { FORMAT_LABELS } from '../../../../shared/reports';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/useAppStore';
import './reports.css';

/** Every exported report (when, which, format, headline, content hash) and where to make one. */
export function ReportsPage() {
  const exports = useAppStore((s) => s.reportExports);
  const error = useAppStore((s) => s.reportExportsError);
  const load = useAppStore((s) => s.loadReportExports);
  const projects = useAppStore((s) => s.projects);
  const active = useMemo(
    () =>
      projects.filter((p) => p.archivedAt === null).sort((a, b) => a.name.localeCompare(b.name)),
    [projects],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page reports-page" aria-labelledby="reports-title">
      <header className="page-header">
        <div>
          <h1 id="reports-title">Reports</h1>
          <p className="subtitle">
            Readiness reports for leadership, as PDF, Markdown, CSV or JSON. Each export is recorded
            here and becomes the reference point of the next report’s “what changed”.
          </p>
        </div>
        <Link href="/reports/portfolio" className="button button-primary">
          Portfolio report
        </Link>
      </header>
      <nav aria-labelledby="report-projects" className="report-project-links">
        <h2 id="report-projects">Project reports</h2>
        {active.length === 0 ? (
          <p className="muted">No active projects yet.</p>
        ) : (
          <ul>
            {active.map((p) => (
              <li key={p.id}>
                <Link href={`/projects/${p.id}/report`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <section aria-labelledby="exported-title">
        <h2 id="exported-title">Exported reports</h2>
        {error && (
          <p role="alert" className="form-error">
            The exports could not be listed: {error}
          </p>
        )}
        {exports === null && !error ? (
          <p role="status">Loading…</p>
        ) : exports && exports.length === 0 ? (
          <EmptyState title="No report exported yet">
            <p>
              Open the portfolio report or a project’s report and export it: it will be listed here.
            </p>
          </EmptyState>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Exported</th>
                <th scope="col">Report</th>
                <th scope="col">Format</th>
                <th scope="col">Headline</th>
                <th scope="col">File</th>
                <th scope="col">Content hash</th>
              </tr>
            </thead>
            <tbody>
              {(exports ?? []).map((e) => (
                <tr key={e.id}>
                  <td>{formatInstant(e.exportedAt)}</td>
                  <th scope="row">{e.scope === 'portfolio' ? 'Portfolio' : e.title}</th>
                  <td>{FORMAT_LABELS[e.format]}</td>
                  <td>{e.headline}</td>
                  <td>{e.fileName}</td>
                  <td>
                    <code title={e.contentHash}>{e.contentHash.slice(0, 12)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
