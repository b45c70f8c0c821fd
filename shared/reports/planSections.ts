import { z } from 'zod';
import { formatDay } from '../domain/formatDay';
import {
  PLAN_SECTIONS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type Plan,
  type PlanSummary,
  type PlanTask,
} from '../domain/plan';
import {
  isOverdue,
  progressBySection,
  progressOf,
  thirtyDayProgress,
  type Progress,
} from '../domain/planProgress';
import { planWindows } from '../domain/planSections';
import { GAPS } from '../framework/gaps';
import type { GapKey } from '../framework/types';
import { pendingSchema } from './reportParts';

// The 30-day plan in the reports (issue 8), from the plan page's own pure functions
// (planProgress.ts): the project report's "Plan progress" (by week, overdue tasks), each gap's
// plan tasks with owners and due dates, and the portfolio's "Plan progress" column. The schemas
// still accept the pending line that earlier reports of format 1 carried, so their JSON stays
// valid.

const progressSchema = z
  .object({
    total: z.number().int().min(0),
    closed: z.number().int().min(0),
    overdue: z.number().int().min(0),
    blocked: z.number().int().min(0),
    /** Closed / total as a whole percent, rounded down; null when there is no task. */
    percent: z.number().int().min(0).max(100).nullable(),
  })
  .strict();

export const planTaskRowSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    owner: z.string(),
    dueOn: z.string(),
    /** The due date as every format prints it. */
    dueText: z.string(),
    status: z.enum(TASK_STATUSES),
    statusLabel: z.string(),
    statusReason: z.string(),
    overdue: z.boolean(),
    /** "Week 2: Versioning and a first fallback". */
    sectionTitle: z.string(),
  })
  .strict();
export type PlanTaskRow = z.infer<typeof planTaskRowSchema>;

export const planTasksSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      /** One line: how many tasks, closed, overdue; or that there is no plan or no task. */
      text: z.string(),
      tasks: z.array(planTaskRowSchema),
    })
    .strict(),
]);
export type PlanTasksSection = z.infer<typeof planTasksSchema>;

const weekSchema = z
  .object({
    section: z.enum(PLAN_SECTIONS),
    title: z.string(),
    startOn: z.string(),
    endOn: z.string(),
    progress: progressSchema,
    /** "3 of 5 closed, 1 overdue". */
    text: z.string(),
  })
  .strict();

export const planProgressSchema = z.discriminatedUnion('status', [
  pendingSchema,
  z
    .object({
      status: z.literal('ready'),
      hasPlan: z.boolean(),
      startOn: z.string().nullable(),
      /** The 30 days themselves (the four weeks, without the sprint after day 30). */
      thirtyDays: progressSchema,
      /** Every task, the sprint after day 30 included. */
      all: progressSchema,
      /** One line a manager reads first. */
      text: z.string(),
      weeks: z.array(weekSchema),
      /** Open tasks past their due date, oldest first. */
      overdue: z.array(planTaskRowSchema),
    })
    .strict(),
]);
export type PlanProgressSection = z.infer<typeof planProgressSchema>;

/** The portfolio's "Plan progress" cell; null when the project has no plan. */
export const portfolioPlanCellSchema = z
  .object({
    percent: z.number().int().nullable(),
    closed: z.number().int(),
    total: z.number().int(),
    overdue: z.number().int(),
    text: z.string(),
  })
  .strict();
export type PortfolioPlanCell = z.infer<typeof portfolioPlanCellSchema>;

const NO_PLAN = 'No 30-day plan yet: build one from the latest final audit on the Plan page.';

const progressFigures = (p: Progress) => ({
  total: p.total,
  closed: p.closed,
  overdue: p.overdue,
  blocked: p.blocked,
  percent: p.percent,
});

function countsText(p: Pick<Progress, 'total' | 'closed' | 'overdue' | 'blocked'>): string {
  const parts = [`${p.closed} of ${p.total} closed`];
  if (p.overdue > 0) parts.push(`${p.overdue} overdue`);
  if (p.blocked > 0) parts.push(`${p.blocked} blocked`);
  return parts.join(', ');
}

function taskRow(
  t: PlanTask,
  titles: ReadonlyMap<string, string>,
  today: string,
  locale: string | undefined,
): PlanTaskRow {
  return {
    id: t.id,
    title: t.title,
    owner: t.owner,
    dueOn: t.dueOn,
    dueText: formatDay(t.dueOn, locale),
    status: t.status,
    statusLabel: TASK_STATUS_LABELS[t.status],
    statusReason: t.statusReason,
    overdue: isOverdue(t, today),
    sectionTitle: titles.get(t.section) ?? t.section,
  };
}

const sectionTitles = (plan: Plan) =>
  new Map(planWindows(plan.startOn).map((w) => [w.key as string, w.title]));

/** The project report's "Plan progress": by week, then the overdue tasks. */
export function planProgressSection(
  plan: Plan | null,
  today: string,
  locale?: string,
): PlanProgressSection {
  if (!plan) {
    const empty = progressFigures(progressOf([], today));
    return {
      status: 'ready',
      hasPlan: false,
      startOn: null,
      thirtyDays: empty,
      all: empty,
      text: NO_PLAN,
      weeks: [],
      overdue: [],
    };
  }
  const windows = planWindows(plan.startOn);
  const titles = sectionTitles(plan);
  const thirty = thirtyDayProgress(plan.tasks, today);
  const all = progressOf(plan.tasks, today);
  const weeks = progressBySection(plan.tasks, today).map(({ section, progress }) => {
    const w = windows.find((x) => x.key === section);
    return {
      section,
      title: w?.title ?? section,
      startOn: w?.startOn ?? plan.startOn,
      endOn: w?.endOn ?? plan.startOn,
      progress: progressFigures(progress),
      text: progress.total === 0 ? 'No task' : countsText(progress),
    };
  });
  const overdue = plan.tasks
    .filter((t) => isOverdue(t, today))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .map((t) => taskRow(t, titles, today, locale));
  const started = `Started ${formatDay(plan.startOn, locale)}`;
  const text =
    thirty.total === 0
      ? `${started}; no task in the 30 days.`
      : `${started}: ${thirty.percent}% of the 30 days' tasks closed (${countsText(thirty)}).`;
  return {
    status: 'ready',
    hasPlan: true,
    startOn: plan.startOn,
    thirtyDays: progressFigures(thirty),
    all: progressFigures(all),
    text,
    weeks,
    overdue,
  };
}

const GAP_OF_PRACTICE: ReadonlyMap<string, GapKey> = new Map(
  GAPS.flatMap((g) => g.practices.map((p) => [p.key, g.key] as const)),
);

/** One gap's plan tasks: the tasks that close one of its practices, in plan order. */
export function gapPlanTasks(
  gap: GapKey,
  plan: Plan | null,
  today: string,
  locale?: string,
): PlanTasksSection {
  if (!plan) return { status: 'ready', text: 'No 30-day plan yet.', tasks: [] };
  const titles = sectionTitles(plan);
  const mine = plan.tasks.filter(
    (t) => t.practiceKey !== null && GAP_OF_PRACTICE.get(t.practiceKey) === gap,
  );
  if (mine.length === 0) {
    return { status: 'ready', text: 'No plan task for this gap.', tasks: [] };
  }
  const p = progressOf(mine, today);
  return {
    status: 'ready',
    text: `${mine.length} plan ${mine.length === 1 ? 'task' : 'tasks'}: ${countsText(p)}.`,
    tasks: mine.map((t) => taskRow(t, titles, today, locale)),
  };
}

/**
 * The portfolio's "Plan progress" cell, from the plan overview's counts: every task, the sprint
 * after day 30 included, as the portfolio screen's plan column counts them.
 */
export function portfolioPlanCell(s: PlanSummary | undefined): PortfolioPlanCell | null {
  if (!s || !s.hasPlan) return null;
  const percent = s.total === 0 ? null : Math.floor((s.closed * 100) / s.total);
  return {
    percent,
    closed: s.closed,
    total: s.total,
    overdue: s.overdue,
    text: `${percent === null ? 'No task' : `${s.closed}/${s.total} closed (${percent}%)`}${s.overdue > 0 ? `, ${s.overdue} overdue` : ''}`,
  };
}
