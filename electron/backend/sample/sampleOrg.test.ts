import { afterEach, beforeEach, expect, it } from 'vitest';
import { orgOverview } from '../../../shared/domain/orgOverview';
import { callOk } from '../testing/calls';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
beforeEach(() => {
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

it('the sample has an org decision with an older one, a portfolio that outgrew it, and complete, partial and missing ownership', async () => {
  await callOk(ws.dispatch, 'sample.create', {});
  const org = await callOk(ws.dispatch, 'org.get', {});
  const projects = await callOk(ws.dispatch, 'projects.list', {});
  const ownerships = await callOk(ws.dispatch, 'ownership.list', {});
  const o = orgOverview(org, projects, ownerships);

  expect(org.decisions.map((d) => d.model)).toEqual(['centralized', 'embedded']);
  expect(o.decision?.model).toBe('embedded');
  expect(o.figures).toMatchObject({ activeProducts: 7, activeProductsSource: 'portfolio' });
  expect(o.range).toMatchObject({ status: 'out_of_range' });
  expect(o.recommendation.recommended).toBe('hybrid');

  const gaps = (name: RegExp) =>
    o.projects.find((p) => name.test(p.name))?.gaps.map((g) => g.key) ?? ['(no such project)'];
  expect(gaps(/fraud scoring/)).toEqual([]);
  expect(gaps(/Support triage/)).toEqual(
    expect.arrayContaining(['on-call-no-ml-infra', 'runbooks-missing', 'no-platform-owner']),
  );
  expect(gaps(/Claims intake/)[0]).toBe('ds-owns-production');
  expect(gaps(/Αθήνα/)).toEqual(expect.arrayContaining(['no-ml-owner', 'no-on-call']));
  expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
});

it('a generated sample smaller than the curated one still gets its org decisions', async () => {
  await callOk(ws.dispatch, 'sample.create', { projects: 2 });
  expect((await callOk(ws.dispatch, 'org.get', {})).decisions).toHaveLength(2);
  // The first two curated projects (support triage, fraud scoring) both have owners recorded.
  expect(await callOk(ws.dispatch, 'ownership.list', {})).toHaveLength(2);
});
