import type { PlanSummary } from '../../../../shared/domain/plan';
import './plan.css';

/** The portfolio's plan column: closed of total, overdue count, and the priority-1 marker. */
export function PlanCell({ plan }: { plan: PlanSummary | undefined }) {
  if (!plan || (!plan.hasPlan && plan.priorityRank === null))
    return <span className="muted">—</span>;
  return (
    <span className="cell-stack">
      {plan.priorityRank === 1 && (
        <span
          className="badge badge-priority"
          title="The project to take through the 30 days first"
        >
          Priority 1
        </span>
      )}
      {plan.hasPlan ? (
        <span className="cell-minor">
          {plan.closed}/{plan.total} closed
          {plan.overdue > 0 && <strong className="flag-red"> · {plan.overdue} overdue</strong>}
        </span>
      ) : (
        <span className="cell-minor">no plan yet</span>
      )}
    </span>
  );
}
