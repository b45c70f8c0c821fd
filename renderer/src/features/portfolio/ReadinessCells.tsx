import { formatPercent, gapByKey } from '../../../../shared/framework';
import { BandBadge } from '../../components/score/BandBadge';
import { weakestOpenGap, type ProjectReadiness } from '../../../../shared/domain/projectReadiness';
import { formatDay } from '../../../../shared/domain/formatDay';

/** The headline of the latest final audit with its band, or "Not audited". */
export function ReadinessCell({ readiness }: { readiness: ProjectReadiness | undefined }) {
  if (!readiness) return <span className="muted">Not audited</span>;
  const { score, audit } = readiness;
  return (
    <span
      className="readiness-cell"
      title={`From the final audit “${audit.title}” of ${formatDay(audit.takenOn)}: ${score.headlineExplanation}`}
    >
      <span className="score-text">
        {score.headline === null ? '—' : formatPercent(score.headline)}
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
