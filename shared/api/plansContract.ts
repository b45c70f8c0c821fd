import { z } from 'zod';
import {
  addTaskSchema,
  generatePlanSchema,
  moveTaskSchema,
  replanApplySchema,
  setTimelineSchema,
  updateTaskSchema,
  type Plan,
  type PlanSummary,
  type PlanTask,
  type ProjectTimeline,
  type ReplanPreview,
} from '../domain/plan';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

const byProject = z.object({ projectId: recordId }).strict();
const byId = z.object({ id: recordId }).strict();

export const plansContract = {
  /** The project's plan, or null when it has none yet. */
  'plans.get': channel<Plan | null>()(byProject),
  /** Builds the plan from the latest final audit (RULE_VIOLATION without one; CONFLICT if a plan exists). */
  'plans.generate': channel<Plan>()(generatePlanSchema),
  'plans.addTask': channel<PlanTask>()(addTaskSchema),
  'plans.updateTask': channel<PlanTask>()(updateTaskSchema),
  /** Moves a task to a place in a section (the others close up): by mouse or by keyboard. */
  'plans.moveTask': channel<Plan>()(moveTaskSchema),
  /** Hand-made tasks only: a generated task is skipped with a reason instead. */
  'plans.deleteTask': channel<{ id: string }>()(byId),
  /** What re-planning from the newest final audit would add and offer to close. */
  'plans.replanPreview': channel<ReplanPreview>()(byProject),
  'plans.replanApply': channel<Plan>()(replanApplySchema),
  /** Per project: plan progress, overdue and blocked counts, first production date and rank. */
  'plans.overview': channel<PlanSummary[]>()(z.object({}).strict()),
  'timeline.get': channel<ProjectTimeline>()(byProject),
  'timeline.save': channel<ProjectTimeline>()(setTimelineSchema),
};
