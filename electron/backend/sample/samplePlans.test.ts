import { afterEach, beforeEach, expect, it } from 'vitest';
import { localToday } from '../../../shared/domain/calendar';
import { progressOf } from '../../../shared/domain/planProgress';
import { releaseLeadTime } from '../../../shared/domain/releaseLeadTime';
import { callOk } from '../testing/calls';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
beforeEach(() => {
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

const today = localToday(FIXED_NOW);

it('the sample has plans in progress with overdue, blocked and skipped tasks, a ranking, and releases on both sides of their targets', async () => {
  await callOk(ws.dispatch, 'sample.create', {});
  const projects = await callOk(ws.dispatch, 'projects.list', {});
  const byName = (re: RegExp) => projects.find((p) => re.test(p.name))!;
  const overview = await callOk(ws.dispatch, 'plans.overview', {});
  expect(overview.filter((o) => o.hasPlan)).toHaveLength(5);
  expect(overview.reduce((n, o) => n + o.overdue, 0)).toBeGreaterThan(0);
  expect(overview.reduce((n, o) => n + o.blocked, 0)).toBeGreaterThan(0);
  expect(overview.find((o) => o.priorityRank === 1)?.projectId).toBe(byName(/Claims intake/).id);

  const statuses = new Set<string>();
  for (const o of overview.filter((x) => x.hasPlan)) {
    const plan = (await callOk(ws.dispatch, 'plans.get', { projectId: o.projectId }))!;
    for (const t of plan.tasks) statuses.add(t.status);
    expect(progressOf(plan.tasks, today).overdue).toBe(o.overdue);
    expect(
      plan.tasks.some((t) => t.origin === 'manual') ||
        o.projectId === byName(/Поиск/).id ||
        o.projectId === byName(/fraud/).id,
    ).toBe(true);
  }
  expect([...statuses].sort()).toEqual(['blocked', 'done', 'in_progress', 'skipped', 'todo']);

  // A plan built from an older audit: re-planning has something to offer.
  const preview = await callOk(ws.dispatch, 'plans.replanPreview', {
    projectId: byName(/fraud scoring/).id,
  });
  expect(preview.toAdd.length + preview.toClose.length).toBeGreaterThan(0);

  const verdicts = new Set(
    (await callOk(ws.dispatch, 'releases.all', {})).map((r) => releaseLeadTime(r, today).verdict),
  );
  expect(verdicts).toEqual(new Set(['on_track', 'process_problem', 'over_target', 'waiting']));
  expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
});

it('a small generated sample still works (the first two curated projects both have plans)', async () => {
  await callOk(ws.dispatch, 'sample.create', { projects: 2 });
  expect((await callOk(ws.dispatch, 'plans.overview', {})).filter((o) => o.hasPlan)).toHaveLength(
    2,
  );
});
