import { formatPercent, gapByKey, type Verdict } from '../../../../shared/framework';
import { BandBadge } from '../../components/score/BandBadge';
import { weakestOpenGap, type ProjectReadiness } from '../../../../shared/domain/projectReadiness';

/**
 * The headline of the latest final audit with its band (or "Not audited"), and under it the
 * 1.0 verdict, which also needs every checkpoint stage passed or validly waived.
 */
export function ReadinessCell({
  readiness,
  verdict,
}: {
  readiness: ProjectReadiness | undefined;
  verdict?: Verdict | undefined;
}) {
  // One short line (the row keeps its height): "Ready for 1.0", or "Not ready" with what
  // stands in the way as the tooltip and for screen readers.
  const line = verdict && (
    <span
      className={`cell-minor ${verdict.ready ? 'verdict-ready-text' : 'verdict-not-ready-text'}`}
      title={verdict.ready ? verdict.explanation : verdict.blockers.map((b) => b.text).join('\n')}
    >
      {verdict.ready ? (
        verdict.label
      ) : (
        <>
          Not ready<span className="visually-hidden"> for 1.0</span>
        </>
      )}
    </span>
  );
  if (!readiness)
    return (
      <span className="cell-stack">
        <span className="muted">Not audited</span>
        {line}
      </span>
    );
  const { score, audit } = readiness;
  return (
    <span className="cell-stack">
      <span
        className="readiness-line"
        title={`From the final audit “${audit.title}” of ${audit.takenOn}: ${score.headlineExplanation}`}
      >
        <span className="score-text">
          {score.headline === null ? '—' : formatPercent(score.headline)}
        </span>{' '}
        {line}
      </span>
      <BandBadge band={score.band} />
    </span>
  );
}

/** The gap holding the project back in its latest final audit. */
export function WeakestGapCell({ readiness }: { readiness: ProjectReadiness | undefined }) {
  if (!readiness) return <span className="muted">—</span>;
  const gap = weakestOpenGap(readiness.score);
  if (gap === null) return <span className="muted">None below full marks</span>;
  return <>{gapByKey(gap)?.title ?? gap}</>;
}
