import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Issue } from '../../../../shared/api/result';
import type { PlanTask, TaskStatus } from '../../../../shared/domain/plan';
import type { Progress } from '../../../../shared/domain/planProgress';
import type { SectionWindow } from '../../../../shared/domain/planSections';
import { formatDay } from '../../../../shared/domain/formatDay';
import { TextInputField } from '../../components/fields/TextInputField';
import { PlanTaskRow, TASK_MIME } from './PlanTaskRow';
import { ProgressBar } from './ProgressBar';

interface Props {
  window: SectionWindow;
  tasks: PlanTask[];
  progress: Progress;
  isToday: boolean;
  today: string;
  readOnly: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (task: PlanTask, direction: 'up' | 'down') => void;
  /** Mouse: move the dragged task to `index` of this section. */
  onDropAt: (draggedId: string, index: number) => void;
  onEdit: (task: PlanTask, status?: TaskStatus) => void;
  onStatus: (task: PlanTask, status: TaskStatus) => void;
  onDelete: (task: PlanTask) => void;
  onAdd: (title: string) => Promise<Issue[] | null>;
}

/** One week of the board (or the sprint after day 30): goal, dates, progress, tasks, add a task. */
export function PlanWeekSection(p: Props) {
  const { window: w, tasks } = p;
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const headingId = `plan-${w.key}`;
  return (
    <section
      className={`card plan-week${p.isToday ? ' plan-week-today' : ''}`}
      aria-labelledby={headingId}
      // A task dropped on the week itself (not on a task) goes to the end of it.
      onDragOver={(e) => {
        if (!p.readOnly && e.dataTransfer.types.includes(TASK_MIME)) e.preventDefault();
      }}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(TASK_MIME);
        if (!id) return;
        e.preventDefault();
        p.onDropAt(id, tasks.filter((t) => t.id !== id).length);
      }}
    >
      <header className="plan-week-header">
        <h2 id={headingId}>{w.title}</h2>
        <p className="muted">
          <time dateTime={w.startOn}>{formatDay(w.startOn)}</time> –{' '}
          <time dateTime={w.endOn}>{formatDay(w.endOn)}</time>
          {p.isToday && <strong className="badge plan-today"> Today is in this week</strong>}
        </p>
      </header>
      <p className="plan-goal">{w.goal}</p>
      <ProgressBar progress={p.progress} label={`${w.title}: progress`} />
      {tasks.length === 0 ? (
        <p className="muted">No tasks in this {w.key === 'after' ? 'section' : 'week'}.</p>
      ) : (
        <ol className="plan-tasks">
          {tasks.map((t, i) => (
            <PlanTaskRow
              key={t.id}
              task={t}
              today={p.today}
              readOnly={p.readOnly}
              canMoveUp={!(p.isFirst && i === 0)}
              canMoveDown={!(p.isLast && i === tasks.length - 1)}
              onMove={(d) => p.onMove(t, d)}
              onDropTask={(id) => p.onDropAt(id, i)}
              onEdit={(s) => p.onEdit(t, s)}
              onStatus={(s) => p.onStatus(t, s)}
              onDelete={() => p.onDelete(t)}
            />
          ))}
        </ol>
      )}
      {!p.readOnly && (
        <Form
          className="plan-add"
          validationBehavior="aria"
          onSubmit={(e) => {
            e.preventDefault();
            void p.onAdd(title).then((issues) => {
              if (issues === null) {
                setTitle('');
                setError(undefined);
              } else setError(issues[0]?.message ?? 'Could not add the task');
            });
          }}
        >
          <TextInputField
            label={`New task in ${w.title.split(':')[0]}`}
            value={title}
            onChange={setTitle}
            error={error}
          />
          <Button type="submit" className="button">
            Add task
          </Button>
        </Form>
      )}
    </section>
  );
}
