// Placeholder while the project's audit section is being built (replaced before commit).
export function ProjectAudits({ projectId }: { projectId: string }) {
  return <section aria-label="Audits" data-project={projectId} />;
}
