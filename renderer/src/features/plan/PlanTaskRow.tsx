import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { formatDay } from '../../../../shared/domain/formatDay';
import {
  STATUSES_WITH_REASON,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type PlanTask,
  type TaskStatus,
} from '../../../../shared/domain/plan';
import { governanceCheckpointsPath, isOverdue } from '../../../../shared/domain/planProgress';
import { SelectField } from '../../components/fields/SelectField';

/** The drag payload: a task id, in a type of our own so other drops are ignored. */
export const TASK_MIME = 'application/x-crossing-task';

const STATUS_OPTIONS = TASK_STATUSES.map((id) => ({ id, label: TASK_STATUS_LABELS[id] }));

interface Props {
  task: PlanTask;
  today: string;
  readOnly: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onEdit: (status?: TaskStatus) => void;
  onStatus: (status: TaskStatus) => void;
  onDelete: () => void;
  /** Mouse: a task dropped on this one takes its place. */
  onDropTask: (draggedId: string) => void;
}

/**
 * One task: status (a reason asked for when blocked or skipped), owner, due date, overdue.
 * Alt+Arrow Up/Down on the row moves it (across weeks at either end); the buttons do the same.
 */
export function PlanTaskRow({
  task,
  today,
  readOnly,
  canMoveUp,
  canMoveDown,
  onMove,
  onEdit,
  onStatus,
  onDelete,
  onDropTask,
}: Props) {
  const overdue = isOverdue(task, today);
  return (
    <li
      className={`plan-task plan-task-${task.status}${overdue ? ' plan-task-overdue' : ''}`}
      data-task-id={task.id}
      aria-label={task.title}
      tabIndex={-1}
      draggable={!readOnly}
      onDragStart={(e) => {
        e.dataTransfer.setData(TASK_MIME, task.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!readOnly && e.dataTransfer.types.includes(TASK_MIME)) e.preventDefault();
      }}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(TASK_MIME);
        if (!id || id === task.id) return;
        e.preventDefault();
        e.stopPropagation();
        onDropTask(id);
      }}
      onKeyDown={(e) => {
        if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        if (e.key === 'ArrowUp' && canMoveUp) onMove('up');
        if (e.key === 'ArrowDown' && canMoveDown) onMove('down');
      }}
    >
      <div className="plan-task-main">
        <Button
          className="plan-task-title link-button"
          onPress={() => onEdit()}
          isDisabled={readOnly}
        >
          {task.title}
        </Button>
        {task.origin === 'manual' && <span className="badge badge-muted">Added by hand</span>}
        {overdue && <strong className="badge badge-overdue">Overdue</strong>}
        <p className="plan-task-meta">
          Due <time dateTime={task.dueOn}>{formatDay(task.dueOn)}</time>
          {task.owner ? ` · ${task.owner}` : ' · no owner yet'}
          {task.statusReason && (
            <>
              {' · '}
              <span className="plan-task-reason">
                {task.status === 'blocked' ? 'Blocked: ' : 'Skipped: '}
                {task.statusReason}
              </span>
            </>
          )}
        </p>
        {task.practiceKey === 'checkpoint_sprint' && (
          <p className="plan-task-meta">
            <Link href={governanceCheckpointsPath(task.projectId)}>
              Open the governance checkpoints
            </Link>
          </p>
        )}
        {task.practiceKey === 'audit' && task.auditId && (
          <p className="plan-task-meta">
            <Link href={`/projects/${task.projectId}/audits/${task.auditId}`}>Open the audit</Link>
          </p>
        )}
      </div>
      <div className="plan-task-controls">
        <SelectField
          label={`Status of “${task.title}”`}
          className="plan-status"
          options={STATUS_OPTIONS}
          value={task.status}
          isDisabled={readOnly}
          onChange={(s) => (STATUSES_WITH_REASON.includes(s) ? onEdit(s) : onStatus(s))}
        />
        <Button
          className="button button-small"
          aria-label={`Move “${task.title}” up`}
          isDisabled={readOnly || !canMoveUp}
          onPress={() => onMove('up')}
        >
          ↑
        </Button>
        <Button
          className="button button-small"
          aria-label={`Move “${task.title}” down`}
          isDisabled={readOnly || !canMoveDown}
          onPress={() => onMove('down')}
        >
          ↓
        </Button>
        {task.origin === 'manual' && (
          <Button
            className="button button-small"
            aria-label={`Delete “${task.title}”`}
            isDisabled={readOnly}
            onPress={onDelete}
          >
            Delete
          </Button>
        )}
      </div>
    </li>
  );
}
