import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'wouter';
import { localToday } from '../../../../shared/domain/calendar';
import type { Plan, ProjectTimeline } from '../../../../shared/domain/plan';
import { thirtyDayProgress } from '../../../../shared/domain/planProgress';
import type { Project } from '../../../../shared/domain/project';
import { projectTimeline } from '../../../../shared/domain/projectTiming';
import { api } from '../../api/client';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';
import { ProgressBar } from './ProgressBar';
import './plan.css';

/**
 * The project page's plan and timeline: weeks from PoC approval against the 6-10 week target,
 * the first production date, the priority rank, and the 30-day plan's progress and overdue work.
 */
export function ProjectPlanSection({ project }: { project: Project }) {
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  const [timeline, setTimeline] = useState<ProjectTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  useEffect(() => {
    let live = true;
    void Promise.all([
      api['plans.get']({ projectId: project.id }),
      api['timeline.get']({ projectId: project.id }),
    ]).then(([p, t]) => {
      if (!live) return;
      if (p.ok) setPlan(p.data);
      if (t.ok) setTimeline(t.data);
      if (!p.ok) setError(p.error.message);
      else if (!t.ok) setError(t.error.message);
    });
    return () => {
      live = false;
    };
  }, [project.id]);

  const verdict = projectTimeline(project, timeline?.firstProductionOn ?? null, today);
  const progress = plan ? thirtyDayProgress(plan.tasks, today) : null;
  const readOnly = project.archivedAt !== null;
  return (
    <section className="card project-plan" aria-labelledby="project-plan-title">
      <header className="section-header">
        <h2 id="project-plan-title">Timeline and 30-day plan</h2>
        <Link href={`/projects/${project.id}/plan`} className="button button-primary">
          {plan ? 'Open the 30-day plan' : 'Plan the 30 days'}
        </Link>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className={`timeline-verdict timeline-${verdict.verdict}`} data-testid="timeline-verdict">
        {verdict.text}
      </p>
      {timeline?.priorityRank === 1 && (
        <p>
          <strong className="badge badge-priority">Priority 1</strong> The project to take through
          the 30 days first.
        </p>
      )}
      {progress && (
        <div className="project-plan-progress">
          <ProgressBar progress={progress} label="30-day plan: progress" />
          {progress.overdue > 0 && (
            <p className="flag-red" role="status">
              <strong>
                {progress.overdue === 1
                  ? '1 task is overdue'
                  : `${progress.overdue} tasks are overdue`}
              </strong>{' '}
              in the 30-day plan.
            </p>
          )}
        </div>
      )}
      {plan === null && (
        <p className="muted">No plan yet: it is built from the latest final audit.</p>
      )}
      {timeline && !readOnly && <TimelineForm timeline={timeline} onSaved={setTimeline} />}
    </section>
  );
}

function TimelineForm({
  timeline,
  onSaved,
}: {
  timeline: ProjectTimeline;
  onSaved: (t: ProjectTimeline) => void;
}) {
  const notify = useAppStore((s) => s.notify);
  const [first, setFirst] = useState(timeline.firstProductionOn ?? '');
  const [rank, setRank] = useState(
    timeline.priorityRank === null ? '' : String(timeline.priorityRank),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const n = rank.trim() === '' ? null : Number(rank);
    const r = await api['timeline.save']({
      projectId: timeline.projectId,
      firstProductionOn: first === '' ? null : first,
      priorityRank: n !== null && Number.isNaN(n) ? (rank as unknown as number) : n,
    });
    if (r.ok) {
      setErrors({});
      onSaved(r.data);
      notify('success', 'Saved the timeline.');
    } else
      setErrors(
        Object.fromEntries(
          (r.error.issues ?? [{ path: '', message: r.error.message }]).map((i) => [
            i.path,
            i.message,
          ]),
        ),
      );
  };
  return (
    <Form
      className="form-row timeline-form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextInputField
        label="First production deployment"
        type="date"
        value={first}
        onChange={setFirst}
        error={errors.firstProductionOn}
        description="Empty while not in production"
      />
      <TextInputField
        label="Priority rank"
        value={rank}
        onChange={setRank}
        error={errors.priorityRank}
        description="1 = take it through the 30 days first"
      />
      <Button type="submit" className="button">
        Save timeline
      </Button>
      {errors[''] && (
        <p role="alert" className="form-error">
          {errors['']}
        </p>
      )}
    </Form>
  );
}
