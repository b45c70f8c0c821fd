import type { HistoryEvent } from '../../../shared/domain/history';
import type { ReportExport, ReportRequest } from '../../../shared/reports';
import type { Db } from '../database/openDatabase';

interface Row {
  id: string;
  exported_at: string;
  actor: string;
  scope: ReportExport['scope'];
  project_id: string | null;
  title: string;
  format: ReportExport['format'];
  file_name: string;
  bytes: number;
  content_hash: string;
  headline: string;
  headline_tenths: number | null;
  history_seq: number;
  history_hash: string;
}

const toExport = (r: Row): ReportExport => ({
  id: r.id,
  exportedAt: r.exported_at,
  actor: r.actor,
  scope: r.scope,
  projectId: r.project_id,
  title: r.title,
  format: r.format,
  fileName: r.file_name,
  bytes: r.bytes,
  contentHash: r.content_hash,
  headline: r.headline,
  headlineTenths: r.headline_tenths,
  historySeq: r.history_seq,
  historyHash: r.history_hash,
});

/** SQL for report exports, and the history reads a report needs (the chain head, changes). */
export class ReportExportsRepository {
  constructor(private readonly db: Db) {}

  insert(e: ReportExport): void {
    this.db
      .prepare(
        `INSERT INTO report_exports (id, exported_at, actor, scope, project_id, title, format,
           file_name, bytes, content_hash, headline, headline_tenths, history_seq, history_hash)
         VALUES (@id, @exportedAt, @actor, @scope, @projectId, @title, @format, @fileName, @bytes,
           @contentHash, @headline, @headlineTenths, @historySeq, @historyHash)`,
      )
      .run(e);
  }

  /** Newest first. */
  list(limit = 500): ReportExport[] {
    return this.db
      .prepare<[number], Row>(
        'SELECT * FROM report_exports ORDER BY exported_at DESC, rowid DESC LIMIT ?',
      )
      .all(limit)
      .map(toExport);
  }

  /** The latest export of the same report (any format), or undefined for a first report. */
  latestOf(report: ReportRequest): ReportExport | undefined {
    const row =
      report.scope === 'project'
        ? this.db
            .prepare<[string], Row>(
              `SELECT * FROM report_exports WHERE scope = 'project' AND project_id = ?
               ORDER BY exported_at DESC, rowid DESC LIMIT 1`,
            )
            .get(report.projectId)
        : this.db
            .prepare<[], Row>(
              `SELECT * FROM report_exports WHERE scope = 'portfolio'
               ORDER BY exported_at DESC, rowid DESC LIMIT 1`,
            )
            .get();
    return row && toExport(row);
  }

  /** The head of the history chain: its last sequence number and seal (0 and null if empty). */
  historyHead(): { seq: number; hash: string | null } {
    const row = this.db
      .prepare<[], { seq: number; hash: string }>(
        'SELECT seq, hash FROM history_events ORDER BY seq DESC LIMIT 1',
      )
      .get();
    return row ?? { seq: 0, hash: null };
  }

  /** The chain head just before the first event of a record (for sample data dated back). */
  headBefore(entityId: string): { seq: number; hash: string } | undefined {
    const row = this.db
      .prepare<[string], { seq: number; prev_hash: string }>(
        'SELECT seq, prev_hash FROM history_events WHERE entity_id = ? ORDER BY seq LIMIT 1',
      )
      .get(entityId);
    return row && { seq: row.seq - 1, hash: row.prev_hash };
  }

  /**
   * Changes of a project after `afterSeq`, newest first, at most `limit`, and how many in all.
   * Report exports themselves are not "changes" of the project, so they are left out.
   */
  changesSince(
    projectId: string | null,
    afterSeq: number,
    limit: number,
  ): { events: HistoryEvent[]; total: number } {
    const where = `seq > ? AND entity <> 'report'${projectId === null ? '' : ' AND project_id = ?'}`;
    const params: (string | number)[] = projectId === null ? [afterSeq] : [afterSeq, projectId];
    const total =
      this.db
        .prepare<(string | number)[], number>(`SELECT count(*) FROM history_events WHERE ${where}`)
        .pluck()
        .get(...params) ?? 0;
    const events = this.db
      .prepare<(string | number)[], HistoryRow>(
        `SELECT seq, at, actor, entity, entity_id, project_id, action, summary, prev_hash, hash
         FROM history_events WHERE ${where} ORDER BY seq DESC LIMIT ?`,
      )
      .all(...params, limit)
      .map((r): HistoryEvent => ({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        entity: r.entity,
        entityId: r.entity_id,
        projectId: r.project_id,
        action: r.action,
        summary: r.summary,
        before: null,
        after: null,
        prevHash: r.prev_hash,
        hash: r.hash,
      }));
    return { events, total };
  }
}

interface HistoryRow {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  project_id: string | null;
  action: string;
  summary: string;
  prev_hash: string;
  hash: string;
}
