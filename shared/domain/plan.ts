import { z } from 'zod';
import { isoDate, multiLine, recordId, singleLine } from './textFields';

// The 30-day plan of a project: entity shapes and the strict schemas every plan channel uses.
// Sections are the four weeks and the productionization sprint after day 30; stored as text.

export const PLAN_SECTIONS = ['week_1', 'week_2', 'week_3', 'week_4', 'after'] as const;
export type PlanSectionKey = (typeof PLAN_SECTIONS)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  skipped: 'Skipped',
};
/** Statuses that need a reason in words (what blocks it, why it is not worth doing). */
export const STATUSES_WITH_REASON: readonly TaskStatus[] = ['blocked', 'skipped'];
/** Statuses that close a task: it no longer counts as open or overdue. */
export const CLOSED_STATUSES: readonly TaskStatus[] = ['done', 'skipped'];

/** Where a task came from: the audit (one per open practice), the plan's own steps, or a person. */
export const TASK_ORIGINS = ['practice', 'milestone', 'manual'] as const;
export type TaskOrigin = (typeof TASK_ORIGINS)[number];

export const TASK_TITLE_MAX = 200;
export const TASK_TEXT_MAX = 4000;
export const TASKS_PER_PLAN_MAX = 500;

export interface PlanTask {
  id: string;
  projectId: string;
  section: PlanSectionKey;
  /** 0-based place within its section. */
  position: number;
  origin: TaskOrigin;
  /** The practice a 'practice' task closes; a 'milestone' task's step key (e.g. 'audit'). */
  practiceKey: string | null;
  /** The audit a task was generated from (week 1 links to the audit that closes it). */
  auditId: string | null;
  title: string;
  description: string;
  dueOn: string;
  owner: string;
  status: TaskStatus;
  /** Required for blocked and skipped, empty otherwise. */
  statusReason: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface Plan {
  projectId: string;
  /** Day 1 of the plan. */
  startOn: string;
  /** The latest final audit the plan was built or re-planned from. */
  auditId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Every task, by section then position. */
  tasks: PlanTask[];
}

const reasonText = singleLine('The reason', 500);

const statusFields = {
  status: z.enum(TASK_STATUSES, { error: 'Choose a status' }),
  statusReason: reasonText,
};

const requireReason = (v: { status?: TaskStatus | undefined; statusReason?: string | undefined }) =>
  v.status === undefined ||
  !STATUSES_WITH_REASON.includes(v.status) ||
  (v.statusReason !== undefined && v.statusReason.length > 0);
const reasonIssue = {
  message: 'Say why: a blocked or skipped task needs a reason',
  path: ['statusReason'],
};

export const generatePlanSchema = z
  .object({ projectId: recordId, startOn: isoDate('Start date').optional() })
  .strict();

export const addTaskSchema = z
  .object({
    projectId: recordId,
    section: z.enum(PLAN_SECTIONS, { error: 'Choose a week' }),
    title: singleLine('Title', TASK_TITLE_MAX, { required: true }),
    description: multiLine('Description', TASK_TEXT_MAX).default(''),
    dueOn: isoDate('Due date').optional(),
    owner: singleLine('Owner', 120).default(''),
  })
  .strict();

export const taskPatchSchema = z
  .object({
    title: singleLine('Title', TASK_TITLE_MAX, { required: true }),
    description: multiLine('Description', TASK_TEXT_MAX),
    dueOn: isoDate('Due date'),
    owner: singleLine('Owner', 120),
    notes: multiLine('Notes', TASK_TEXT_MAX),
    ...statusFields,
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' })
  .refine(requireReason, reasonIssue);

export const updateTaskSchema = z.object({ id: recordId, patch: taskPatchSchema }).strict();

export const moveTaskSchema = z
  .object({
    id: recordId,
    section: z.enum(PLAN_SECTIONS, { error: 'Choose a week' }),
    index: z
      .number({ error: 'The place must be a number' })
      .int({ message: 'The place must be a whole number' })
      .min(0, { message: 'The place cannot be negative' })
      .max(TASKS_PER_PLAN_MAX, { message: `At most ${TASKS_PER_PLAN_MAX}` }),
  })
  .strict();

export const replanApplySchema = z
  .object({
    projectId: recordId,
    /** The audit the preview was made from: refused if a newer one finalised meanwhile. */
    auditId: recordId,
    /** Tasks whose practice is now met that the user chose to close (a subset of the preview). */
    closeTaskIds: z.array(recordId).max(TASKS_PER_PLAN_MAX).default([]),
  })
  .strict();

export const setTimelineSchema = z
  .object({
    projectId: recordId,
    firstProductionOn: isoDate('First production date').nullable().optional(),
    /** 1 = the project to take through the 30 days first; null = not ranked. */
    priorityRank: z
      .number({ error: 'The rank must be a number' })
      .int({ message: 'The rank must be a whole number' })
      .min(1, { message: 'The rank starts at 1' })
      .max(100_000, { message: 'The rank is too large' })
      .nullable()
      .optional(),
  })
  .strict()
  .refine((v) => v.firstProductionOn !== undefined || v.priorityRank !== undefined, {
    message: 'Nothing to change',
  });

export type AddTaskInput = z.input<typeof addTaskSchema>;
export type TaskPatch = z.output<typeof taskPatchSchema>;

/** Per project: when it first served production and its rank in the portfolio's priority. */
export interface ProjectTimeline {
  projectId: string;
  firstProductionOn: string | null;
  priorityRank: number | null;
}

/** One practice task a re-plan would add, or one open task whose practice is now met. */
export interface ReplanPreview {
  projectId: string;
  /** The newest final audit, the one re-planning reads. */
  auditId: string;
  auditTitle: string;
  toAdd: {
    practiceKey: string;
    section: PlanSectionKey;
    title: string;
    description: string;
    dueOn: string;
  }[];
  toClose: { taskId: string; practiceKey: string; title: string }[];
}

/** One row of the portfolio's plan overview (projects with a plan or a timeline record). */
export interface PlanSummary {
  projectId: string;
  hasPlan: boolean;
  startOn: string | null;
  total: number;
  closed: number;
  overdue: number;
  blocked: number;
  firstProductionOn: string | null;
  priorityRank: number | null;
}
