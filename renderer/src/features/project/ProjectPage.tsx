import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '../../../../shared/domain/project';
import { localToday } from '../../../../shared/domain/calendar';
import {
  isStalled,
  POC_STALL_WEEKS,
  weeksSincePocApproval,
} from '../../../../shared/domain/projectTiming';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/useAppStore';
import { DeleteProjectDialog } from '../portfolio/DeleteProjectDialog';
import { ProjectAudits } from '../audit/ProjectAudits';
import { ProjectOwnershipSection } from '../org/ProjectOwnershipSection';
import { ProjectPlanSection } from '../plan/ProjectPlanSection';
import { ReleasesSection } from '../plan/ReleasesSection';
import { ProjectCheckpointsSection } from '../checkpoints/ProjectCheckpointsSection';
import { ProjectHistory } from './ProjectHistory';

export function ProjectPage({ projectId }: { projectId: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const loaded = useAppStore((s) => s.projectsLoaded);
  const openEdit = useAppStore((s) => s.openEditProject);
  const archive = useAppStore((s) => s.archiveProject);
  const unarchive = useAppStore((s) => s.unarchiveProject);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [, navigate] = useLocation();
  // Audit writes are recorded in the project's history too: refresh it when any audit changes.
  const audits = useAppStore((s) => s.auditsByProject[projectId]);
  // Ownership saves are recorded in the history too.
  const ownershipSaved = useAppStore((s) => s.ownerships[projectId]?.updatedAt ?? '');
  const auditsVersion = useMemo(
    () =>
      `${audits?.length ?? 0}:${(audits ?? []).reduce((m, a) => (a.updatedAt > m ? a.updatedAt : m), '')}`,
    [audits],
  );

  if (!loaded) return <p role="status">Loading…</p>;
  if (!project) {
    return (
      <EmptyState title="Project not found">
        <p>It may have been deleted.</p>
      </EmptyState>
    );
  }
  const today = localToday();
  const weeks = weeksSincePocApproval(project, today);
  return (
    <section className="page" aria-labelledby="project-title">
      <header className="page-header">
        <div>
          <h1 id="project-title">{project.name}</h1>
          <p className="subtitle">
            <span className={`badge badge-stage-${project.stage}`}>
              {PROJECT_STAGE_LABELS[project.stage]}
            </span>{' '}
            {PROJECT_KIND_LABELS[project.kind]}
            {project.archivedAt && <span className="badge badge-muted">Archived</span>}
          </p>
        </div>
        <div className="header-actions">
          <Link href={`/projects/${project.id}/report`} className="button">
            Readiness report
          </Link>
          <Button className="button" onPress={() => openEdit(project.id)}>
            Edit
          </Button>
          {project.archivedAt === null ? (
            <Button className="button" onPress={() => void archive(project.id)}>
              Archive
            </Button>
          ) : (
            <Button className="button" onPress={() => void unarchive(project.id)}>
              Restore from archive
            </Button>
          )}
          <Button className="button button-danger" onPress={() => setConfirmDelete(true)}>
            Delete…
          </Button>
        </div>
      </header>
      {project.description && <p className="description">{project.description}</p>}
      <dl className="details">
        <dt>Owner</dt>
        <dd>{project.owner || '—'}</dd>
        <dt>Team</dt>
        <dd>{project.team || '—'}</dd>
        <dt>PoC approved</dt>
        <dd>
          {project.pocApprovedOn ?? 'not recorded'}
          {weeks !== null && ` (${weeks} weeks ago)`}
          {isStalled(project, today) && (
            <strong className="flag-red">
              {' '}
              Over {POC_STALL_WEEKS} weeks without production: a structural gap is likely open.
            </strong>
          )}
        </dd>
        <dt>Target date</dt>
        <dd>{project.targetOn ?? '—'}</dd>
      </dl>
      <ProjectPlanSection project={project} />
      <ProjectCheckpointsSection projectId={project.id} />
      <ProjectAudits projectId={project.id} />
      <ProjectOwnershipSection projectId={project.id} />
      <ReleasesSection projectId={project.id} readOnly={project.archivedAt !== null} />
      <ProjectHistory
        projectId={project.id}
        refreshKey={`${project.updatedAt}|${auditsVersion}|${ownershipSaved}`}
      />
      <DeleteProjectDialog
        project={confirmDelete ? project : null}
        onClose={() => setConfirmDelete(false)}
        onDeleted={() => navigate('/')}
      />
    </section>
  );
}
