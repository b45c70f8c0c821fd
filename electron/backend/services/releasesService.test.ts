import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseLeadTime } from '../../../shared/domain/releaseLeadTime';
import { callErr, callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
let projectId: string;
beforeEach(async () => {
  ws = openTempWorkspace();
  projectId = (await callOk(ws.dispatch, 'projects.create', projectInput())).id;
});
afterEach(() => ws.dispose());

describe('model releases', () => {
  it('records a release, judges its lead time, and writes the history in the same transaction', async () => {
    const r = await callOk(ws.dispatch, 'releases.create', {
      projectId,
      version: '2.4.0',
      promptVersion: 'p-17',
      kind: 'update',
      trainedOn: '2026-02-20',
      servingOn: '2026-02-27',
    });
    expect(r).toMatchObject({ notes: '', promptVersion: 'p-17' });
    expect(releaseLeadTime(r, '2026-03-14')).toMatchObject({ days: 7, verdict: 'on_track' });
    const [event] = await callOk(ws.dispatch, 'history.list', { entityId: r.id });
    expect(event).toMatchObject({
      entity: 'release',
      action: 'create',
      summary: 'Recorded release 2.4.0',
    });
    const later = await callOk(ws.dispatch, 'releases.update', {
      id: r.id,
      patch: { servingOn: '2026-04-10' },
    });
    expect(releaseLeadTime(later, '2026-06-01').verdict).toBe('process_problem');
    expect(await callOk(ws.dispatch, 'releases.list', { projectId })).toEqual([later]);
    expect(await callOk(ws.dispatch, 'releases.all', {})).toEqual([later]);
  });

  it('refuses serving before training, inline on the field, saving nothing', async () => {
    const before = contentOf(ws.openDb());
    const err = await callErr(ws.dispatch, 'releases.create', {
      projectId,
      version: '1',
      kind: 'new_model',
      trainedOn: '2026-03-01',
      servingOn: '2026-02-28',
    });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'servingOn' }] });
    const r = await callOk(ws.dispatch, 'releases.create', {
      projectId,
      version: '1',
      kind: 'new_model',
      trainedOn: '2026-03-01',
    });
    const mid = contentOf(ws.openDb());
    const err2 = await callErr(ws.dispatch, 'releases.update', {
      id: r.id,
      patch: { trainedOn: '2026-03-20', servingOn: '2026-03-10' },
    });
    expect(err2.code).toBe('INVALID_INPUT');
    expect(contentOf(ws.openDb())).toEqual(mid);
    expect(before).not.toEqual(mid);
  });

  it('leaves an archived project’s releases out of the portfolio and refuses new ones', async () => {
    await callOk(ws.dispatch, 'releases.create', {
      projectId,
      version: '1',
      kind: 'update',
      trainedOn: '2026-03-01',
    });
    await callOk(ws.dispatch, 'projects.archive', { id: projectId });
    expect(await callOk(ws.dispatch, 'releases.all', {})).toEqual([]);
    const err = await callErr(ws.dispatch, 'releases.create', {
      projectId,
      version: '2',
      kind: 'update',
      trainedOn: '2026-03-02',
    });
    expect(err.code).toBe('READ_ONLY');
  });
});
