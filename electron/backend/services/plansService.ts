import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Audit } from '../../../shared/domain/audit';
import { localToday } from '../../../shared/domain/calendar';
import {
  STATUSES_WITH_REASON,
  TASKS_PER_PLAN_MAX,
  TASK_STATUS_LABELS,
  type Plan,
  type PlanSectionKey,
  type PlanSummary,
  type PlanTask,
  type ProjectTimeline,
  type ReplanPreview,
  type TaskPatch,
} from '../../../shared/domain/plan';
import { generatePlanTasks, replanDiff } from '../../../shared/domain/planGeneration';
import { defaultDueOn } from '../../../shared/domain/planSections';
import type { Project } from '../../../shared/domain/project';
import { AuditsRepository } from '../repositories/auditsRepository';
import { PlansRepository } from '../repositories/plansRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { DomainError } from './DomainError';
import { writeChange, type ServiceContext } from './ServiceContext';

const SECTION_WORDS: Record<PlanSectionKey, string> = {
  week_1: 'week 1',
  week_2: 'week 2',
  week_3: 'week 3',
  week_4: 'week 4',
  after: 'the sprint after day 30',
};

/** The newest final audit: latest date, then latest finalised. */
export function latestFinalAudit(audits: readonly Audit[]): Audit | undefined {
  let best: Audit | undefined;
  for (const a of audits) {
    if (a.status !== 'final') continue;
    if (
      !best ||
      a.takenOn > best.takenOn ||
      (a.takenOn === best.takenOn && (a.finalizedAt ?? '') > (best.finalizedAt ?? ''))
    )
      best = a;
  }
  return best;
}

/**
 * The 30-day plan: generated from the latest final audit, then the user's own. Every change is
 * one transaction with its history event; re-planning only adds tasks and closes the ones the
 * user chose, so no edit, status, owner, note, order or hand-made task is ever lost.
 */
export class PlansService {
  private readonly repo: PlansRepository;
  private readonly projects: ProjectsRepository;
  private readonly audits: AuditsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repo = new PlansRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
    this.audits = new AuditsRepository(ctx.db);
  }

  private today(): string {
    return localToday(this.ctx.now());
  }

  get(projectId: string): Plan | null {
    this.project(projectId);
    return this.repo.get(projectId) ?? null;
  }

  overview(): PlanSummary[] {
    return this.repo.overview(this.today());
  }

  generate(input: ParsedInputOf<'plans.generate'>): Plan {
    return writeChange(this.ctx, (at) => {
      const project = this.writableProject(input.projectId);
      if (this.repo.get(project.id)) {
        throw new DomainError(
          'CONFLICT',
          `“${project.name}” already has a plan. Re-plan it from the newest audit instead.`,
        );
      }
      const audit = this.latestFinal(project);
      const startOn = input.startOn ?? this.today();
      this.repo.insertPlan({
        projectId: project.id,
        startOn,
        auditId: audit.id,
        createdAt: at,
        updatedAt: at,
      });
      const positions = new Map<PlanSectionKey, number>();
      for (const d of generatePlanTasks(audit, startOn)) {
        const position = positions.get(d.section) ?? 0;
        positions.set(d.section, position + 1);
        this.repo.insertTask({
          id: randomUUID(),
          projectId: project.id,
          section: d.section,
          position,
          origin: d.origin,
          practiceKey: d.practiceKey,
          auditId: audit.id,
          title: d.title,
          description: d.description,
          dueOn: d.dueOn,
          owner: '',
          status: d.status,
          statusReason: '',
          notes: '',
          createdAt: at,
          updatedAt: at,
        });
      }
      const plan = this.mustGet(project.id);
      return {
        result: plan,
        event: this.event(
          project,
          project.id,
          'generate',
          `Built the 30-day plan from “${audit.title}” (${plan.tasks.length} tasks, starting ${startOn})`,
          null,
          {
            startOn,
            auditId: audit.id,
            tasks: plan.tasks.length,
          },
        ),
      };
    });
  }

  addTask(input: ParsedInputOf<'plans.addTask'>): PlanTask {
    return writeChange(this.ctx, (at) => {
      const project = this.writableProject(input.projectId);
      const plan = this.planOf(project);
      if (plan.tasks.length >= TASKS_PER_PLAN_MAX) {
        throw new DomainError(
          'RULE_VIOLATION',
          `A plan holds at most ${TASKS_PER_PLAN_MAX} tasks.`,
        );
      }
      const task: PlanTask = {
        id: randomUUID(),
        projectId: project.id,
        section: input.section,
        position: plan.tasks.filter((t) => t.section === input.section).length,
        origin: 'manual',
        practiceKey: null,
        auditId: null,
        title: input.title,
        description: input.description,
        dueOn: input.dueOn ?? defaultDueOn(plan.startOn, input.section),
        owner: input.owner,
        status: 'todo',
        statusReason: '',
        notes: '',
        createdAt: at,
        updatedAt: at,
      };
      this.repo.insertTask(task);
      this.repo.touchPlan(project.id, plan.auditId, at);
      return {
        result: task,
        event: this.event(
          project,
          task.id,
          'task.add',
          `Added task “${task.title}” to the plan`,
          null,
          task,
        ),
      };
    });
  }

  updateTask(id: string, patch: TaskPatch): PlanTask {
    return writeChange(this.ctx, (at) => {
      const { project, task: before } = this.writableTask(id);
      const status = patch.status ?? before.status;
      const keepsReason = STATUSES_WITH_REASON.includes(status);
      const after: PlanTask = {
        ...before,
        ...patch,
        // A reason belongs to a blocked or skipped status; moving on clears it.
        statusReason: keepsReason ? (patch.statusReason ?? before.statusReason) : '',
        updatedAt: at,
      };
      if (keepsReason && after.statusReason.length === 0) {
        throw new DomainError(
          'INVALID_INPUT',
          'Say why: a blocked or skipped task needs a reason.',
          [
            {
              path: 'patch.statusReason',
              message: 'Say why: a blocked or skipped task needs a reason',
            },
          ],
        );
      }
      this.repo.updateTask(after);
      this.repo.touchPlan(project.id, this.planOf(project).auditId, at);
      const changed = Object.keys(patch) as (keyof TaskPatch)[];
      const summary =
        patch.status !== undefined && patch.status !== before.status
          ? `Marked “${after.title}” ${TASK_STATUS_LABELS[after.status].toLowerCase()}${after.statusReason ? `: ${after.statusReason}` : ''}`
          : `Changed task “${after.title}”`;
      return {
        result: after,
        event: this.event(
          project,
          after.id,
          'task.update',
          summary,
          pick(before, changed),
          pick(after, changed),
        ),
      };
    });
  }

  moveTask(input: ParsedInputOf<'plans.moveTask'>): Plan {
    return writeChange(this.ctx, (at) => {
      const { project, task } = this.writableTask(input.id);
      const plan = this.planOf(project);
      const target = plan.tasks.filter((t) => t.section === input.section && t.id !== task.id);
      const index = Math.min(input.index, target.length);
      target.splice(index, 0, task);
      target.forEach((t, i) => {
        if (t.id === task.id || t.position !== i) this.repo.setPosition(t.id, input.section, i, at);
      });
      if (task.section !== input.section) {
        const left = plan.tasks.filter((t) => t.section === task.section && t.id !== task.id);
        left.forEach((t, i) => {
          if (t.position !== i) this.repo.setPosition(t.id, t.section, i, at);
        });
      }
      this.repo.touchPlan(project.id, plan.auditId, at);
      return {
        result: this.mustGet(project.id),
        event: this.event(
          project,
          task.id,
          'task.move',
          `Moved “${task.title}” to place ${index + 1}${task.section === input.section ? '' : ` in ${SECTION_WORDS[input.section]}`}`,
          { section: task.section, position: task.position },
          { section: input.section, position: index },
        ),
      };
    });
  }

  deleteTask(id: string): { id: string } {
    return writeChange(this.ctx, () => {
      const { project, task } = this.writableTask(id);
      if (task.origin !== 'manual') {
        throw new DomainError(
          'RULE_VIOLATION',
          'Only a task added by hand can be deleted; skip a planned task with a reason instead.',
        );
      }
      this.repo.deleteTask(id);
      const rest = this.repo.tasks(project.id).filter((t) => t.section === task.section);
      const at = this.ctx.now().toISOString();
      rest.forEach((t, i) => {
        if (t.position !== i) this.repo.setPosition(t.id, t.section, i, at);
      });
      return {
        result: { id },
        event: this.event(project, id, 'task.delete', `Deleted task “${task.title}”`, task, null),
      };
    });
  }

  replanPreview(projectId: string): ReplanPreview {
    const project = this.project(projectId);
    const plan = this.planOf(project);
    const audit = this.latestFinal(project);
    return replanDiff(audit, plan.tasks, plan.startOn, project.id);
  }

  replanApply(input: ParsedInputOf<'plans.replanApply'>): Plan {
    return writeChange(this.ctx, (at) => {
      const project = this.writableProject(input.projectId);
      const plan = this.planOf(project);
      const audit = this.latestFinal(project);
      if (audit.id !== input.auditId) {
        throw new DomainError(
          'CONFLICT',
          'A newer audit was finalised since this preview. Look at the preview again.',
        );
      }
      const diff = replanDiff(audit, plan.tasks, plan.startOn, project.id);
      const closable = new Set(diff.toClose.map((c) => c.taskId));
      const notOffered = input.closeTaskIds.filter((id) => !closable.has(id));
      if (notOffered.length > 0) {
        throw new DomainError(
          'RULE_VIOLATION',
          'Only tasks whose practice the newest audit finds in place can be closed by re-planning.',
          [{ path: 'closeTaskIds', message: 'Not offered for closing' }],
        );
      }
      const counts = new Map<PlanSectionKey, number>();
      for (const t of plan.tasks) counts.set(t.section, (counts.get(t.section) ?? 0) + 1);
      for (const a of diff.toAdd) {
        const position = counts.get(a.section) ?? 0;
        counts.set(a.section, position + 1);
        this.repo.insertTask({
          id: randomUUID(),
          projectId: project.id,
          section: a.section,
          position,
          origin: 'practice',
          practiceKey: a.practiceKey,
          auditId: audit.id,
          title: a.title,
          description: a.description,
          dueOn: a.dueOn,
          owner: '',
          status: 'todo',
          statusReason: '',
          notes: '',
          createdAt: at,
          updatedAt: at,
        });
      }
      // Closing sets the status only: title, owner, notes, due date and place stay the user's.
      for (const t of plan.tasks)
        if (input.closeTaskIds.includes(t.id))
          this.repo.updateTask({ ...t, status: 'done', statusReason: '', updatedAt: at });
      this.repo.touchPlan(project.id, audit.id, at);
      return {
        result: this.mustGet(project.id),
        event: this.event(
          project,
          project.id,
          'replan',
          `Re-planned from “${audit.title}”: ${diff.toAdd.length} added, ${input.closeTaskIds.length} closed`,
          { auditId: plan.auditId },
          {
            auditId: audit.id,
            added: diff.toAdd.map((a) => a.practiceKey),
            closed: input.closeTaskIds,
          },
        ),
      };
    });
  }

  timeline(projectId: string): ProjectTimeline {
    this.project(projectId);
    return this.repo.timeline(projectId);
  }

  saveTimeline(input: ParsedInputOf<'timeline.save'>): ProjectTimeline {
    return writeChange(this.ctx, (at) => {
      const project = this.writableProject(input.projectId);
      const before = this.repo.timeline(project.id);
      const after: ProjectTimeline = {
        projectId: project.id,
        firstProductionOn:
          input.firstProductionOn === undefined
            ? before.firstProductionOn
            : input.firstProductionOn,
        priorityRank: input.priorityRank === undefined ? before.priorityRank : input.priorityRank,
      };
      if (
        after.firstProductionOn !== null &&
        project.pocApprovedOn !== null &&
        after.firstProductionOn < project.pocApprovedOn
      ) {
        throw new DomainError(
          'INVALID_INPUT',
          'The first production date cannot be before the PoC approval.',
          [{ path: 'firstProductionOn', message: 'Before the PoC approval date' }],
        );
      }
      this.repo.saveTimeline(after, at);
      const parts = [
        input.firstProductionOn !== undefined &&
          (after.firstProductionOn === null
            ? 'cleared the first production date'
            : `first in production on ${after.firstProductionOn}`),
        input.priorityRank !== undefined &&
          (after.priorityRank === null
            ? 'removed from the priority ranking'
            : `ranked ${after.priorityRank} in priority`),
      ].filter((s): s is string => typeof s === 'string');
      return {
        result: after,
        event: this.event(
          project,
          project.id,
          'timeline',
          `“${project.name}”: ${parts.join(', ')}`,
          before,
          after,
          'timeline',
        ),
      };
    });
  }

  private mustGet(projectId: string): Plan {
    const plan = this.repo.get(projectId);
    if (!plan) throw new DomainError('NOT_FOUND', 'That plan no longer exists.');
    return plan;
  }

  private planOf(project: Project): Plan {
    const plan = this.repo.get(project.id);
    if (!plan) {
      throw new DomainError(
        'NOT_FOUND',
        `“${project.name}” has no plan yet. Build it from its audit first.`,
      );
    }
    return plan;
  }

  private latestFinal(project: Project): Audit {
    const audit = latestFinalAudit(this.audits.listForProject(project.id));
    if (!audit) {
      throw new DomainError(
        'RULE_VIOLATION',
        `“${project.name}” has no final audit yet: week 1 of the plan is the audit. Finalise one first.`,
      );
    }
    return audit;
  }

  private project(id: string): Project {
    const p = this.projects.get(id);
    if (!p) throw new DomainError('NOT_FOUND', 'That project no longer exists.');
    return p;
  }

  private writableProject(id: string): Project {
    const p = this.project(id);
    if (p.archivedAt !== null) {
      throw new DomainError('READ_ONLY', `“${p.name}” is archived. Restore it to change its plan.`);
    }
    return p;
  }

  private writableTask(id: string): { project: Project; task: PlanTask } {
    const task = this.repo.task(id);
    if (!task) throw new DomainError('NOT_FOUND', 'That task no longer exists.');
    return { project: this.writableProject(task.projectId), task };
  }

  private event(
    project: Project,
    entityId: string,
    action: string,
    summary: string,
    before: unknown,
    after: unknown,
    entity = 'plan',
  ) {
    return { entity, entityId, projectId: project.id, action, summary, before, after };
  }
}

function pick<T extends object>(o: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) out[k] = o[k];
  return out;
}
