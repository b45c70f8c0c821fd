import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './openDatabase';

// The plan migration (found by name: the lead may renumber it) keeps every row written before it.

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

const PROJECT_ID = '7d1e4a0e-8c1d-4a57-9a53-2f7d7c1e0a33';

it('keeps the projects, audits and ownership of a file from before the plan', async () => {
  const plan = MIGRATIONS.find((m) => m.name === 'plan');
  expect(plan).toBeDefined();
  const before = MIGRATIONS.filter((m) => m.version < plan!.version);
  const db = openDatabase(join(tmp.dir, 'crossing.sqlite'), { migrations: before });
  db.prepare(
    `INSERT INTO projects (id, name, kind, stage, created_at, updated_at, owner, poc_approved_on)
     VALUES (?, 'Αθήνα recommendations', 'recommendation', 'productionizing', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Eleni', '2025-11-03')`,
  ).run(PROJECT_ID);
  db.prepare(
    `INSERT INTO project_ownership (project_id, ml_owner, updated_at) VALUES (?, 'Nikos', '2026-01-02T00:00:00Z')`,
  ).run(PROJECT_ID);
  db.close();

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    expect(ws.openDb().pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const [project] = await callOk(ws.dispatch, 'projects.list', {});
    expect(project).toMatchObject({ id: PROJECT_ID, owner: 'Eleni', pocApprovedOn: '2025-11-03' });
    expect(await callOk(ws.dispatch, 'ownership.get', { projectId: PROJECT_ID })).toMatchObject({
      mlOwner: 'Nikos',
    });
    // The new tables start empty.
    expect(await callOk(ws.dispatch, 'plans.get', { projectId: PROJECT_ID })).toBeNull();
    expect(await callOk(ws.dispatch, 'timeline.get', { projectId: PROJECT_ID })).toEqual({
      projectId: PROJECT_ID,
      firstProductionOn: null,
      priorityRank: null,
    });
    expect(await callOk(ws.dispatch, 'releases.list', { projectId: PROJECT_ID })).toEqual([]);
  } finally {
    ws.close();
  }
});
