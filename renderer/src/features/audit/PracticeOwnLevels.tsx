import { useId } from 'react';
import { levelsFor, type Practice } from '../../../../shared/framework';

/**
 * What 0, 0.5 and 1 mean for a practice that has levels of its own (one done by people, where
 * "automated" would not fit). Nothing for a practice scored against the generic rubric.
 */
export function PracticeOwnLevels({
  practice,
  className = '',
}: {
  practice: Practice;
  className?: string;
}) {
  const titleId = useId();
  if (!practice.levels) return null;
  const levels = levelsFor(practice).filter((l) => l.level !== null);
  return (
    <div className={`own-levels ${className}`.trim()}>
      <p id={titleId} className="own-levels-title">
        How this practice is scored
      </p>
      <dl aria-labelledby={titleId}>
        {levels.map((l) => (
          <div key={l.key}>
            <dt>
              {l.label} <span className="muted">({l.level})</span>
            </dt>
            <dd>{l.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
