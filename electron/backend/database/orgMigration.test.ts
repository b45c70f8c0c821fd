import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './openDatabase';

// The org migration (found by name: the lead may renumber it) keeps every row written before it.

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

const PROJECT_ID = '5b0f4a0e-8c1d-4a57-9a53-2f7d7c1e0a11';
const AUDIT_ID = '0c7e8c44-5a51-4f0e-b0a3-6f1c2c9e4d22';

it('keeps the projects and audits of a file from before the org model', async () => {
  const org = MIGRATIONS.find((m) => m.name === 'org');
  expect(org).toBeDefined();
  // The file as the previous version of the app left it.
  const before = MIGRATIONS.filter((m) => m.version < org!.version);
  const db = openDatabase(join(tmp.dir, 'crossing.sqlite'), { migrations: before });
  db.prepare(
    `INSERT INTO projects (id, name, kind, stage, created_at, updated_at, owner)
     VALUES (?, 'Fraud scoring', 'classification', 'in_production', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Ana')`,
  ).run(PROJECT_ID);
  db.prepare(
    `INSERT INTO audits (id, project_id, title, taken_on, framework_version, status, created_at, updated_at)
     VALUES (?, ?, 'Baseline', '2026-01-02', '1', 'draft', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')`,
  ).run(AUDIT_ID, PROJECT_ID);
  db.close();

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    expect(ws.openDb().pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const [project] = await callOk(ws.dispatch, 'projects.list', {});
    expect(project).toMatchObject({ id: PROJECT_ID, name: 'Fraud scoring', owner: 'Ana' });
    const [audit] = await callOk(ws.dispatch, 'audits.list', { projectId: PROJECT_ID });
    expect(audit).toMatchObject({ id: AUDIT_ID, title: 'Baseline' });
    // The new tables start empty: no decision, and the project's ownership all empty.
    expect((await callOk(ws.dispatch, 'org.get', {})).decisions).toEqual([]);
    expect(await callOk(ws.dispatch, 'ownership.get', { projectId: PROJECT_ID })).toMatchObject({
      mlOwner: '',
      updatedAt: null,
    });
  } finally {
    ws.close();
  }
});
