import type { Verdict } from '../../../../shared/framework';

/**
 * The project's 1.0 verdict (shared/framework/readinessVerdict.ts): the only place the app
 * prints "Ready". With `detailed`, what stands in the way is listed under it.
 */
export function VerdictBadge({
  verdict,
  detailed = false,
}: {
  verdict: Verdict;
  detailed?: boolean;
}) {
  const reasons = verdict.ready
    ? verdict.explanation
    : verdict.blockers.map((b) => b.text).join('\n');
  return (
    <div className="verdict">
      <span
        className={`badge verdict-badge ${verdict.ready ? 'verdict-ready' : 'verdict-not-ready'}`}
        title={reasons}
      >
        {verdict.label}
      </span>
      {detailed ? (
        <>
          <p className="muted verdict-explanation">{verdict.explanation}</p>
          {verdict.blockers.length > 0 && (
            <ul className="verdict-blockers" aria-label="What stands in the way">
              {verdict.blockers.map((b) => (
                <li key={`${b.kind}-${'stage' in b ? b.stage : ''}`}>{b.text}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <span className="visually-hidden">: {reasons}</span>
      )}
    </div>
  );
}
