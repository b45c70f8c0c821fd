import type { Audit, PracticeEntry } from '../../../shared/domain/audit';
import { GAP_KEYS, type GapKey, type PracticeAnswer } from '../../../shared/framework/types';
import type { Db } from '../database/openDatabase';

interface AuditRow {
  id: string;
  project_id: string;
  title: string;
  taken_on: string;
  facilitator: string;
  participants_json: string;
  timer_minutes: number;
  framework_version: string;
  status: Audit['status'];
  copied_from_id: string | null;
  finalized_at: string | null;
  created_at: string;
  updated_at: string;
}

interface PracticeRow {
  audit_id: string;
  practice_key: string;
  answer_kind: 'scored' | 'not_applicable' | null;
  halves: 0 | 1 | 2 | null;
  na_reason: string | null;
  note: string;
}

interface GapRow {
  audit_id: string;
  gap_key: GapKey;
  missing: string;
}

const LEVELS = [0, 0.5, 1] as const;

function toAnswer(r: PracticeRow): PracticeAnswer | undefined {
  if (r.answer_kind === 'scored' && r.halves !== null)
    return { kind: 'scored', level: LEVELS[r.halves] };
  if (r.answer_kind === 'not_applicable')
    return { kind: 'not_applicable', reason: r.na_reason ?? '' };
  return undefined;
}

function answerColumns(a: PracticeAnswer | undefined) {
  if (a === undefined) return { answer_kind: null, halves: null, na_reason: null };
  if (a.kind === 'not_applicable')
    return { answer_kind: 'not_applicable', halves: null, na_reason: a.reason };
  return { answer_kind: 'scored', halves: LEVELS.indexOf(a.level), na_reason: null };
}

/** SQL for audits and their answers. One audit is assembled from three tables. */
export class AuditsRepository {
  constructor(private readonly db: Db) {}

  get(id: string): Audit | undefined {
    const row = this.db.prepare<[string], AuditRow>('SELECT * FROM audits WHERE id = ?').get(id);
    return row && this.assemble([row])[0];
  }

  listForProject(projectId: string): Audit[] {
    const rows = this.db
      .prepare<[string], AuditRow>(
        'SELECT * FROM audits WHERE project_id = ? ORDER BY taken_on, created_at',
      )
      .all(projectId);
    return this.assemble(rows);
  }

  /** For each project, its final audit with the latest date (then the latest finalised). */
  latestFinals(): Audit[] {
    const rows = this.db
      .prepare<[], AuditRow>(
        `SELECT * FROM (
           SELECT a.*, row_number() OVER (
             PARTITION BY project_id ORDER BY taken_on DESC, finalized_at DESC, created_at DESC) AS rank
           FROM audits a WHERE status = 'final')
         WHERE rank = 1 ORDER BY project_id`,
      )
      .all();
    return this.assemble(rows);
  }

  insert(a: Audit): void {
    this.db
      .prepare(
        `INSERT INTO audits (id, project_id, title, taken_on, facilitator, participants_json, timer_minutes,
           framework_version, status, copied_from_id, finalized_at, created_at, updated_at)
         VALUES (@id, @project_id, @title, @taken_on, @facilitator, @participants_json, @timer_minutes,
           @framework_version, @status, @copied_from_id, @finalized_at, @created_at, @updated_at)`,
      )
      .run(toParams(a));
    const practice = this.db.prepare(
      `INSERT INTO audit_practices (audit_id, practice_key, answer_kind, halves, na_reason, note)
       VALUES (@audit_id, @practice_key, @answer_kind, @halves, @na_reason, @note)`,
    );
    for (const [key, entry] of Object.entries(a.practices)) {
      practice.run({
        audit_id: a.id,
        practice_key: key,
        note: entry.note,
        ...answerColumns(entry.answer),
      });
    }
    const gap = this.db.prepare(
      'INSERT INTO audit_gaps (audit_id, gap_key, missing) VALUES (?, ?, ?)',
    );
    for (const key of GAP_KEYS) gap.run(a.id, key, a.missing[key]);
  }

  updateFields(a: Audit): void {
    this.db
      .prepare(
        `UPDATE audits SET title = @title, taken_on = @taken_on, facilitator = @facilitator,
           participants_json = @participants_json, timer_minutes = @timer_minutes, status = @status,
           finalized_at = @finalized_at, updated_at = @updated_at
         WHERE id = @id`,
      )
      .run(toParams(a));
  }

  updatePractice(auditId: string, practiceKey: string, entry: PracticeEntry): void {
    this.db
      .prepare(
        `UPDATE audit_practices SET answer_kind = @answer_kind, halves = @halves, na_reason = @na_reason,
           note = @note WHERE audit_id = @audit_id AND practice_key = @practice_key`,
      )
      .run({
        audit_id: auditId,
        practice_key: practiceKey,
        note: entry.note,
        ...answerColumns(entry.answer),
      });
  }

  updateMissing(auditId: string, gapKey: GapKey, missing: string): void {
    this.db
      .prepare('UPDATE audit_gaps SET missing = ? WHERE audit_id = ? AND gap_key = ?')
      .run(missing, auditId, gapKey);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM audits WHERE id = ?').run(id);
  }

  private assemble(rows: AuditRow[]): Audit[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const marks = ids.map(() => '?').join(',');
    const practices = this.db
      .prepare<string[], PracticeRow>(`SELECT * FROM audit_practices WHERE audit_id IN (${marks})`)
      .all(...ids);
    const gaps = this.db
      .prepare<string[], GapRow>(`SELECT * FROM audit_gaps WHERE audit_id IN (${marks})`)
      .all(...ids);
    return rows.map((r) => {
      const entries: Record<string, PracticeEntry> = {};
      for (const p of practices) {
        if (p.audit_id !== r.id) continue;
        const answer = toAnswer(p);
        entries[p.practice_key] =
          answer === undefined ? { note: p.note } : { answer, note: p.note };
      }
      const missing = Object.fromEntries(GAP_KEYS.map((k) => [k, ''])) as Record<GapKey, string>;
      for (const g of gaps) if (g.audit_id === r.id) missing[g.gap_key] = g.missing;
      return {
        id: r.id,
        projectId: r.project_id,
        title: r.title,
        takenOn: r.taken_on,
        facilitator: r.facilitator,
        participants: JSON.parse(r.participants_json) as string[],
        timerMinutes: r.timer_minutes,
        frameworkVersion: r.framework_version,
        status: r.status,
        copiedFromId: r.copied_from_id,
        finalizedAt: r.finalized_at,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        practices: entries,
        missing,
      };
    });
  }
}

const toParams = (a: Audit) => ({
  id: a.id,
  project_id: a.projectId,
  title: a.title,
  taken_on: a.takenOn,
  facilitator: a.facilitator,
  participants_json: JSON.stringify(a.participants),
  timer_minutes: a.timerMinutes,
  framework_version: a.frameworkVersion,
  status: a.status,
  copied_from_id: a.copiedFromId,
  finalized_at: a.finalizedAt,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
});
