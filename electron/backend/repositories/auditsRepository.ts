import type { Audit, PracticeEntry } from '../../../shared/domain/audit';
import { answersOf } from '../../../shared/domain/auditRules';
import { GAPS, tallyGap, type GapTally } from '../../../shared/framework';
import { GAP_KEYS, type GapKey, type PracticeAnswer } from '../../../shared/framework/types';
import type { Db } from '../database/openDatabase';
import { prepared } from './preparedStatement';

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

  /**
   * For each project, its final audit with the latest date (then the latest finalised, then the
   * latest created): one seek per project in the partial index `audits_latest_final`, and three
   * queries whatever the number of projects (no list of bound ids, so no bound-variable limit).
   */
  latestFinals(): Audit[] {
    const rows = this.db
      .prepare<[], AuditRow>(
        `${LATEST_FINAL_IDS} SELECT a.* FROM latest CROSS JOIN audits a ON a.id = latest.id`,
      )
      .all();
    const practices = this.db
      .prepare<[], PracticeRow>(
        `${LATEST_FINAL_IDS} SELECT ap.* FROM latest CROSS JOIN audit_practices ap ON ap.audit_id = latest.id`,
      )
      .all();
    const gaps = this.db
      .prepare<[], GapRow>(
        `${LATEST_FINAL_IDS} SELECT ag.* FROM latest CROSS JOIN audit_gaps ag ON ag.audit_id = latest.id`,
      )
      .all();
    return assembleAudits(rows, practices, gaps);
  }

  /**
   * The latest final audit of each project, compact: its id, title and date, and per gap the
   * counts its score is computed from (`GapTally`, counted once when it was finalised, in
   * `final_audit_digests`): one narrow row per project instead of every answer and note.
   */
  latestFinalTallies(): LatestFinalTally[] {
    const rows = prepared(
      this.db,
      `${LATEST_FINAL_IDS}
       SELECT latest.project_id, latest.id, d.title, d.taken_on, d.tallies_json
       FROM latest CROSS JOIN final_audit_digests d ON d.audit_id = latest.id`,
    ).all() as DigestRow[];
    return rows.map((r) => ({
      projectId: r.project_id,
      auditId: r.id,
      title: r.title,
      takenOn: r.taken_on,
      gaps: parseDigestTallies(r.tallies_json),
    }));
  }

  insert(a: Audit): void {
    prepared(
      this.db,
      `INSERT INTO audits (id, project_id, title, taken_on, facilitator, participants_json, timer_minutes,
           framework_version, status, copied_from_id, finalized_at, created_at, updated_at)
         VALUES (@id, @project_id, @title, @taken_on, @facilitator, @participants_json, @timer_minutes,
           @framework_version, @status, @copied_from_id, @finalized_at, @created_at, @updated_at)`,
    ).run(toParams(a));
    const practice = prepared(
      this.db,
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
    const gap = prepared(
      this.db,
      'INSERT INTO audit_gaps (audit_id, gap_key, missing) VALUES (?, ?, ?)',
    );
    for (const key of GAP_KEYS) gap.run(a.id, key, a.missing[key]);
  }

  updateFields(a: Audit): void {
    prepared(
      this.db,
      `UPDATE audits SET title = @title, taken_on = @taken_on, facilitator = @facilitator,
           participants_json = @participants_json, timer_minutes = @timer_minutes, status = @status,
           finalized_at = @finalized_at, updated_at = @updated_at
         WHERE id = @id`,
    ).run(toParams(a));
    // The moment an audit becomes final (it never changes after): count what its scores are
    // computed from, once, for the portfolio (latestFinalTallies).
    if (a.status === 'final') this.writeTallies(a);
  }

  private writeTallies(a: Audit): void {
    const answers = answersOf(a);
    const tallies: Record<string, DigestCounts> = {};
    for (const gap of GAPS) {
      const t = tallyGap(gap, answers);
      tallies[gap.key] = [t.scoredCount, t.notApplicableCount, t.unscoredCount, t.earnedHalves];
    }
    prepared(
      this.db,
      `INSERT OR IGNORE INTO final_audit_digests (audit_id, title, taken_on, tallies_json)
       VALUES (?, ?, ?, ?)`,
    ).run(a.id, a.title, a.takenOn, JSON.stringify(tallies));
  }

  updatePractice(auditId: string, practiceKey: string, entry: PracticeEntry): void {
    prepared(
      this.db,
      `UPDATE audit_practices SET answer_kind = @answer_kind, halves = @halves, na_reason = @na_reason,
           note = @note WHERE audit_id = @audit_id AND practice_key = @practice_key`,
    ).run({
      audit_id: auditId,
      practice_key: practiceKey,
      note: entry.note,
      ...answerColumns(entry.answer),
    });
  }

  updateMissing(auditId: string, gapKey: GapKey, missing: string): void {
    prepared(this.db, 'UPDATE audit_gaps SET missing = ? WHERE audit_id = ? AND gap_key = ?').run(
      missing,
      auditId,
      gapKey,
    );
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM audits WHERE id = ?').run(id);
  }

  /** The audits of `rows` with their answers: two queries, one bound parameter (a JSON list). */
  private assemble(rows: AuditRow[]): Audit[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const practices = this.db
      .prepare<[string], PracticeRow>(
        'SELECT * FROM audit_practices WHERE audit_id IN (SELECT value FROM json_each(?))',
      )
      .all(ids);
    const gaps = this.db
      .prepare<[string], GapRow>(
        'SELECT * FROM audit_gaps WHERE audit_id IN (SELECT value FROM json_each(?))',
      )
      .all(ids);
    return assembleAudits(rows, practices, gaps);
  }
}

/** Audits from their rows, answers and missing texts: one pass over each list (linear). */
function assembleAudits(rows: AuditRow[], practices: PracticeRow[], gaps: GapRow[]): Audit[] {
  const entriesOf = new Map<string, Record<string, PracticeEntry>>();
  const missingOf = new Map<string, Record<GapKey, string>>();
  for (const r of rows) {
    entriesOf.set(r.id, {});
    missingOf.set(r.id, Object.fromEntries(GAP_KEYS.map((k) => [k, ''])) as Record<GapKey, string>);
  }
  for (const p of practices) {
    const entries = entriesOf.get(p.audit_id);
    if (!entries) continue;
    const answer = toAnswer(p);
    entries[p.practice_key] = answer === undefined ? { note: p.note } : { answer, note: p.note };
  }
  for (const g of gaps) {
    const missing = missingOf.get(g.audit_id);
    if (missing) missing[g.gap_key] = g.missing;
  }
  return rows.map((r) => ({
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
    practices: entriesOf.get(r.id) ?? {},
    missing:
      missingOf.get(r.id) ??
      (Object.fromEntries(GAP_KEYS.map((k) => [k, ''])) as Record<GapKey, string>),
  }));
}

/**
 * `latest`: the id of each project's latest final audit. Walks the projects (the portfolio
 * lists them all anyway) and takes one seek per project in the partial index
 * `audits_latest_final`: never a scan of the audits.
 */
const LATEST_FINAL_IDS = `WITH latest AS MATERIALIZED (
  SELECT p.id AS project_id, (
    SELECT id FROM audits
    WHERE project_id = p.id AND status = 'final'
    ORDER BY taken_on DESC, finalized_at DESC, created_at DESC LIMIT 1
  ) AS id
  FROM projects p
)`;
// A project without a final audit gets a NULL id, which every join on it drops. MATERIALIZED:
// the seeks run once per project, however many joins read the list; the joins on it are CROSS
// JOINs, which SQLite never reorders, so the list stays the outer loop (without statistics the
// planner may otherwise scan every answer of every audit and look each up in the list).

interface DigestRow {
  project_id: string;
  id: string;
  title: string;
  taken_on: string;
  tallies_json: string;
}

/** [scored, not applicable, unscored, earned halves], as stored in final_audit_digests. */
type DigestCounts = [number, number, number, number];

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * The stored tallies back into GapTally objects. Only the five gaps and four counts each are
 * taken; anything else (a file edited by hand) is left out, and a gap left out counts as
 * unscored, so a damaged digest can lower a shown score but never raise it.
 */
function parseDigestTallies(json: string): Partial<Record<GapKey, GapTally>> {
  const out: Partial<Record<GapKey, GapTally>> = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return out;
  }
  if (typeof parsed !== 'object' || parsed === null) return out;
  for (const key of GAP_KEYS) {
    const c = (parsed as Record<string, unknown>)[key];
    if (!Array.isArray(c) || c.length !== 4 || !c.every(isCount)) continue;
    const [scoredCount, notApplicableCount, unscoredCount, earnedHalves] = c as DigestCounts;
    out[key] = { scoredCount, notApplicableCount, unscoredCount, earnedHalves };
  }
  return out;
}

/** A project's latest final audit as the portfolio needs it (see `latestFinalTallies`). */
export interface LatestFinalTally {
  projectId: string;
  auditId: string;
  title: string;
  takenOn: string;
  /** Per gap, as counted when the audit was finalised. */
  gaps: Partial<Record<GapKey, GapTally>>;
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
