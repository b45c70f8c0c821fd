import { afterEach, beforeEach, expect, it } from 'vitest';
import { scoreOfAudit } from '../../../shared/domain/auditRules';
import { scoreOfSummary } from '../../../shared/domain/portfolio';
import { callOk } from '../testing/calls';
import { openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
beforeEach(() => {
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

it('portfolio.summary scores every project exactly as its latest final audit scores', async () => {
  await callOk(ws.dispatch, 'sample.create', { projects: 24 });
  const [summary, finals, projects] = await Promise.all([
    callOk(ws.dispatch, 'portfolio.summary', {}),
    callOk(ws.dispatch, 'audits.latestFinal', {}),
    callOk(ws.dispatch, 'projects.list', {}),
  ]);
  expect(summary.map((e) => e.projectId).sort()).toEqual(projects.map((p) => p.id).sort());
  const byProject = new Map(finals.map((a) => [a.projectId, a]));
  let audited = 0;
  for (const entry of summary) {
    const audit = byProject.get(entry.projectId);
    if (!audit) {
      expect(entry.readiness).toBeNull();
      continue;
    }
    audited++;
    expect(entry.readiness).toMatchObject({
      auditId: audit.id,
      title: audit.title,
      takenOn: audit.takenOn,
    });
    expect(scoreOfSummary(entry.readiness!)).toEqual(scoreOfAudit(audit));
  }
  expect(audited).toBeGreaterThan(15);
});

it('a newly finalised audit becomes the project’s readiness', async () => {
  const project = await callOk(ws.dispatch, 'projects.create', {
    name: 'Fresh',
    kind: 'llm',
    stage: 'poc',
  });
  expect((await callOk(ws.dispatch, 'portfolio.summary', {}))[0]?.readiness).toBeNull();
  const audit = await callOk(ws.dispatch, 'audits.create', {
    projectId: project.id,
    title: 'Week 1',
    takenOn: '2026-03-01',
  });
  for (const key of Object.keys(audit.practices))
    await callOk(ws.dispatch, 'audits.setPractice', {
      auditId: audit.id,
      practiceKey: key,
      answer: { kind: 'scored', level: 1 },
    });
  const final = await callOk(ws.dispatch, 'audits.finalize', { id: audit.id });
  const [entry] = await callOk(ws.dispatch, 'portfolio.summary', {});
  expect(entry?.readiness?.auditId).toBe(audit.id);
  expect(scoreOfSummary(entry!.readiness!)).toEqual(scoreOfAudit(final));
});
