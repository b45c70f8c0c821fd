import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ReportModel, ReportRequest } from '../../../../shared/reports';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/useAppStore';
import { ExportBar } from './ExportBar';
import { PortfolioReportView } from './PortfolioReportView';
import { ProjectReportView } from './ProjectReportView';
import '../../components/score/score.css';
import './reports.css';

type Props = { scope: 'portfolio' } | { scope: 'project'; projectId: string };

/**
 * The report as it will be exported, built by the backend from the same model every format
 * prints, with the export buttons. Loaded lazily: it is not part of the first screen.
 */
export function ReportPreviewPage(props: Props) {
  const projectId = props.scope === 'project' ? props.projectId : null;
  const previewReport = useAppStore((s) => s.previewReport);
  const dismissExport = useAppStore((s) => s.dismissExport);
  const [model, setModel] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const report: ReportRequest =
    projectId === null ? { scope: 'portfolio' } : { scope: 'project', projectId };

  useEffect(() => {
    let live = true;
    const request: ReportRequest =
      projectId === null ? { scope: 'portfolio' } : { scope: 'project', projectId };
    void previewReport(request).then((r) => {
      if (!live) return;
      if (r.ok) {
        setModel(r.data);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [projectId, previewReport, version]);
  useEffect(() => dismissExport, [dismissExport]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const title = model
    ? model.meta.title
    : projectId === null
      ? 'Portfolio report'
      : 'Readiness report';
  return (
    <section className="page report-page" aria-labelledby="report-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">{projectId === null ? 'Portfolio report' : 'Readiness report'}</p>
          <h1 id="report-title">{title}</h1>
          <p className="subtitle">
            What leadership will read, exactly as it will be exported.{' '}
            <Link href="/reports">All exported reports</Link>
          </p>
        </div>
      </header>
      {error && (
        <EmptyState title="The report could not be made">
          <p role="alert">{error}</p>
        </EmptyState>
      )}
      {!model && !error && <p role="status">Preparing the report…</p>}
      {model && (
        <>
          <ExportBar report={report} model={model} onExported={reload} />
          {model.kind === 'project' ? (
            <ProjectReportView model={model} />
          ) : (
            <PortfolioReportView model={model} />
          )}
        </>
      )}
    </section>
  );
}
