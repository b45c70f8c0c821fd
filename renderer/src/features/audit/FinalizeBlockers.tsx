import { useId } from 'react';
import type { FinalizeProblem } from '../../../../shared/domain/auditRules';

/** What still stops the audit from being finalised, from the same rule the backend applies. */
export function FinalizeBlockers({
  problems,
  headingLevel = 2,
}: {
  problems: readonly FinalizeProblem[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  return (
    <section aria-labelledby={id} className="blockers">
      <Heading id={id} className="blockers-title">
        {problems.length === 0 ? 'Ready to finalise' : 'Before you can finalise'}
      </Heading>
      {problems.length === 0 ? (
        <p className="blockers-ok">
          Every practice is scored, and every gap below full marks says what is missing.
        </p>
      ) : (
        <ul className="blockers-list">
          {problems.map((p) => (
            <li key={p.path}>{p.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
