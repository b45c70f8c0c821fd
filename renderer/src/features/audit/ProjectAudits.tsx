import { lazy, Suspense, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Audit } from '../../../../shared/domain/audit';
import { useAppStore } from '../../store/useAppStore';
import { AuditDetailsDialog } from './AuditDetailsDialog';
import { AuditList } from './AuditList';
import { CompareControl } from './CompareControl';
import { CopyAuditDialog } from './CopyAuditDialog';
import { useProjectAudits } from './useProjectAudits';
import './audit.css';

// The chart library is a third of the app's JavaScript and draws this one chart: its own chunk,
// loaded when a project page first shows a trend.
const AuditTrendChart = lazy(() =>
  import('./AuditTrendChart').then((m) => ({ default: m.AuditTrendChart })),
);

/** The project page's audits: the list, starting a new one, comparing two, and the trend. */
export function ProjectAudits({ projectId }: { projectId: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const { audits, error } = useProjectAudits(projectId);
  const [creating, setCreating] = useState(false);
  const [copySource, setCopySource] = useState<Audit | null>(null);
  const finals = useMemo(() => (audits ?? []).filter((a) => a.status === 'final'), [audits]);
  const titles = useMemo(() => (audits ?? []).map((a) => a.title), [audits]);
  // Audits come oldest first; the latest final is the one the next audit starts from.
  const latestFinal = finals.at(-1) ?? null;
  const archived = project?.archivedAt != null;

  return (
    <>
      <section aria-labelledby="audits-title" className="card project-audits">
        <header className="section-header">
          <h2 id="audits-title">Gap audits</h2>
          <div className="header-actions">
            <Button
              className="button button-primary"
              isDisabled={archived}
              onPress={() => setCreating(true)}
            >
              New audit
            </Button>
            <Button
              className="button"
              isDisabled={archived || latestFinal === null}
              onPress={() => setCopySource(latestFinal)}
              aria-describedby={!archived && latestFinal === null ? 'copy-latest-hint' : undefined}
            >
              New audit from the latest
            </Button>
          </div>
        </header>
        {archived && (
          <p className="action-note" role="note">
            This project is archived, so no new audit can be started. Restore it from the archive to
            audit it again; its past audits stay readable below.
          </p>
        )}
        {!archived && latestFinal === null && (
          <p id="copy-latest-hint" className="field-description">
            “New audit from the latest” copies the latest final audit; this project has none yet.
          </p>
        )}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {audits === undefined && !error ? (
          <p role="status">Loading audits…</p>
        ) : audits && audits.length === 0 ? (
          <p className="muted">
            No audits yet. An audit scores the project against the five structural gaps, practice by
            practice, and names what is missing in each.
          </p>
        ) : (
          audits && <AuditList audits={audits} projectId={projectId} />
        )}
        {audits && audits.length >= 2 && (
          <CompareControl key={audits.length} audits={audits} projectId={projectId} />
        )}
      </section>
      <section aria-labelledby="trend-title" className="card project-trend">
        <h2 id="trend-title">Readiness trend</h2>
        <Suspense fallback={<p className="muted">Loading the chart…</p>}>
          <AuditTrendChart finals={finals} />
        </Suspense>
      </section>
      <AuditDetailsDialog
        mode={creating ? { kind: 'create', projectId, existingTitles: titles } : null}
        onClose={() => setCreating(false)}
      />
      <CopyAuditDialog
        source={copySource}
        existingTitles={titles}
        onClose={() => setCopySource(null)}
      />
    </>
  );
}
