import type { Release } from '../../../../shared/domain/release';
import {
  LEAD_TIME_TARGET_DAYS,
  releaseLeadTime,
  type LeadTimeVerdict,
} from '../../../../shared/domain/releaseLeadTime';

const VERDICT_CLASS: Record<LeadTimeVerdict, string> = {
  on_track: 'lt-on-track',
  waiting: 'lt-waiting',
  over_target: 'lt-over',
  process_problem: 'lt-problem',
};

/**
 * Lead time per release as horizontal bars, with each release's target and the portfolio's
 * median as lines. Plain SVG (a few bars need no chart library); the table beside it carries
 * the same figures in words for screen readers.
 */
export function LeadTimeChart({
  releases,
  today,
  medianDays,
}: {
  releases: readonly Release[];
  today: string;
  medianDays: number | null;
}) {
  if (releases.length === 0) return null;
  const rows = releases.map((r) => ({ r, lt: releaseLeadTime(r, today) }));
  const max =
    Math.max(
      60,
      medianDays ?? 0,
      ...rows.map((x) => x.lt.days),
      ...Object.values(LEAD_TIME_TARGET_DAYS),
    ) * 1.1;
  const W = 560;
  const LABEL = 110;
  const ROW = 26;
  const H = rows.length * ROW + 30;
  const x = (days: number) => LABEL + (days / max) * (W - LABEL - 10);
  return (
    <svg
      className="lead-time-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Lead time per release, in days, against its target and the portfolio median"
    >
      {rows.map(({ r, lt }, i) => {
        const y = i * ROW + 6;
        return (
          <g key={r.id}>
            <text x={LABEL - 6} y={y + 14} textAnchor="end" className="lt-label">
              {r.version}
            </text>
            <rect
              x={LABEL}
              y={y}
              width={Math.max(2, x(lt.days) - LABEL)}
              height={ROW - 10}
              className={VERDICT_CLASS[lt.verdict]}
            />
            <line
              x1={x(lt.targetDays)}
              x2={x(lt.targetDays)}
              y1={y - 2}
              y2={y + ROW - 8}
              className="lt-target"
            />
            <text x={x(lt.days) + 4} y={y + 13} className="lt-value">
              {lt.days} d{lt.running ? ' so far' : ''}
            </text>
          </g>
        );
      })}
      {medianDays !== null && (
        <g>
          <line x1={x(medianDays)} x2={x(medianDays)} y1={0} y2={H - 22} className="lt-median" />
          <text x={x(medianDays)} y={H - 8} textAnchor="middle" className="lt-label">
            portfolio median {medianDays} d
          </text>
        </g>
      )}
    </svg>
  );
}
