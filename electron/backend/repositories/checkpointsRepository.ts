import type { CheckpointRun } from '../../../shared/domain/checkpoints';
import type {
  CheckpointStageKey,
  CriterionFacts,
  ProjectThresholds,
  RunStatus,
  StageRunFacts,
} from '../../../shared/framework';
import type { Db } from '../database/openDatabase';
import { prepared } from './preparedStatement';

interface RunRow {
  id: string;
  project_id: string;
  stage: CheckpointStageKey;
  attempt: number;
  status: RunStatus;
  owner: string;
  planned_start: string;
  planned_end: string;
  actual_start: string | null;
  actual_end: string | null;
  signoff_reviewer: string | null;
  signoff_on: string | null;
  signoff_comment: string | null;
  waiver_reason: string | null;
  waiver_approver: string | null;
  waiver_on: string | null;
  waiver_expires_on: string | null;
  created_at: string;
}

interface EvidenceRow {
  run_id: string;
  artifact: string;
  note: string;
  link: string;
}

interface CriterionRow {
  run_id: string;
  criterion: string;
  met: number | null;
  measured: number | null;
  threshold: number | null;
}

const toRun = (r: RunRow): CheckpointRun => ({
  id: r.id,
  projectId: r.project_id,
  stage: r.stage,
  attempt: r.attempt,
  status: r.status,
  owner: r.owner,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  actualStart: r.actual_start,
  actualEnd: r.actual_end,
  evidence: [],
  criteria: [],
  signOff:
    r.signoff_reviewer === null
      ? null
      : { reviewer: r.signoff_reviewer, on: r.signoff_on ?? '', comment: r.signoff_comment ?? '' },
  waiver:
    r.waiver_expires_on === null
      ? null
      : {
          reason: r.waiver_reason ?? '',
          approver: r.waiver_approver ?? '',
          on: r.waiver_on ?? '',
          expiresOn: r.waiver_expires_on,
        },
  createdAt: r.created_at,
});

/** Checkpoint runs with their evidence and criteria, and each project's thresholds. */
export class CheckpointsRepository {
  constructor(private readonly db: Db) {}

  thresholds(projectId: string): ProjectThresholds {
    const r = prepared<
      [string],
      { accuracy_percent: number | null; latency_ms: number | null; parity_points: number | null }
    >(this.db, 'SELECT * FROM checkpoint_thresholds WHERE project_id = ?').get(projectId);
    return {
      accuracyPercent: r?.accuracy_percent ?? null,
      latencyMs: r?.latency_ms ?? null,
      parityPoints: r?.parity_points ?? null,
    };
  }

  saveThresholds(projectId: string, t: ProjectThresholds, at: string): void {
    prepared(
      this.db,
      `INSERT INTO checkpoint_thresholds (project_id, accuracy_percent, latency_ms, parity_points,
         updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (project_id) DO UPDATE SET accuracy_percent = excluded.accuracy_percent,
         latency_ms = excluded.latency_ms, parity_points = excluded.parity_points,
         updated_at = excluded.updated_at`,
    ).run(projectId, t.accuracyPercent, t.latencyMs, t.parityPoints, at);
  }

  /** Every run of a project, oldest first (in the order they were opened). */
  runs(projectId: string): CheckpointRun[] {
    return this.load('r.project_id = ?', projectId);
  }

  run(id: string): CheckpointRun | undefined {
    return this.load('r.id = ?', id)[0];
  }

  /** Runs matching `where` (on alias r), with their evidence and criteria: three queries. */
  private load(where: string, param: string): CheckpointRun[] {
    const runs = prepared<[string], RunRow>(
      this.db,
      `SELECT r.* FROM checkpoint_runs r WHERE ${where} ORDER BY r.created_at, r.rowid`,
    )
      .all(param)
      .map(toRun);
    const byId = new Map(runs.map((r) => [r.id, r]));
    const evidence = prepared<[string], EvidenceRow>(
      this.db,
      `SELECT e.* FROM checkpoint_evidence e JOIN checkpoint_runs r ON r.id = e.run_id
       WHERE ${where} ORDER BY e.rowid`,
    ).all(param);
    for (const e of evidence)
      byId.get(e.run_id)?.evidence.push({ key: e.artifact, note: e.note, link: e.link });
    const criteria = prepared<[string], CriterionRow>(
      this.db,
      `SELECT c.* FROM checkpoint_criteria c JOIN checkpoint_runs r ON r.id = c.run_id
       WHERE ${where} ORDER BY c.rowid`,
    ).all(param);
    for (const c of criteria)
      byId.get(c.run_id)?.criteria.push({
        key: c.criterion,
        met: c.met === null ? null : c.met === 1,
        measured: c.measured,
        threshold: c.threshold,
      });
    return runs;
  }

  /** The latest run of each stage of every project: what the portfolio's verdicts need. */
  latestRunsByProject(): Map<string, StageRunFacts[]> {
    const rows = prepared<
      [],
      Pick<
        RunRow,
        'project_id' | 'stage' | 'attempt' | 'status' | 'planned_end' | 'waiver_expires_on'
      >
    >(
      this.db,
      `SELECT project_id, stage, attempt, status, planned_end, waiver_expires_on
       FROM checkpoint_runs r
       WHERE attempt = (SELECT MAX(attempt) FROM checkpoint_runs x
                        WHERE x.project_id = r.project_id AND x.stage = r.stage)`,
    ).all();
    const map = new Map<string, StageRunFacts[]>();
    for (const r of rows) {
      const list = map.get(r.project_id) ?? [];
      list.push({
        stage: r.stage,
        attempt: r.attempt,
        status: r.status,
        plannedEnd: r.planned_end,
        waiver: r.waiver_expires_on === null ? null : { expiresOn: r.waiver_expires_on },
      });
      map.set(r.project_id, list);
    }
    return map;
  }

  insertRun(run: CheckpointRun): void {
    prepared(
      this.db,
      `INSERT INTO checkpoint_runs (id, project_id, stage, attempt, status, owner, planned_start,
         planned_end, actual_start, actual_end, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      run.id,
      run.projectId,
      run.stage,
      run.attempt,
      run.status,
      run.owner,
      run.plannedStart,
      run.plannedEnd,
      run.actualStart,
      run.actualEnd,
      run.createdAt,
    );
  }

  /** Writes a run's status, dates, sign-off and waiver (evidence and criteria have their own). */
  updateRun(run: CheckpointRun): void {
    prepared(
      this.db,
      `UPDATE checkpoint_runs SET status = ?, actual_start = ?, actual_end = ?,
         signoff_reviewer = ?, signoff_on = ?, signoff_comment = ?, waiver_reason = ?,
         waiver_approver = ?, waiver_on = ?, waiver_expires_on = ?
       WHERE id = ?`,
    ).run(
      run.status,
      run.actualStart,
      run.actualEnd,
      run.signOff?.reviewer ?? null,
      run.signOff?.on ?? null,
      run.signOff?.comment ?? null,
      run.waiver?.reason ?? null,
      run.waiver?.approver ?? null,
      run.waiver?.on ?? null,
      run.waiver?.expiresOn ?? null,
      run.id,
    );
  }

  saveEvidence(runId: string, artifact: string, note: string, link: string): void {
    prepared(
      this.db,
      `INSERT INTO checkpoint_evidence (run_id, artifact, note, link) VALUES (?, ?, ?, ?)
       ON CONFLICT (run_id, artifact) DO UPDATE SET note = excluded.note, link = excluded.link`,
    ).run(runId, artifact, note, link);
  }

  saveCriterion(
    runId: string,
    criterion: string,
    result: Omit<CriterionFacts, 'key'> | null,
  ): void {
    if (result === null) {
      prepared(this.db, 'DELETE FROM checkpoint_criteria WHERE run_id = ? AND criterion = ?').run(
        runId,
        criterion,
      );
      return;
    }
    prepared(
      this.db,
      `INSERT INTO checkpoint_criteria (run_id, criterion, met, measured, threshold)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (run_id, criterion) DO UPDATE SET met = excluded.met,
         measured = excluded.measured, threshold = excluded.threshold`,
    ).run(
      runId,
      criterion,
      result.met === null ? null : result.met ? 1 : 0,
      result.measured,
      result.threshold,
    );
  }
}
