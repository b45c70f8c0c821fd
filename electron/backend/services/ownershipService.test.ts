import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_OWNERSHIP, type OwnershipFields } from '../../../shared/domain/ownership';
import { callErr, callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
let projectId: string;
beforeEach(async () => {
  ws = openTempWorkspace();
  projectId = (
    await callOk(ws.dispatch, 'projects.create', projectInput({ stage: 'in_production' }))
  ).id;
});
afterEach(() => ws.dispose());

const filled: OwnershipFields = {
  ...EMPTY_OWNERSHIP,
  productTeam: 'Customer Care AI',
  mlOwner: 'Amara Okafor',
  onCall: { rotation: 'care-ml weekly', mlInfraPerson: '' },
  runbooks: {
    ...EMPTY_OWNERSHIP.runbooks,
    rollback: { present: true, reference: 'https://wiki.example/care/rollback' },
    escalate: { present: false, reference: 'Drafting with the research team' },
  },
  alertRoutes: {
    drift: { kind: 'model_default' },
    latency: { kind: 'party', party: 'platform_owner' },
    cost: { kind: 'person', name: 'Finance desk' },
  },
  handoff: {
    status: 'planned',
    plannedStart: '2026-04-06',
    plannedEnd: '2026-04-24',
    researchCoOwner: 'Lena Park',
    productionCoOwner: 'Kai Tanaka',
  },
};

describe('ownership', () => {
  it('is empty for a project until recorded', async () => {
    expect(await callOk(ws.dispatch, 'ownership.get', { projectId })).toEqual({
      ...EMPTY_OWNERSHIP,
      projectId,
      updatedAt: null,
    });
    expect(await callOk(ws.dispatch, 'ownership.list', {})).toEqual([]);
  });

  it('saves the whole record, reads it back, and records the change in the project history', async () => {
    const saved = await callOk(ws.dispatch, 'ownership.save', { projectId, ownership: filled });
    expect(saved).toEqual({ ...filled, projectId, updatedAt: saved.updatedAt });
    expect(await callOk(ws.dispatch, 'ownership.get', { projectId })).toEqual(saved);
    expect(await callOk(ws.dispatch, 'ownership.list', {})).toEqual([saved]);
    const [event] = await callOk(ws.dispatch, 'history.list', { projectId, limit: 1 });
    expect(event).toMatchObject({ entity: 'ownership', action: 'update', before: null });
    expect(event?.summary).toBe(
      'Recorded who owns what for “Support triage assistant”: owners, on-call, runbooks, alert routing, hand-off sprint',
    );

    // A second save names only what changed; overrides can go back to the model's default.
    const next = {
      ...filled,
      alertRoutes: { ...filled.alertRoutes, cost: { kind: 'model_default' as const } },
    };
    await callOk(ws.dispatch, 'ownership.save', { projectId, ownership: next });
    const [second] = await callOk(ws.dispatch, 'history.list', { projectId, limit: 1 });
    expect(second?.summary).toBe(
      'Recorded who owns what for “Support triage assistant”: alert routing',
    );
    expect((await callOk(ws.dispatch, 'ownership.get', { projectId })).alertRoutes.cost).toEqual({
      kind: 'model_default',
    });
  });

  it('refuses a present runbook without a link or note, and an archived project, saving nothing', async () => {
    const before = contentOf(ws.openDb());
    const bad = await callErr(ws.dispatch, 'ownership.save', {
      projectId,
      ownership: {
        ...filled,
        runbooks: { ...filled.runbooks, retrain: { present: true, reference: '' } },
      },
    });
    expect(bad.issues).toEqual([
      {
        path: 'ownership.runbooks.retrain.reference',
        message: 'Give a link or a note so the on-call person can find it',
      },
    ]);
    expect(contentOf(ws.openDb())).toEqual(before);

    await callOk(ws.dispatch, 'projects.archive', { id: projectId });
    const archived = await callErr(ws.dispatch, 'ownership.save', { projectId, ownership: filled });
    expect(archived).toMatchObject({ code: 'READ_ONLY' });
    expect(archived.message).toMatch(/is archived. Restore it/);
  });

  it('goes with its project when the project is deleted', async () => {
    await callOk(ws.dispatch, 'ownership.save', { projectId, ownership: filled });
    await callOk(ws.dispatch, 'projects.delete', { id: projectId });
    const db = ws.openDb();
    for (const table of ['project_ownership', 'project_runbooks', 'project_alert_routes'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
