import { useMemo, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'wouter';
import { localToday } from '../../../../shared/domain/calendar';
import { formatDay } from '../../../../shared/domain/formatDay';
import { PLAN_SECTIONS, type PlanTask, type TaskStatus } from '../../../../shared/domain/plan';
import { progressBySection, thirtyDayProgress } from '../../../../shared/domain/planProgress';
import { planWindows, sectionOnDay } from '../../../../shared/domain/planSections';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { keyboardMove } from './planMoves';
import { PlanWeekSection } from './PlanWeekSection';
import { ProgressBar } from './ProgressBar';
import { ReplanDialog } from './ReplanDialog';
import { TaskDialog } from './TaskDialog';
import { usePlan } from './usePlan';
import './plan.css';

/** A project's 30-day plan: the week board with a today marker, progress, tasks, re-plan. */
export function PlanPage({ projectId }: { projectId: string }) {
  const project = useAppStore((s) => s.projects.find((p) => p.id === projectId));
  const actions = usePlan(projectId);
  const { plan, error } = actions;
  const [editing, setEditing] = useState<{ task: PlanTask; status?: TaskStatus } | null>(null);
  const [deleting, setDeleting] = useState<PlanTask | null>(null);
  const [replanning, setReplanning] = useState(false);
  const today = localToday();
  const windows = useMemo(() => (plan ? planWindows(plan.startOn) : []), [plan]);
  const progress = useMemo(() => (plan ? progressBySection(plan.tasks, today) : []), [plan, today]);

  if (!project) return <p role="status">Loading…</p>;
  const readOnly = project.archivedAt !== null;
  const header = (
    <header className="page-header">
      <div>
        <p className="breadcrumb">
          <Link href={`/projects/${project.id}`}>{project.name}</Link>
        </p>
        <h1 id="plan-title">30-day plan</h1>
      </div>
      {plan && (
        <div className="header-actions">
          <Button className="button" isDisabled={readOnly} onPress={() => setReplanning(true)}>
            Re-plan from the newest audit…
          </Button>
        </div>
      )}
    </header>
  );
  if (error)
    return (
      <section className="page">
        {header}
        <p role="alert" className="form-error">
          {error}
        </p>
      </section>
    );
  if (plan === undefined)
    return (
      <section className="page">
        {header}
        <p role="status">Loading the plan…</p>
      </section>
    );
  if (plan === null)
    return (
      <section className="page" aria-labelledby="plan-title">
        {header}
        <GeneratePlan readOnly={readOnly} onGenerate={actions.generate} />
      </section>
    );

  const now = sectionOnDay(plan.startOn, today);
  const overall = thirtyDayProgress(plan.tasks, today);
  const move = (task: PlanTask, direction: 'up' | 'down') => {
    const to = keyboardMove(plan.tasks, task.id, direction);
    if (!to) return;
    // Keep the keyboard where it was: on the same control of the task that moved (the title
    // when that control is now disabled, e.g. "up" at the top of the plan).
    const label = document.activeElement?.getAttribute('aria-label') ?? null;
    void actions.moveTask({ id: task.id, ...to }).then((r) => {
      if (!r.ok) return;
      requestAnimationFrame(() => {
        const row = document.querySelector<HTMLElement>(`[data-task-id="${task.id}"]`);
        const same = label
          ? row?.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`)
          : null;
        const target =
          same && !same.hasAttribute('disabled')
            ? same
            : row?.querySelector<HTMLElement>('.plan-task-title');
        target?.focus();
      });
    });
  };

  return (
    <section className="page plan-page" aria-labelledby="plan-title">
      {header}
      <div className="card plan-summary">
        <p>
          Day 1 was <time dateTime={plan.startOn}>{formatDay(plan.startOn)}</time>.{' '}
          {now === 'before' && 'The plan has not started yet.'}
          {now === 'done' && 'The 30 days and the sprint after them are over.'}
          {now !== 'before' && now !== 'done' && (
            <>
              Today ({formatDay(today)}) is in{' '}
              {windows.find((w) => w.key === now)?.title.split(':')[0]}.
            </>
          )}
        </p>
        <ProgressBar progress={overall} label="The 30 days: progress" />
      </div>
      <div className="plan-board">
        {windows.map((w, i) => (
          <PlanWeekSection
            key={w.key}
            window={w}
            tasks={plan.tasks.filter((t) => t.section === w.key)}
            progress={progress[i]!.progress}
            isToday={now === w.key}
            today={today}
            readOnly={readOnly}
            isFirst={w.key === PLAN_SECTIONS[0]}
            isLast={w.key === PLAN_SECTIONS.at(-1)}
            onMove={move}
            onDropAt={(id, index) => void actions.moveTask({ id, section: w.key, index })}
            onEdit={(task, status) => setEditing({ task, ...(status ? { status } : {}) })}
            onStatus={(task, status) => void actions.updateTask(task.id, { status })}
            onDelete={setDeleting}
            onAdd={async (title) => {
              const r = await actions.addTask({ section: w.key, title });
              return r.ok ? null : (r.error.issues ?? [{ path: '', message: r.error.message }]);
            }}
          />
        ))}
      </div>
      <TaskDialog
        task={editing?.task ?? null}
        initialStatus={editing?.status}
        actions={actions}
        onClose={() => setEditing(null)}
      />
      <ReplanDialog
        projectId={projectId}
        isOpen={replanning}
        actions={actions}
        onClose={() => setReplanning(false)}
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        title="Delete this task?"
        confirmLabel="Delete task"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void actions.deleteTask(deleting.id);
          setDeleting(null);
        }}
      >
        <p>
          “{deleting?.title}” was added by hand; deleting it removes it from the plan (the history
          keeps a record).
        </p>
      </ConfirmDialog>
    </section>
  );
}

function GeneratePlan({
  readOnly,
  onGenerate,
}: {
  readOnly: boolean;
  onGenerate: (startOn?: string) => Promise<{
    ok: boolean;
    error?: { message: string; issues?: { path: string; message: string }[] };
  }>;
}) {
  const [startOn, setStartOn] = useState(localToday());
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  return (
    <EmptyState title="No plan yet">
      <p>
        The plan is built from the project’s latest final audit: one task for every practice that is
        not fully in place, in the week its work belongs to.
      </p>
      <Form
        className="form plan-generate"
        validationBehavior="aria"
        onSubmit={(e) => {
          e.preventDefault();
          setFormError(null);
          setFieldError(undefined);
          void onGenerate(startOn).then((r) => {
            if (r.ok) return;
            const issue = r.error?.issues?.find((i) => i.path === 'startOn');
            if (issue) setFieldError(issue.message);
            else setFormError(r.error?.message ?? 'The plan could not be built.');
          });
        }}
      >
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <TextInputField
          label="Day 1 of the plan"
          type="date"
          value={startOn}
          onChange={setStartOn}
          error={fieldError}
        />
        <Button type="submit" className="button button-primary" isDisabled={readOnly}>
          Build the plan from the latest audit
        </Button>
      </Form>
    </EmptyState>
  );
}
