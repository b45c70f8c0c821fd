import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { leaveHotJournal } from '../testing/hotJournal';
import { projectInput } from '../testing/projectFixtures';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';
import { DATABASE_FILE } from './dataDir';

// Issue 7, item 1: a crash that leaves a hot rollback journal beside a healthy file. SQLite
// recovers such a file by rolling the journal back; it must never be taken for damage.

let tmp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, DATABASE_FILE);
});
afterEach(() => tmp.remove());

it('recovers a file left with a hot journal by a crash, instead of quarantining it', async () => {
  const first = openTempWorkspace({ dataDir: tmp.dir });
  const p = await callOk(first.dispatch, 'projects.create', projectInput({ name: 'Kept' }));
  first.close();

  await leaveHotJournal(file);
  expect(statSync(`${file}-journal`).size).toBeGreaterThan(0);

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    expect(ws.info.workspace).toEqual({ state: 'ready' });
    expect(existsSync(join(tmp.dir, 'quarantine'))).toBe(false);
    expect((await callOk(ws.dispatch, 'projects.list', {})).map((x) => x.id)).toEqual([p.id]);
    // The crashed transaction was rolled back, not half kept.
    const filler = ws
      .openDb()
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'crash_filler'")
      .get() as { n: number };
    expect(filler.n).toBe(0);
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
  } finally {
    ws.close();
  }
  expect(existsSync(`${file}-journal`)).toBe(false);
});

it('moves a truly damaged file to quarantine together with its journal', async () => {
  const first = openTempWorkspace({ dataDir: tmp.dir });
  await callOk(first.dispatch, 'projects.create', projectInput());
  first.close();
  await leaveHotJournal(file);
  // Overwrite the whole file: rolling the journal back restores only the pages it holds.
  writeFileSync(file, Buffer.alloc(statSync(file).size, 0xff));

  const ws = openTempWorkspace({ dataDir: tmp.dir });
  try {
    expect(ws.info.workspace, JSON.stringify(ws.info.workspace)).toMatchObject({
      state: 'refused',
      reason: 'damaged',
    });
    const folder = (ws.info.workspace as { quarantinedTo: string }).quarantinedTo;
    expect(readdirSync(folder).sort()).toContain(`${DATABASE_FILE}-journal`);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith(DATABASE_FILE))).toEqual([]);
  } finally {
    ws.close();
  }
});
