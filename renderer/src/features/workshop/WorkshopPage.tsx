import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { useAudit } from '../audit/useProjectAudits';
import { useAppStore } from '../../store/useAppStore';
import { Workshop } from './Workshop';
import './workshop.css';

/**
 * The route /projects/:projectId/audits/:auditId/workshop: full screen, without the sidebar.
 * Loads the audit through the store, then hands it to the workshop.
 */
export function WorkshopPage({ projectId, auditId }: { projectId: string; auditId: string }) {
  const { audit, error } = useAudit(projectId, auditId);
  const projectName = useAppStore((s) => s.projects.find((p) => p.id === projectId)?.name);

  if (audit === undefined && error === null) {
    return (
      <div className="workshop workshop-message">
        <p role="status">Opening the workshop…</p>
      </div>
    );
  }
  if (!audit) {
    return <WorkshopNotFound projectId={projectId} reason={error} />;
  }
  return <Workshop key={audit.id} audit={audit} projectName={projectName ?? ''} />;
}

function WorkshopNotFound({ projectId, reason }: { projectId: string; reason: string | null }) {
  const [, navigate] = useLocation();
  const projectKnown = reason === null;
  const back = projectKnown ? `/projects/${projectId}` : '/';
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) navigate(back);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [back, navigate]);
  return (
    <div className="workshop workshop-message">
      <h1>This audit cannot be opened</h1>
      <p>{reason ?? 'There is no such audit in this project. It may have been deleted.'}</p>
      <p>
        <Link href={back} className="ws-button">
          {projectKnown ? 'Back to the project' : 'Back to the portfolio'}
        </Link>
      </p>
    </div>
  );
}
