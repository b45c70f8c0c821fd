import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finalAuditWith } from '../testing/auditFixtures';
import { callErr, callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

// The test clock is 2026-03-14 (FIXED_NOW).
let ws: TempWorkspace;
let projectId: string;
beforeEach(async () => {
  ws = openTempWorkspace();
  projectId = (await callOk(ws.dispatch, 'projects.create', projectInput())).id;
});
afterEach(() => ws.dispose());

const OPEN = {
  'versioning.model_registry': 0,
  'fallback.fallback_tiers': 0,
  'observability.drift_detection': 0.5,
  'pipeline.ci_cd': 0,
} as const;

async function planned(startOn = '2026-03-02') {
  await finalAuditWith(ws.dispatch, projectId, OPEN);
  return callOk(ws.dispatch, 'plans.generate', { projectId, startOn });
}

describe('the plan', () => {
  it('needs a final audit: week 1 is the audit', async () => {
    const before = contentOf(ws.openDb());
    const err = await callErr(ws.dispatch, 'plans.generate', { projectId });
    expect(err.code).toBe('RULE_VIOLATION');
    expect(err.message).toContain('no final audit');
    expect(contentOf(ws.openDb())).toEqual(before);
  });

  it('is built from the latest final audit, starts today by default, and is recorded in the history', async () => {
    const auditId = await finalAuditWith(ws.dispatch, projectId, OPEN);
    const plan = await callOk(ws.dispatch, 'plans.generate', { projectId });
    expect(plan.startOn).toBe('2026-03-14');
    expect(plan.auditId).toBe(auditId);
    expect(plan.tasks.map((t) => [t.section, t.practiceKey, t.status])).toEqual([
      ['week_1', 'audit', 'done'],
      ['week_2', 'versioning.model_registry', 'todo'],
      ['week_2', 'fallback.fallback_tiers', 'todo'],
      ['week_3', 'observability.drift_detection', 'todo'],
      ['week_4', 'checkpoint_sprint', 'todo'],
      ['week_4', 'remediation_plan', 'todo'],
      ['after', 'pipeline.ci_cd', 'todo'],
    ]);
    expect(plan.tasks[0]?.auditId).toBe(auditId);
    const [event] = await callOk(ws.dispatch, 'history.list', { projectId, limit: 1 });
    expect(event).toMatchObject({ entity: 'plan', action: 'generate' });
    expect(event?.summary).toContain('Built the 30-day plan from “Audit of 2026-03-02” (7 tasks');
    expect((await callErr(ws.dispatch, 'plans.generate', { projectId })).code).toBe('CONFLICT');
  });

  it('edits a task: owner, due date, notes, status with a reason; each change in the history', async () => {
    const plan = await planned();
    const task = plan.tasks[1]!;
    const edited = await callOk(ws.dispatch, 'plans.updateTask', {
      id: task.id,
      patch: {
        owner: 'Zoë Łódź',
        dueOn: '2026-03-31',
        notes: 'Ask platform',
        status: 'blocked',
        statusReason: 'Waiting for the registry licence',
      },
    });
    expect(edited).toMatchObject({
      owner: 'Zoë Łódź',
      dueOn: '2026-03-31',
      status: 'blocked',
      statusReason: 'Waiting for the registry licence',
    });
    const [event] = await callOk(ws.dispatch, 'history.list', { entityId: task.id, limit: 1 });
    expect(event?.summary).toBe(
      'Marked “Model registry” blocked: Waiting for the registry licence',
    );
    expect(event?.before).toMatchObject({ owner: '', status: 'todo' });
    // Moving on from blocked clears the reason.
    const done = await callOk(ws.dispatch, 'plans.updateTask', {
      id: task.id,
      patch: { status: 'done' },
    });
    expect(done.statusReason).toBe('');
    const err = await callErr(ws.dispatch, 'plans.updateTask', {
      id: task.id,
      patch: { status: 'skipped' },
    });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'patch.statusReason' }] });
  });

  it('adds a task by hand (due at the end of its week), moves it by index, deletes only hand-made tasks', async () => {
    const plan = await planned();
    const mine = await callOk(ws.dispatch, 'plans.addTask', {
      projectId,
      section: 'week_2',
      title: 'Pick a registry',
    });
    expect(mine).toMatchObject({ origin: 'manual', dueOn: '2026-03-15', position: 2 });
    const moved = await callOk(ws.dispatch, 'plans.moveTask', {
      id: mine.id,
      section: 'week_2',
      index: 0,
    });
    expect(moved.tasks.filter((t) => t.section === 'week_2').map((t) => t.title)).toEqual([
      'Pick a registry',
      'Model registry',
      'One fallback path on the highest-risk inference endpoint',
    ]);
    const across = await callOk(ws.dispatch, 'plans.moveTask', {
      id: mine.id,
      section: 'week_3',
      index: 99,
    });
    expect(across.tasks.filter((t) => t.section === 'week_2').map((t) => t.position)).toEqual([
      0, 1,
    ]);
    expect(across.tasks.filter((t) => t.section === 'week_3').map((t) => t.title)).toEqual([
      'Data drift detection',
      'Pick a registry',
    ]);
    const generated = plan.tasks[1]!;
    expect((await callErr(ws.dispatch, 'plans.deleteTask', { id: generated.id })).code).toBe(
      'RULE_VIOLATION',
    );
    await callOk(ws.dispatch, 'plans.deleteTask', { id: mine.id });
    expect((await callOk(ws.dispatch, 'plans.get', { projectId }))?.tasks).toHaveLength(
      plan.tasks.length,
    );
  });

  it('re-plans after a newer audit: adds, closes only what was chosen, keeps every edit', async () => {
    const plan = await planned();
    const [registry, fallback, drift] = [plan.tasks[1]!, plan.tasks[2]!, plan.tasks[3]!];
    await callOk(ws.dispatch, 'plans.updateTask', {
      id: registry.id,
      patch: { owner: 'Aiko 佐藤', notes: 'MLflow', dueOn: '2026-03-20' },
    });
    await callOk(ws.dispatch, 'plans.updateTask', {
      id: fallback.id,
      patch: { status: 'skipped', statusReason: 'Cached answers exist' },
    });
    const mine = await callOk(ws.dispatch, 'plans.addTask', {
      projectId,
      section: 'week_3',
      title: 'Ask SRE for alert routing',
    });
    await callOk(ws.dispatch, 'plans.moveTask', { id: mine.id, section: 'week_3', index: 0 });

    // Newer audit: registry and drift now met, inference log newly open.
    const newer = await finalAuditWith(
      ws.dispatch,
      projectId,
      { 'fallback.fallback_tiers': 0, 'pipeline.ci_cd': 0, 'observability.inference_log': 0 },
      '2026-03-12',
    );
    const preview = await callOk(ws.dispatch, 'plans.replanPreview', { projectId });
    expect(preview.auditId).toBe(newer);
    expect(preview.toAdd.map((a) => [a.practiceKey, a.section])).toEqual([
      ['observability.inference_log', 'week_3'],
    ]);
    expect(preview.toClose.map((c) => c.taskId).sort()).toEqual([registry.id, drift.id].sort());

    const after = await callOk(ws.dispatch, 'plans.replanApply', {
      projectId,
      auditId: newer,
      closeTaskIds: [registry.id],
    });
    const byId = new Map(after.tasks.map((t) => [t.id, t]));
    expect(byId.get(registry.id)).toMatchObject({
      owner: 'Aiko 佐藤',
      notes: 'MLflow',
      dueOn: '2026-03-20',
      status: 'done',
    });
    expect(byId.get(drift.id)?.status).toBe('todo');
    expect(byId.get(fallback.id)).toMatchObject({
      status: 'skipped',
      statusReason: 'Cached answers exist',
    });
    expect(after.tasks.filter((t) => t.section === 'week_3').map((t) => t.title)).toEqual([
      'Ask SRE for alert routing',
      'Data drift detection',
      'Per-inference log',
    ]);
    expect(after.auditId).toBe(newer);
    const [event] = await callOk(ws.dispatch, 'history.list', { projectId, limit: 1 });
    expect(event?.summary).toBe('Re-planned from “Audit of 2026-03-12”: 1 added, 1 closed');
  });

  it('refuses to apply a stale preview', async () => {
    const plan = await planned();
    await finalAuditWith(ws.dispatch, projectId, {}, '2026-03-12');
    const err = await callErr(ws.dispatch, 'plans.replanApply', {
      projectId,
      auditId: plan.auditId,
      closeTaskIds: [],
    });
    expect(err.code).toBe('CONFLICT');
  });

  it('counts overdue and blocked tasks for the portfolio, with the timeline and rank', async () => {
    await planned('2026-02-02'); // week 2 ended 2026-02-15: overdue on 2026-03-14
    const plan = (await callOk(ws.dispatch, 'plans.get', { projectId }))!;
    await callOk(ws.dispatch, 'plans.updateTask', {
      id: plan.tasks[3]!.id,
      patch: { status: 'blocked', statusReason: 'No metrics store' },
    });
    await callOk(ws.dispatch, 'timeline.save', {
      projectId,
      priorityRank: 1,
      firstProductionOn: null,
    });
    const [row] = await callOk(ws.dispatch, 'plans.overview', {});
    expect(row).toEqual({
      projectId,
      hasPlan: true,
      startOn: '2026-02-02',
      total: 7,
      closed: 1,
      overdue: 5, // weeks 2-4 are past; the after-day-30 sprint is due 2026-03-24
      blocked: 1,
      firstProductionOn: null,
      priorityRank: 1,
    });
    const [entry] = await callOk(ws.dispatch, 'portfolio.summary', {});
    expect(entry?.plan).toEqual(row);
  });

  it('refuses a first production date before the PoC approval', async () => {
    await callOk(ws.dispatch, 'projects.update', {
      id: projectId,
      patch: { pocApprovedOn: '2026-01-05' },
    });
    const err = await callErr(ws.dispatch, 'timeline.save', {
      projectId,
      firstProductionOn: '2026-01-04',
    });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'firstProductionOn' }] });
    const saved = await callOk(ws.dispatch, 'timeline.save', {
      projectId,
      firstProductionOn: '2026-03-16',
    });
    expect(saved.firstProductionOn).toBe('2026-03-16');
  });
});
