import type { FrameworkChange, PracticeAspect } from '../../../../shared/framework';
import { gapTitle } from './auditLabels';

const ASPECT_WORDS: Record<PracticeAspect, string> = {
  title: 'renamed',
  description: 'reworded',
  levels: 'what 0, 0.5 and 1 mean changed',
};

/** How a practice differs between two framework versions, in words. */
export function frameworkChangeText(c: FrameworkChange): string {
  if (c.kind === 'added') return 'added';
  if (c.kind === 'removed') return 'removed';
  return c.aspects.map((a) => ASPECT_WORDS[a]).join(', ');
}

/**
 * Two audits scored under different framework versions: which practices were added, removed or
 * changed between them, so a move in score is not read as progress when the question changed.
 */
export function CompareFrameworkChanges({
  beforeVersion,
  afterVersion,
  changes,
}: {
  beforeVersion: string;
  afterVersion: string;
  changes: readonly FrameworkChange[];
}) {
  if (beforeVersion === afterVersion) return null;
  return (
    <section className="card compare-framework" aria-labelledby="compare-framework-title">
      <h2 id="compare-framework-title">
        Framework {beforeVersion} → {afterVersion}
      </h2>
      <p>
        These audits were scored under different framework versions. Each keeps the score and texts
        of its own version; practices are matched by key.
      </p>
      {changes.length === 0 ? (
        <p>No practice was added, removed or changed between these versions.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.practiceKey}>
              <strong>{c.title}</strong> ({gapTitle(c.gap)}): {frameworkChangeText(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
