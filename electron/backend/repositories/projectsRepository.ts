import type { Project, ProjectFields } from '../../../shared/domain/project';
import { INVISIBLE } from '../../../shared/domain/textFields';
import type { Db } from '../database/openDatabase';
import { prepared } from './preparedStatement';

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
  name_key: nameKey(p.name),
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

  /** Every project's id (archived ones included), in no particular order. */
  ids(): string[] {
    return this.db.prepare<[], string>('SELECT id FROM projects').pluck().all();
  }

  get(id: string): Project | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM projects WHERE id = ?').get(id);
    return row && toProject(row);
  }

  /**
   * An active project (other than `exceptId`) whose name matches by `nameKey`: one index seek
   * on the stored key, whatever the size of the portfolio.
   */
  findActiveByName(name: string, exceptId?: string): Project | undefined {
    const row = this.db
      .prepare<[string, string], Row>(
        `SELECT * FROM projects WHERE name_key = ? AND archived_at IS NULL AND id <> ? LIMIT 1`,
      )
      .get(nameKey(name), exceptId ?? '');
    return row && toProject(row);
  }

  /**
   * Writes the stored name key of every project whose key is missing (a file from before
   * migration 0003) or follows an older `nameKey` rule. Derived data, not a change a user made,
   * so no history event. Returns how many keys it wrote.
   */
  refreshNameKeys(): number {
    const rows = this.db
      .prepare<[], { id: string; name: string; name_key: string | null }>(
        'SELECT id, name, name_key FROM projects',
      )
      .all();
    const stale = rows.filter((r) => r.name_key !== nameKey(r.name));
    if (stale.length === 0) return 0;
    const update = this.db.prepare<[string, string]>(
      'UPDATE projects SET name_key = ? WHERE id = ?',
    );
    this.db.transaction(() => {
      for (const r of stale) update.run(nameKey(r.name), r.id);
    })();
    return stale.length;
  }

  insert(p: Project): void {
    prepared(
      this.db,
      `INSERT INTO projects (id, name, name_key, description, owner, team, kind, stage,
           poc_approved_on, target_on, archived_at, created_at, updated_at)
         VALUES (@id, @name, @name_key, @description, @owner, @team, @kind, @stage,
           @poc_approved_on, @target_on, @archived_at, @created_at, @updated_at)`,
    ).run(toParams(p));
  }

  update(p: Project): void {
    prepared(
      this.db,
      `UPDATE projects SET name = @name, name_key = @name_key, description = @description, owner = @owner, team = @team,
           kind = @kind, stage = @stage, poc_approved_on = @poc_approved_on, target_on = @target_on,
           archived_at = @archived_at, updated_at = @updated_at
         WHERE id = @id`,
    ).run(toParams(p));
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM projects WHERE id = ?').run(id);
  }
}

const IGNORED_IN_NAMES = new RegExp(`${INVISIBLE.source}|[\\u200C\\u200D\\uFE00-\\uFE0F]`, 'gu');

/**
 * Names compare case-insensitively in every script (SQLite's NOCASE folds ASCII only, so the
 * unique index is a backstop and this is the rule) and in one Unicode normal form. The one
 * function of the rule: the stored `name_key` column is this, written with every name and
 * refreshed at open (`refreshNameKeys`), so changing the rule here is all it takes.
 */
export const nameKey = (name: string): string =>
  name
    .normalize('NFC')
    // Joiners, variation selectors and invisible characters change no letter: "Al\u200Dpha" is
    // "Alpha" again (names stored before invisible characters were refused compare so too).
    .replace(IGNORED_IN_NAMES, '')
    .toLowerCase();

export type { ProjectFields };
