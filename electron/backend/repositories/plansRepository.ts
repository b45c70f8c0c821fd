import type {
  Plan,
  PlanSectionKey,
  PlanSummary,
  PlanTask,
  ProjectTimeline,
  TaskOrigin,
  TaskStatus,
} from '../../../shared/domain/plan';
import type { Db } from '../database/openDatabase';
import { prepared } from './preparedStatement';

interface PlanRow {
  project_id: string;
  start_on: string;
  audit_id: string | null;
  created_at: string;
  updated_at: string;
}

interface TaskRow {
  id: string;
  project_id: string;
  section: PlanSectionKey;
  position: number;
  origin: TaskOrigin;
  practice_key: string | null;
  audit_id: string | null;
  title: string;
  description: string;
  due_on: string;
  owner: string;
  status: TaskStatus;
  status_reason: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const SECTION_ORDER = `CASE section WHEN 'week_1' THEN 1 WHEN 'week_2' THEN 2 WHEN 'week_3' THEN 3
  WHEN 'week_4' THEN 4 ELSE 5 END`;

const toTask = (r: TaskRow): PlanTask => ({
  id: r.id,
  projectId: r.project_id,
  section: r.section,
  position: r.position,
  origin: r.origin,
  practiceKey: r.practice_key,
  auditId: r.audit_id,
  title: r.title,
  description: r.description,
  dueOn: r.due_on,
  owner: r.owner,
  status: r.status,
  statusReason: r.status_reason,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Plans, their tasks, and each project's timeline record. */
export class PlansRepository {
  constructor(private readonly db: Db) {}

  get(projectId: string): Plan | undefined {
    const row = prepared<[string], PlanRow>(
      this.db,
      'SELECT * FROM plans WHERE project_id = ?',
    ).get(projectId);
    if (!row) return undefined;
    return {
      projectId: row.project_id,
      startOn: row.start_on,
      auditId: row.audit_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      tasks: this.tasks(projectId),
    };
  }

  tasks(projectId: string): PlanTask[] {
    return prepared<[string], TaskRow>(
      this.db,
      `SELECT * FROM plan_tasks WHERE project_id = ? ORDER BY ${SECTION_ORDER}, position`,
    )
      .all(projectId)
      .map(toTask);
  }

  task(id: string): PlanTask | undefined {
    const row = prepared<[string], TaskRow>(this.db, 'SELECT * FROM plan_tasks WHERE id = ?').get(
      id,
    );
    return row ? toTask(row) : undefined;
  }

  insertPlan(p: Omit<Plan, 'tasks'>): void {
    prepared(
      this.db,
      `INSERT INTO plans (project_id, start_on, audit_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(p.projectId, p.startOn, p.auditId, p.createdAt, p.updatedAt);
  }

  touchPlan(projectId: string, auditId: string | null, at: string): void {
    prepared(this.db, 'UPDATE plans SET audit_id = ?, updated_at = ? WHERE project_id = ?').run(
      auditId,
      at,
      projectId,
    );
  }

  insertTask(t: PlanTask): void {
    prepared(
      this.db,
      `INSERT INTO plan_tasks (id, project_id, section, position, origin, practice_key, audit_id,
         title, description, due_on, owner, status, status_reason, notes, created_at, updated_at)
       VALUES (@id, @projectId, @section, @position, @origin, @practiceKey, @auditId, @title,
         @description, @dueOn, @owner, @status, @statusReason, @notes, @createdAt, @updatedAt)`,
    ).run(t);
  }

  updateTask(t: PlanTask): void {
    prepared(
      this.db,
      `UPDATE plan_tasks SET section = @section, position = @position, title = @title,
         description = @description, due_on = @dueOn, owner = @owner, status = @status,
         status_reason = @statusReason, notes = @notes, updated_at = @updatedAt
       WHERE id = @id`,
    ).run({
      id: t.id,
      section: t.section,
      position: t.position,
      title: t.title,
      description: t.description,
      dueOn: t.dueOn,
      owner: t.owner,
      status: t.status,
      statusReason: t.statusReason,
      notes: t.notes,
      updatedAt: t.updatedAt,
    });
  }

  setPosition(id: string, section: PlanSectionKey, position: number, at: string): void {
    prepared(
      this.db,
      'UPDATE plan_tasks SET section = ?, position = ?, updated_at = ? WHERE id = ?',
    ).run(section, position, at, id);
  }

  deleteTask(id: string): void {
    prepared(this.db, 'DELETE FROM plan_tasks WHERE id = ?').run(id);
  }

  timeline(projectId: string): ProjectTimeline {
    const row = prepared<
      [string],
      { first_production_on: string | null; priority_rank: number | null }
    >(
      this.db,
      'SELECT first_production_on, priority_rank FROM project_timeline WHERE project_id = ?',
    ).get(projectId);
    return {
      projectId,
      firstProductionOn: row?.first_production_on ?? null,
      priorityRank: row?.priority_rank ?? null,
    };
  }

  saveTimeline(t: ProjectTimeline, at: string): void {
    prepared(
      this.db,
      `INSERT INTO project_timeline (project_id, first_production_on, priority_rank, updated_at)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (project_id) DO UPDATE SET first_production_on = excluded.first_production_on,
         priority_rank = excluded.priority_rank, updated_at = excluded.updated_at`,
    ).run(t.projectId, t.firstProductionOn, t.priorityRank, at);
  }

  /**
   * One row per active project that has a plan or a timeline record: counts in SQL with one
   * grouped pass over the tasks (the portfolio of 1,000 projects reads this, within 20 ms).
   */
  overview(today: string): PlanSummary[] {
    type Row = {
      project_id: string;
      start_on: string | null;
      total: number;
      closed: number;
      overdue: number;
      blocked: number;
      first_production_on: string | null;
      priority_rank: number | null;
    };
    const rows = prepared<[string], Row>(
      this.db,
      `WITH counts AS (
         SELECT project_id, count(*) AS total,
           sum(status IN ('done', 'skipped')) AS closed,
           sum(status NOT IN ('done', 'skipped') AND due_on < ?) AS overdue,
           sum(status = 'blocked') AS blocked
         FROM plan_tasks GROUP BY project_id)
       SELECT p.id AS project_id, pl.start_on, coalesce(c.total, 0) AS total,
         coalesce(c.closed, 0) AS closed, coalesce(c.overdue, 0) AS overdue,
         coalesce(c.blocked, 0) AS blocked, t.first_production_on, t.priority_rank
       FROM projects p
       LEFT JOIN plans pl ON pl.project_id = p.id
       LEFT JOIN counts c ON c.project_id = p.id
       LEFT JOIN project_timeline t ON t.project_id = p.id
       WHERE p.archived_at IS NULL AND (pl.project_id IS NOT NULL OR t.project_id IS NOT NULL)`,
    ).all(today);
    return rows.map((r) => ({
      projectId: r.project_id,
      hasPlan: r.start_on !== null,
      startOn: r.start_on,
      total: r.total,
      closed: r.closed,
      overdue: r.overdue,
      blocked: r.blocked,
      firstProductionOn: r.first_production_on,
      priorityRank: r.priority_rank,
    }));
  }
}
