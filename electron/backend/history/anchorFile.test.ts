import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from '../workspace/dataDir';

// Issue 7, item 5: removing the newest history events is noticed, through the anchor of the
// chain kept beside the data file (history-anchor.json), on real files.

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

let made = 0;
async function workspaceWithChanges(count: number): Promise<void> {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  for (let i = 0; i < count; i++)
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: `Project ${made++}` }));
  ws.close();
}

/** What someone with the file in a database browser could do: SQL straight on the file. */
function tamper(sql: string): void {
  const db = new Database(join(tmp.dir, DATABASE_FILE));
  db.exec(sql);
  db.close();
}

async function verify() {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    return await callOk(ws.dispatch, 'history.verify', {});
  } finally {
    ws.close();
  }
}

it('notices that the newest event was removed', async () => {
  await workspaceWithChanges(3);
  tamper('DELETE FROM history_events WHERE seq = 3');
  const result = await verify();
  expect(result).toMatchObject({ ok: false, events: 2, brokenAtSeq: 3 });
  expect(result.message).toMatch(/change #2.*records change #3.*removed/);
  expect(result.message).toContain('history-anchor.json');
});

it('notices that every event was removed', async () => {
  await workspaceWithChanges(2);
  tamper('DELETE FROM history_events');
  expect(await verify()).toMatchObject({ ok: false, events: 0, brokenAtSeq: 1 });
});

it('notices a removal through the newest backup when the anchor file went too', async () => {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  for (const name of ['One', 'Two', 'Three'])
    await callOk(ws.dispatch, 'projects.create', projectInput({ name }));
  await callOk(ws.dispatch, 'backups.create', {});
  ws.close();
  tamper('DELETE FROM history_events WHERE seq = 3');
  rmSync(join(tmp.dir, 'history-anchor.json'));
  const result = await verify();
  expect(result).toMatchObject({ ok: false, events: 2 });
  expect(result.message).toMatch(/the backup .*manual-.*\.sqlite records change #3/);
});

it('keeps noticing after later changes: the anchor does not move past a removal', async () => {
  await workspaceWithChanges(3);
  tamper('DELETE FROM history_events WHERE seq = 3');
  await workspaceWithChanges(2); // two more changes after the removal
  expect(await verify()).toMatchObject({ ok: false });
});

it('agrees with an anchor one change behind (a crash between the commit and the anchor)', async () => {
  await workspaceWithChanges(2);
  const anchor = join(tmp.dir, 'history-anchor.json');
  const behind = readFileSync(anchor, 'utf8');
  await workspaceWithChanges(1);
  writeFileSync(anchor, behind);
  expect(await verify()).toMatchObject({ ok: true, events: 3 });
});

it('anchors the restored history after a restore (the one legitimate step back)', async () => {
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'One' }));
    const backup = await callOk(ws.dispatch, 'backups.create', {});
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Two' }));
    await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Three' }));
    await callOk(ws.dispatch, 'backups.restore', { name: backup.name });
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
  } finally {
    ws.close();
  }
});

it('says so in a report made while the anchor disagrees', async () => {
  await workspaceWithChanges(3);
  tamper('DELETE FROM history_events WHERE seq = 3');
  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    const out = join(tmp.dir, 'report.json');
    const r = await ws.reports.exportToFile(
      { report: { scope: 'portfolio' }, format: 'json' },
      out,
    );
    expect(r.ok).toBe(true);
    expect(readFileSync(out, 'utf8')).toMatch(/Warning: The history ends at change #2/);
  } finally {
    ws.close();
  }
});
