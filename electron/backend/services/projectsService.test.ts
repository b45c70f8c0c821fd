import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/domain/project';
import type { Db } from '../database/openDatabase';
import { callErr, callOk, contentOf, historyCount } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import {
  FIXED_NOW,
  openTempWorkspace,
  totalChanges,
  type TempWorkspace,
} from '../testing/tempWorkspace';

let ws: TempWorkspace;
let db: Db;
const log = vi.fn();

beforeEach(() => {
  log.mockClear();
  ws = openTempWorkspace({ log });
  db = ws.openDb();
});
afterEach(() => ws.dispose());

const create = (name: string, extra: Partial<Parameters<typeof projectInput>[0]> = {}) =>
  callOk(ws.dispatch, 'projects.create', projectInput({ name, ...extra }));

/** Runs a call that must be refused, and checks that it wrote nothing at all. */
async function expectRefusedUnchanged(channel: string, input: unknown, code: string) {
  const changes = totalChanges(db);
  const content = contentOf(db);
  const error = await callErr(ws.dispatch, channel, input);
  expect(error.code).toBe(code);
  expect(error.message).not.toBe('');
  expect(totalChanges(db)).toBe(changes);
  expect(contentOf(db)).toEqual(content);
  return error;
}

const lastEvent = async () => (await callOk(ws.dispatch, 'history.list', { limit: 1 }))[0]!;

describe('projects: the life cycle through dispatch', () => {
  it('creates a project with defaults, trimmed name and the clock’s timestamps', async () => {
    const p = await callOk(ws.dispatch, 'projects.create', {
      name: '  Fraud scoring  ',
      kind: 'classification',
      stage: 'productionizing',
      pocApprovedOn: '2026-01-15',
    });
    expect(p).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Fraud scoring',
      description: '',
      owner: '',
      team: '',
      kind: 'classification',
      stage: 'productionizing',
      pocApprovedOn: '2026-01-15',
      targetOn: null,
      archivedAt: null,
      createdAt: FIXED_NOW.toISOString(),
      updatedAt: FIXED_NOW.toISOString(),
    });
    expect(await callOk(ws.dispatch, 'projects.get', { id: p.id })).toEqual(p);
    expect(await callOk(ws.dispatch, 'projects.list', {})).toEqual([p]);
  });

  it('updates only the fields given', async () => {
    const p = await create('Search ranking', { owner: 'Ana', team: 'Core' });
    const updated = await callOk(ws.dispatch, 'projects.update', {
      id: p.id,
      patch: { stage: 'in_production', targetOn: '2026-06-30', description: 'Line 1\nLine 2' },
    });
    expect(updated).toEqual({
      ...p,
      stage: 'in_production',
      targetOn: '2026-06-30',
      description: 'Line 1\nLine 2',
    });
    expect(await callOk(ws.dispatch, 'projects.get', { id: p.id })).toEqual(updated);
  });

  it('archives and unarchives; the list keeps archived projects, marked', async () => {
    const p = await create('Churn model');
    const archived = await callOk(ws.dispatch, 'projects.archive', { id: p.id });
    expect(archived.archivedAt).toBe(FIXED_NOW.toISOString());
    expect(await callOk(ws.dispatch, 'projects.list', {})).toEqual([archived]);
    const restored = await callOk(ws.dispatch, 'projects.unarchive', { id: p.id });
    expect(restored).toEqual({ ...p, archivedAt: null });
  });

  it('an archived project is read-only until restored', async () => {
    const p = await create('Frozen model');
    await callOk(ws.dispatch, 'projects.archive', { id: p.id });
    await expectRefusedUnchanged(
      'projects.update',
      { id: p.id, patch: { owner: 'Someone' } },
      'READ_ONLY',
    );
  });

  it('deletes a project; it is gone but its history remains', async () => {
    const p = await create('Doc QA');
    await expect(callOk(ws.dispatch, 'projects.delete', { id: p.id })).resolves.toEqual({
      id: p.id,
    });
    expect(await callOk(ws.dispatch, 'projects.list', {})).toEqual([]);
    await expectRefusedUnchanged('projects.get', { id: p.id }, 'NOT_FOUND');
    const events = await callOk(ws.dispatch, 'history.list', { entityId: p.id, limit: 10 });
    expect(events.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(events[0]).toMatchObject({ before: p, after: null });
  });

  it.each(['projects.get', 'projects.archive', 'projects.unarchive', 'projects.delete'])(
    '%s of an unknown id is NOT_FOUND and writes nothing',
    async (channel) => {
      await create('Existing');
      await expectRefusedUnchanged(channel, { id: randomUUID() }, 'NOT_FOUND');
    },
  );

  it('projects.update of an unknown id is NOT_FOUND and writes nothing', async () => {
    await expectRefusedUnchanged(
      'projects.update',
      { id: randomUUID(), patch: { name: 'Ghost' } },
      'NOT_FOUND',
    );
  });
});

describe('project names are unique among active projects, ignoring case', () => {
  it.each([
    ['Pilot', 'pilot'],
    ['Pilot', 'PILOT'],
    ['Émile', 'émile'],
    ['émile', 'ÉMILE'],
    ['Ωmega', 'ωMEGA'],
    ['Émile', 'E\u0301mile'], // the same letter, decomposed
    ['Pilot', '  pilot '],
  ])('refuses “%s” then “%s” with CONFLICT on the name', async (first, second) => {
    await create(first);
    const error = await expectRefusedUnchanged(
      'projects.create',
      projectInput({ name: second }),
      'CONFLICT',
    );
    expect(error.issues).toEqual([{ path: 'name', message: expect.any(String) }]);
    expect(error.message).toContain(first);
  });

  it('refuses renaming into another active project’s name', async () => {
    await create('Émile');
    const other = await create('Zoë');
    await expectRefusedUnchanged(
      'projects.update',
      { id: other.id, patch: { name: 'ÉMILE' } },
      'CONFLICT',
    );
  });

  it('lets a project change the case of its own name', async () => {
    const p = await create('pilot');
    const renamed = await callOk(ws.dispatch, 'projects.update', {
      id: p.id,
      patch: { name: 'Pilot' },
    });
    expect(renamed.name).toBe('Pilot');
  });

  it('archiving frees the name; unarchiving into the clash is refused with CONFLICT', async () => {
    const old = await create('Émile');
    await callOk(ws.dispatch, 'projects.archive', { id: old.id });
    const fresh = await create('émile');
    expect(fresh.name).toBe('émile');

    const error = await expectRefusedUnchanged('projects.unarchive', { id: old.id }, 'CONFLICT');
    expect(error.message).toMatch(/Rename it or archive the other one first/);
    expect((await callOk(ws.dispatch, 'projects.get', { id: old.id })).archivedAt).not.toBeNull();
  });

  it('refuses archiving an archived project and unarchiving an active one', async () => {
    const p = await create('Pilot');
    await expectRefusedUnchanged('projects.unarchive', { id: p.id }, 'CONFLICT');
    await callOk(ws.dispatch, 'projects.archive', { id: p.id });
    await expectRefusedUnchanged('projects.archive', { id: p.id }, 'CONFLICT');
  });
});

describe('every write appends exactly one history event, in the same transaction', () => {
  it('records actor, action, before and after for each write', async () => {
    const steps: [string, () => Promise<Project | { id: string }>][] = [];
    let p!: Project;
    steps.push(['create', async () => (p = await create('Pilot'))]);
    steps.push([
      'update',
      () => callOk(ws.dispatch, 'projects.update', { id: p.id, patch: { name: 'Pilot 2' } }),
    ]);
    steps.push(['archive', () => callOk(ws.dispatch, 'projects.archive', { id: p.id })]);
    steps.push(['unarchive', () => callOk(ws.dispatch, 'projects.unarchive', { id: p.id })]);
    steps.push(['delete', () => callOk(ws.dispatch, 'projects.delete', { id: p.id })]);

    let before: Project | null = null;
    for (const [action, run] of steps) {
      const count = historyCount(db);
      const result = await run();
      expect(historyCount(db), action).toBe(count + 1);
      const after = action === 'delete' ? null : (result as Project);
      expect(await lastEvent()).toMatchObject({
        actor: 'tester',
        at: FIXED_NOW.toISOString(),
        entity: 'project',
        entityId: p.id,
        action,
        before,
        after,
      });
      before = after;
    }
    expect((await lastEvent()).summary).toBe('Deleted project “Pilot 2”');
  });

  it('reads append nothing', async () => {
    const p = await create('Pilot');
    const changes = totalChanges(db);
    await callOk(ws.dispatch, 'projects.get', { id: p.id });
    await callOk(ws.dispatch, 'projects.list', {});
    await callOk(ws.dispatch, 'history.list', {});
    await callOk(ws.dispatch, 'history.verify', {});
    expect(totalChanges(db)).toBe(changes);
  });

  it('when the history event cannot be written, the change is not saved either', async () => {
    const p = await create('Pilot');
    // A temporary trigger (this connection only) makes every history insert fail.
    db.exec(`CREATE TEMP TRIGGER no_history BEFORE INSERT ON history_events
             BEGIN SELECT RAISE(ABORT, 'history is unavailable'); END`);
    const content = contentOf(db);

    expect(
      (await callErr(ws.dispatch, 'projects.create', projectInput({ name: 'New' }))).code,
    ).toBe('INTERNAL');
    const patch = { name: 'Renamed', owner: 'Bo' };
    expect((await callErr(ws.dispatch, 'projects.update', { id: p.id, patch })).code).toBe(
      'INTERNAL',
    );
    expect((await callErr(ws.dispatch, 'projects.delete', { id: p.id })).code).toBe('INTERNAL');
    expect(contentOf(db)).toEqual(content);
    expect(log).toHaveBeenCalledTimes(3);

    db.exec('DROP TRIGGER no_history');
    expect(await callOk(ws.dispatch, 'projects.get', { id: p.id })).toEqual(p);
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true, events: 1 });
  });
});

describe('text that cannot be stored as UTF-8', () => {
  it('a lone surrogate is refused, so it never breaks the stored name or the seal', async () => {
    const r = await ws.dispatch('projects.create', projectInput({ name: 'Pilot \ud83d' }));
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'name' }] },
    });
  });
});

describe('dates in order (issue 6, item 7)', () => {
  it('refuses a target date before the PoC approval, on create and on a patch of one date', async () => {
    await expectRefusedUnchanged(
      'projects.create',
      projectInput({ name: 'Backwards', pocApprovedOn: '2026-05-01', targetOn: '2026-04-30' }),
      'INVALID_INPUT',
    );
    const p = await create('Forwards', { pocApprovedOn: '2026-05-01', targetOn: '2026-07-01' });
    const error = await expectRefusedUnchanged(
      'projects.update',
      { id: p.id, patch: { targetOn: '2026-04-01' } },
      'INVALID_INPUT',
    );
    expect(error.message).toMatch(/before the PoC approval/);
    expect(error.issues?.map((i) => i.path)).toEqual(['targetOn']);
    // The same day is fine, and moving the approval later than the target is refused too.
    await callOk(ws.dispatch, 'projects.update', { id: p.id, patch: { targetOn: '2026-05-01' } });
    await expectRefusedUnchanged(
      'projects.update',
      { id: p.id, patch: { pocApprovedOn: '2026-05-02' } },
      'INVALID_INPUT',
    );
  });
});
