import type { PlanSummary } from '../../../../shared/domain/plan';
import './plan.css';

/**
 * The portfolio's plan column in two short lines (rows keep one height): closed of total, with
 * a star on the priority-1 project, then the overdue count.
 */
export function PlanCell({ plan }: { plan: PlanSummary | undefined }) {
  if (!plan || (!plan.hasPlan && plan.priorityRank === null))
    return <span className="muted">—</span>;
  const first = plan.priorityRank === 1;
  return (
    <span className="cell-stack">
      <span className="cell-clip">
        {first && (
          <span
            className="plan-first"
            title="Priority 1: the project to take through the 30 days first"
          >
            <span aria-hidden="true">★ </span>
            <span className="visually-hidden">Priority 1. </span>
          </span>
        )}
        {plan.hasPlan ? (
          <span title={`${plan.closed} of ${plan.total} tasks closed`}>
            {plan.closed}/{plan.total}
            <span className="visually-hidden"> tasks closed</span>
          </span>
        ) : (
          'no plan yet'
        )}
      </span>
      {plan.overdue > 0 ? (
        <strong className="cell-minor flag-red">{plan.overdue} overdue</strong>
      ) : (
        <span className="cell-minor">{plan.hasPlan ? 'on time' : ''}</span>
      )}
    </span>
  );
}
