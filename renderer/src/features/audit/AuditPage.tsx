import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { finalizeProblems, scoreOfAudit } from '../../../../shared/domain/auditRules';
import { gapsFor } from '../../../../shared/framework';
import { EmptyState } from '../../components/EmptyState';
import { BandLegend } from '../../components/score/BandLegend';
import { useAppStore } from '../../store/useAppStore';
import { AuditActions, type AuditDialog } from './AuditActions';
import { AuditDetailsDialog } from './AuditDetailsDialog';
import { AuditHeader } from './AuditHeader';
import { CopyAuditDialog } from './CopyAuditDialog';
import { DeleteAuditDialog } from './DeleteAuditDialog';
import { FinalizeBlockers } from './FinalizeBlockers';
import { FinalizeDialog } from './FinalizeDialog';
import { GapJumpBar } from './GapJumpBar';
import { GapSection } from './GapSection';
import { ScoreLevelsLegend } from './ScoreLevelsLegend';
import { ScoreSummary } from './ScoreSummary';
import { useAuditWrites } from './useAuditWrites';
import { useAudit } from './useProjectAudits';
import { useWorkshopShortcut } from './useWorkshopShortcut';
import './audit.css';

export function AuditPage({ projectId, auditId }: { projectId: string; auditId: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const audits = useAppStore((s) => s.auditsByProject[projectId]);
  const { audit, error } = useAudit(projectId, auditId);
  const writes = useAuditWrites(auditId);
  const [dialog, setDialog] = useState<AuditDialog | null>(null);
  const [, navigate] = useLocation();
  const score = useMemo(() => (audit ? scoreOfAudit(audit) : null), [audit]);
  const problems = useMemo(
    () => (audit?.status === 'draft' ? finalizeProblems(audit) : []),
    [audit],
  );
  const titles = useMemo(() => (audits ?? []).map((a) => a.title), [audits]);
  const projectHref = `/projects/${projectId}`;
  const workshopHref = `${projectHref}/audits/${auditId}/workshop`;
  const openWorkshop = useCallback(() => navigate(workshopHref), [navigate, workshopHref]);
  useWorkshopShortcut(audit?.status === 'draft' && dialog === null, openWorkshop);

  if (error) {
    return (
      <p role="alert" className="form-error">
        {error}
      </p>
    );
  }
  // An audit that does not exist has no score either: say so before waiting for one.
  if (audit === null) {
    return (
      <EmptyState title="Audit not found">
        <p>This audit does not exist: it may have been deleted.</p>
        <Link href={projectHref} className="button">
          Back to the project
        </Link>
      </EmptyState>
    );
  }
  if (audit === undefined || score === null) return <p role="status">Loading the audit…</p>;
  const isFinal = audit.status === 'final';
  const archived = project?.archivedAt != null;
  const copyBlockedReason = archived
    ? 'This project is archived: restore it to start a new audit.'
    : null;

  return (
    <section className="page audit-page" aria-labelledby="audit-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={projectHref}>{project?.name ?? 'Project'}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{audit.title}</span>
      </nav>
      <header className="page-header">
        <AuditHeader audit={audit} />
        <AuditActions
          audit={audit}
          workshopHref={workshopHref}
          copyBlockedReason={copyBlockedReason}
          finalizeProblemCount={problems.length}
          onOpen={setDialog}
        />
      </header>
      {isFinal && (
        <div role="note" className="final-note">
          <p>
            <strong>This audit is final.</strong> It is part of the record and cannot be changed. To
            record progress, use “New audit from this”: the new draft keeps every score and note,
            you change what is different, and the trend shows the difference.
          </p>
        </div>
      )}
      <div className="audit-overview">
        <ScoreSummary score={score} isFinal={isFinal} />
        <div className="audit-aside">
          {!isFinal && (
            <div className="card">
              <FinalizeBlockers problems={problems} />
            </div>
          )}
          <div className="card legends">
            <BandLegend />
            <ScoreLevelsLegend />
          </div>
        </div>
      </div>
      <GapJumpBar score={score} />
      {/* The audit's own framework version: an old audit keeps the texts it was scored with. */}
      {gapsFor(audit.frameworkVersion).map((gap) => {
        const gapScore = score.gaps.find((g) => g.gap === gap.key);
        if (!gapScore) return null;
        return (
          <GapSection
            // Keyed by audit too: a practice's unsaved state must not carry over to the copy.
            key={`${audit.id}-${gap.key}`}
            audit={audit}
            gap={gap}
            score={gapScore}
            isWeakest={score.weakestGap === gap.key}
            writes={isFinal ? null : writes}
          />
        );
      })}
      <FinalizeDialog
        audit={audit}
        isOpen={dialog === 'finalize'}
        onClose={() => setDialog(null)}
      />
      <DeleteAuditDialog
        audit={audit}
        isOpen={dialog === 'delete'}
        onClose={() => setDialog(null)}
        onDeleted={() => navigate(projectHref)}
      />
      <AuditDetailsDialog
        mode={dialog === 'edit' ? { kind: 'edit', audit } : null}
        onClose={() => setDialog(null)}
      />
      <CopyAuditDialog
        source={dialog === 'copy' ? audit : null}
        existingTitles={titles}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
