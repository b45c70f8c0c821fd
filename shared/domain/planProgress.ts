import { CLOSED_STATUSES, PLAN_SECTIONS, type PlanSectionKey, type PlanTask } from './plan';

// Progress and overdue work of a plan: one set of pure functions for the plan page, the
// portfolio, the CLI and the report. "Today" is always passed in as a calendar date.

type TaskState = Pick<PlanTask, 'status' | 'dueOn'>;

export const isClosed = (t: Pick<PlanTask, 'status'>): boolean =>
  CLOSED_STATUSES.includes(t.status);

/** Open (to do, in progress, blocked) and due before today: the due day itself is not late. */
export const isOverdue = (t: TaskState, today: string): boolean => !isClosed(t) && t.dueOn < today;

export function overdueTasks<T extends TaskState>(tasks: readonly T[], today: string): T[] {
  return tasks.filter((t) => isOverdue(t, today));
}

export interface Progress {
  total: number;
  /** Done or skipped (skipped counts: the decision is made). */
  closed: number;
  done: number;
  skipped: number;
  blocked: number;
  overdue: number;
  /** closed / total as a whole percent, rounded down (100 only when everything is closed); null when empty. */
  percent: number | null;
}

export function progressOf(tasks: readonly TaskState[], today: string): Progress {
  let closed = 0;
  let done = 0;
  let skipped = 0;
  let blocked = 0;
  let overdue = 0;
  for (const t of tasks) {
    if (isClosed(t)) closed++;
    if (t.status === 'done') done++;
    if (t.status === 'skipped') skipped++;
    if (t.status === 'blocked') blocked++;
    if (isOverdue(t, today)) overdue++;
  }
  const total = tasks.length;
  return {
    total,
    closed,
    done,
    skipped,
    blocked,
    overdue,
    percent: total === 0 ? null : Math.floor((closed * 100) / total),
  };
}

/** Progress per week (and the after-day-30 section), in plan order. */
export function progressBySection(
  tasks: readonly (TaskState & Pick<PlanTask, 'section'>)[],
  today: string,
): { section: PlanSectionKey; progress: Progress }[] {
  return PLAN_SECTIONS.map((section) => ({
    section,
    progress: progressOf(
      tasks.filter((t) => t.section === section),
      today,
    ),
  }));
}

/** Progress of the 30 days themselves: the four weeks, without the sprint that follows. */
export function thirtyDayProgress(
  tasks: readonly (TaskState & Pick<PlanTask, 'section'>)[],
  today: string,
): Progress {
  return progressOf(
    tasks.filter((t) => t.section !== 'after'),
    today,
  );
}

/**
 * The seam to the governance checkpoints (built by another feature): week 4's checkpoint task
 * links here. The path is the renderer's route for a project's checkpoints page.
 */
export const governanceCheckpointsPath = (projectId: string): string =>
  `/projects/${projectId}/checkpoints`;
