import type { Release } from '../../../shared/domain/release';
import type { ReleaseKind } from '../../../shared/domain/releaseLeadTime';
import type { Db } from '../database/openDatabase';
import { prepared } from './preparedStatement';

interface Row {
  id: string;
  project_id: string;
  version: string;
  prompt_version: string;
  kind: ReleaseKind;
  trained_on: string;
  serving_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

const toRelease = (r: Row): Release => ({
  id: r.id,
  projectId: r.project_id,
  version: r.version,
  promptVersion: r.prompt_version,
  kind: r.kind,
  trainedOn: r.trained_on,
  servingOn: r.serving_on,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Model releases of each project. */
export class ReleasesRepository {
  constructor(private readonly db: Db) {}

  listForProject(projectId: string): Release[] {
    return prepared<[string], Row>(
      this.db,
      'SELECT * FROM model_releases WHERE project_id = ? ORDER BY trained_on, created_at',
    )
      .all(projectId)
      .map(toRelease);
  }

  /** Releases of active projects only: an archived project leaves the portfolio's median. */
  listActive(): Release[] {
    return prepared<[], Row>(
      this.db,
      `SELECT r.* FROM model_releases r JOIN projects p ON p.id = r.project_id
       WHERE p.archived_at IS NULL ORDER BY r.project_id, r.trained_on, r.created_at`,
    )
      .all()
      .map(toRelease);
  }

  get(id: string): Release | undefined {
    const row = prepared<[string], Row>(this.db, 'SELECT * FROM model_releases WHERE id = ?').get(
      id,
    );
    return row ? toRelease(row) : undefined;
  }

  insert(r: Release): void {
    prepared(
      this.db,
      `INSERT INTO model_releases (id, project_id, version, prompt_version, kind, trained_on,
         serving_on, notes, created_at, updated_at)
       VALUES (@id, @projectId, @version, @promptVersion, @kind, @trainedOn, @servingOn, @notes,
         @createdAt, @updatedAt)`,
    ).run(r);
  }

  update(r: Release): void {
    prepared(
      this.db,
      `UPDATE model_releases SET version = @version, prompt_version = @promptVersion, kind = @kind,
         trained_on = @trainedOn, serving_on = @servingOn, notes = @notes, updated_at = @updatedAt
       WHERE id = @id`,
    ).run({
      id: r.id,
      version: r.version,
      promptVersion: r.promptVersion,
      kind: r.kind,
      trainedOn: r.trainedOn,
      servingOn: r.servingOn,
      notes: r.notes,
      updatedAt: r.updatedAt,
    });
  }

  delete(id: string): void {
    prepared(this.db, 'DELETE FROM model_releases WHERE id = ?').run(id);
  }
}
