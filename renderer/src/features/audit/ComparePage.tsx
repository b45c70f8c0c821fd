// Placeholder while the comparison page is being built (replaced before commit).
export function ComparePage({ projectId, a, b }: { projectId: string; a: string; b: string }) {
  return (
    <p>
      Compare {a} with {b} in {projectId}
    </p>
  );
}
