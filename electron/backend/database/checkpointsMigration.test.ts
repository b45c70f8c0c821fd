import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { scoreOfAudit } from '../../../shared/domain/auditRules';
import { ALL_PRACTICES, formatPercent, verdictFor } from '../../../shared/framework';
import { callOk } from '../testing/calls';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './openDatabase';

// The checkpoints migration (found by name: the lead may renumber it) keeps every row written
// before it; a project whose gaps are all at full marks is still not called ready after it.

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

const PROJECT_ID = '5b0f4a0e-8c1d-4a57-9a53-2f7d7c1e0a11';
const AUDIT_ID = '0c7e8c44-5a51-4f0e-b0a3-6f1c2c9e4d22';

it('keeps the projects, final audits and scores of a file from before checkpoints', async () => {
  const checkpoints = MIGRATIONS.find((m) => m.name === 'checkpoints');
  expect(checkpoints).toBeDefined();
  const before = MIGRATIONS.filter((m) => m.version < checkpoints!.version);
  const db = openDatabase(join(tmp.dir, 'crossing.sqlite'), { migrations: before });
  db.prepare(
    `INSERT INTO projects (id, name, kind, stage, created_at, updated_at, owner)
     VALUES (?, 'Fraud scoring', 'classification', 'in_production', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Ana')`,
  ).run(PROJECT_ID);
  db.prepare(
    `INSERT INTO audits (id, project_id, title, taken_on, framework_version, status, created_at, updated_at, finalized_at)
     VALUES (?, ?, 'Baseline', '2026-01-02', '2026.1', 'draft', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z', NULL)`,
  ).run(AUDIT_ID, PROJECT_ID);
  const answer = db.prepare(
    `INSERT INTO audit_practices (audit_id, practice_key, answer_kind, halves) VALUES (?, ?, 'scored', ?)`,
  );
  ALL_PRACTICES.forEach((p, i) => answer.run(AUDIT_ID, p.key, i === 0 ? 1 : 2));
  db.prepare(
    `UPDATE audits SET status = 'final', finalized_at = '2026-01-02T00:00:00Z' WHERE id = ?`,
  ).run(AUDIT_ID);
  db.close();

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    expect(ws.openDb().pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const audit = await callOk(ws.dispatch, 'audits.get', { id: AUDIT_ID });
    expect(audit).toMatchObject({ status: 'final', frameworkVersion: '2026.1' });
    const score = scoreOfAudit(audit);
    expect(score.gaps.map((g) => g.score && formatPercent(g.score))).toEqual([
      '90%',
      '100%',
      '100%',
      '100%',
      '100%',
    ]);
    const c = await callOk(ws.dispatch, 'checkpoints.get', { projectId: PROJECT_ID });
    expect(c.runs).toEqual([]);
    // Gaps in the top band, no checkpoint run: not ready.
    expect(verdictFor(score, c.runs, '2026-03-14')).toMatchObject({
      ready: false,
      label: 'Not ready for 1.0',
    });
  } finally {
    ws.close();
  }
});
