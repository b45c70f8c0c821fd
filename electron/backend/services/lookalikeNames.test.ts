import { afterEach, beforeEach, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

// Issue 7, item 6: names that look alike are the same name, and characters that show nothing
// or reverse the text are refused in one-line fields.

let ws: TempWorkspace;
beforeEach(() => {
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

const create = (name: string) => ws.dispatch('projects.create', projectInput({ name }));

it.each([
  ['a zero-width space inside', 'Al\u200bpha'],
  ['a right-to-left override that displays as "Alpha"', '\u202eahplA'],
  ['only a zero-width space', '\u200b'],
  ['a byte order mark inside', 'Al\ufeffpha'],
  ['a bidirectional isolate', 'Alpha\u2066'],
])('refuses a name with %s, saying why', async (_what, name) => {
  const r = await create(name);
  expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(r.ok ? '' : r.error.message).toMatch(/invisible or text-direction character/);
  expect(await callOk(ws.dispatch, 'projects.list', {})).toEqual([]);
});

it('stores a name in composed form and finds the decomposed spelling a duplicate', async () => {
  const p = await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Cafe\u0301 bot' }));
  expect(p.name).toBe('Caf\u00e9 bot');
  expect(await create('CAF\u00c9 BOT')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

it('finds a name spelled with a joiner a duplicate of the plain one', async () => {
  await callOk(ws.dispatch, 'projects.create', projectInput({ name: 'Alpha' }));
  expect(await create('Al\u200dpha')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

it('still accepts names that need joiners and other scripts', async () => {
  for (const name of [
    '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645',
    'Team \u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
    'Zoë Search',
  ])
    expect((await callOk(ws.dispatch, 'projects.create', projectInput({ name }))).name).toBe(name);
});
