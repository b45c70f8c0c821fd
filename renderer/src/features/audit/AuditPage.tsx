// Placeholder while the audit page is being built (replaced before commit).
export function AuditPage({ projectId, auditId }: { projectId: string; auditId: string }) {
  return (
    <p>
      Audit {auditId} of {projectId}
    </p>
  );
}
