import type { Progress } from '../../../../shared/domain/planProgress';

/** Closed out of total as a bar with its figures in words (the bar alone says nothing to a screen reader). */
export function ProgressBar({ progress: p, label }: { progress: Progress; label: string }) {
  const percent = p.percent ?? 0;
  return (
    <div className="plan-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${p.closed} of ${p.total} closed`}
        className="plan-progress-track"
      >
        <div className="plan-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="plan-progress-text">
        {p.closed} of {p.total} closed
        {p.blocked > 0 && ` · ${p.blocked} blocked`}
        {p.overdue > 0 && <strong className="flag-red"> · {p.overdue} overdue</strong>}
      </span>
    </div>
  );
}
