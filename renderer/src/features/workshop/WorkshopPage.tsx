// Placeholder while workshop mode is being built (replaced before commit).
export function WorkshopPage({ projectId, auditId }: { projectId: string; auditId: string }) {
  return (
    <p>
      Workshop {auditId} of {projectId}
    </p>
  );
}
