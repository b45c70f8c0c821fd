import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk, contentOf, historyCount } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';
import type { Db } from './openDatabase';

let ws: TempWorkspace;
let db: Db;

beforeEach(() => {
  ws = openTempWorkspace();
  db = ws.openDb();
});
afterEach(() => ws.dispose());

const pageCount = () => db.pragma('page_count', { simple: true }) as number;
const longText = (i: number) => `${i} `.padEnd(4000, 'lorem ipsum ');

it('a full data file refuses the write cleanly, keeps what was saved, and recovers', async () => {
  await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Before the limit' }));
  db.pragma(`max_page_count = ${pageCount() + 4}`);

  let refused: Awaited<ReturnType<typeof ws.dispatch>> | undefined;
  let content = contentOf(db);
  let saved = 1;
  for (let i = 0; i < 50 && !refused; i++) {
    const r = await ws.dispatch(
      'projects.create',
      projectInput({ name: `Filler ${i}`, description: longText(i) }),
    );
    if (r.ok) {
      saved++;
      content = contentOf(db);
    } else refused = r;
  }

  expect(saved).toBeGreaterThan(1); // the limit was not hit at once: some writes fitted
  expect(refused).toEqual({
    ok: false,
    error: { code: 'STORAGE_FULL', message: expect.stringMatching(/full.*nothing was saved/i) },
  });
  // Nothing partial: no row and no history event for the refused project.
  expect(contentOf(db)).toEqual(content);
  const projects = await callOk(ws.dispatch, 'projects.list', {});
  expect(projects).toHaveLength(saved);
  expect(historyCount(db)).toBe(saved);
  expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({
    ok: true,
    events: saved,
  });
  expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  // Reads keep working while the file is full.
  expect(await callOk(ws.dispatch, 'projects.get', { id: projects[0]!.id })).toEqual(projects[0]);

  db.pragma('max_page_count = 1073741823');
  const after = await callOk(
    ws.dispatch,
    'projects.create',
    projectInput({ name: 'After the limit', description: longText(99) }),
  );
  expect(await callOk(ws.dispatch, 'projects.get', { id: after.id })).toEqual(after);
  expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({
    ok: true,
    events: saved + 1,
  });
});
