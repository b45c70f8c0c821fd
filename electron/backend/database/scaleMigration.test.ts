import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { scoreOfAudit } from '../../../shared/domain/auditRules';
import { scoreOfSummary } from '../../../shared/domain/portfolio';
import { ALL_PRACTICES, GAP_KEYS } from '../../../shared/framework';
import { callErr, callOk } from '../testing/calls';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './openDatabase';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

it('keeps the projects of a version 2 file and applies the name rule to them after 0003', async () => {
  const old = openDatabase(join(tmp.dir, 'crossing.sqlite'), {
    migrations: MIGRATIONS.slice(0, 2),
  });
  old
    .prepare(
      `INSERT INTO projects (id, name, kind, stage, created_at, updated_at)
       VALUES ('6f1d2c3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f', 'Zoë Search', 'rag', 'poc', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    )
    .run();
  old.close();

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    const [project] = await callOk(ws.dispatch, 'projects.list', {});
    expect(project).toMatchObject({ name: 'Zoë Search', kind: 'rag', stage: 'poc' });
    // Its stored key was filled in at open: the same name in capitals (NFD) is taken.
    const clash = await callErr(ws.dispatch, 'projects.create', {
      name: 'ZOE\u0308 SEARCH',
      kind: 'llm',
      stage: 'poc',
    });
    expect(clash.code).toBe('CONFLICT');
  } finally {
    ws.close();
  }
});

it('counts the tallies of the final audits a version 2 file holds, as scoring them does', async () => {
  const old = openDatabase(join(tmp.dir, 'crossing.sqlite'), {
    migrations: MIGRATIONS.slice(0, 2),
  });
  const projectId = '6f1d2c3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';
  const auditId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  old
    .prepare(
      `INSERT INTO projects (id, name, kind, stage, created_at, updated_at)
       VALUES (?, 'Legacy', 'llm', 'poc', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    )
    .run(projectId);
  old
    .prepare(
      `INSERT INTO audits (id, project_id, title, taken_on, framework_version, status, created_at, updated_at)
       VALUES (?, ?, 'Old audit', '2026-01-05', '2026.1', 'draft', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z')`,
    )
    .run(auditId, projectId);
  ALL_PRACTICES.forEach((p, i) => {
    const na = i % 7 === 3;
    old
      .prepare(
        `INSERT INTO audit_practices (audit_id, practice_key, answer_kind, halves, na_reason, note)
         VALUES (?, ?, ?, ?, ?, '')`,
      )
      .run(auditId, p.key, na ? 'not_applicable' : 'scored', na ? null : i % 3, na ? 'n/a' : null);
  });
  for (const g of GAP_KEYS)
    old
      .prepare(`INSERT INTO audit_gaps (audit_id, gap_key, missing) VALUES (?, ?, 'x')`)
      .run(auditId, g);
  old
    .prepare(
      `UPDATE audits SET status = 'final', finalized_at = '2026-01-05T10:00:00Z' WHERE id = ?`,
    )
    .run(auditId);
  old.close();

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    const [entry] = await callOk(ws.dispatch, 'portfolio.summary', {});
    const audit = await callOk(ws.dispatch, 'audits.get', { id: auditId });
    expect(entry?.readiness?.auditId).toBe(auditId);
    expect(scoreOfSummary(entry!.readiness!)).toEqual(scoreOfAudit(audit));
  } finally {
    ws.close();
  }
});
