import type { Project, ProjectFields } from '../../../shared/domain/project';
import type { Db } from '../database/openDatabase';

interface Row {
  id: string;
  name: string;
  description: string;
  owner: string;
  team: string;
  kind: Project['kind'];
  stage: Project['stage'];
  poc_approved_on: string | null;
  target_on: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const toProject = (r: Row): Project => ({
  id: r.id,
  name: r.name,
  description: r.description,
  owner: r.owner,
  team: r.team,
  kind: r.kind,
  stage: r.stage,
  pocApprovedOn: r.poc_approved_on,
  targetOn: r.target_on,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toParams = (p: Project) => ({
  id: p.id,
  name: p.name,
  description: p.description,
  owner: p.owner,
  team: p.team,
  kind: p.kind,
  stage: p.stage,
  poc_approved_on: p.pocApprovedOn,
  target_on: p.targetOn,
  archived_at: p.archivedAt,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

export class ProjectsRepository {
  constructor(private readonly db: Db) {}

  list(): Project[] {
    return this.db
      .prepare<[], Row>('SELECT * FROM projects ORDER BY name COLLATE NOCASE, created_at')
      .all()
      .map(toProject);
  }

  get(id: string): Project | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM projects WHERE id = ?').get(id);
    return row && toProject(row);
  }

  /** An active project (other than `exceptId`) whose name matches, ignoring case. */
  findActiveByName(name: string, exceptId?: string): Project | undefined {
    const key = nameKey(name);
    return this.list().find(
      (p) => p.archivedAt === null && p.id !== exceptId && nameKey(p.name) === key,
    );
  }

  insert(p: Project): void {
    this.db
      .prepare(
        `INSERT INTO projects (id, name, description, owner, team, kind, stage, poc_approved_on,
           target_on, archived_at, created_at, updated_at)
         VALUES (@id, @name, @description, @owner, @team, @kind, @stage, @poc_approved_on,
           @target_on, @archived_at, @created_at, @updated_at)`,
      )
      .run(toParams(p));
  }

  update(p: Project): void {
    this.db
      .prepare(
        `UPDATE projects SET name = @name, description = @description, owner = @owner, team = @team,
           kind = @kind, stage = @stage, poc_approved_on = @poc_approved_on, target_on = @target_on,
           archived_at = @archived_at, updated_at = @updated_at
         WHERE id = @id`,
      )
      .run(toParams(p));
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM projects WHERE id = ?').run(id);
  }
}

/**
 * Names compare case-insensitively in every script (SQLite's NOCASE folds ASCII only, so the
 * unique index is a backstop and this is the rule) and in one Unicode normal form.
 */
export const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

export type { ProjectFields };
