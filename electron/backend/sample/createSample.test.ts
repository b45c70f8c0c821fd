import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finalizeProblems, scoreOfAudit } from '../../../shared/domain/auditRules';
import { daysBetween, localToday } from '../../../shared/domain/calendar';
import { PROJECT_KINDS, PROJECT_STAGES } from '../../../shared/domain/project';
import { compareFractions } from '../../../shared/framework';
import { callErr, callOk, contentOf } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
beforeEach(() => {
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

describe('sample.create', () => {
  it('fills an empty workspace with every stage and kind, several scripts and audit trends', async () => {
    const summary = await callOk(ws.dispatch, 'sample.create', {});
    const projects = await callOk(ws.dispatch, 'projects.list', {});
    expect(summary.projects).toBe(projects.length);
    expect(projects.length).toBeGreaterThanOrEqual(8);
    expect(new Set(projects.map((p) => p.kind))).toEqual(new Set(PROJECT_KINDS));
    expect(new Set(projects.map((p) => p.stage))).toEqual(new Set(PROJECT_STAGES));
    const names = projects.map((p) => p.name).join(' ');
    for (const script of [/\p{Script=Greek}/u, /\p{Script=Cyrillic}/u, /\p{Script=Han}/u, /ë/u])
      expect(names).toMatch(script);

    const today = localToday(FIXED_NOW);
    let audits = 0;
    let rising = 0;
    let acrossVersions = 0;
    for (const p of projects) {
      const list = await callOk(ws.dispatch, 'audits.list', { projectId: p.id });
      audits += list.length;
      // Some trends span framework 2026.1 and the current version (issue 9).
      if (new Set(list.map((a) => a.frameworkVersion)).size > 1) acrossVersions++;
      for (const a of list) {
        expect(daysBetween(a.takenOn, today)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(a.takenOn, today)).toBeLessThanOrEqual(92);
        // A final audit of the sample is one the app itself would have let the team finalise.
        if (a.status === 'final') expect(finalizeProblems(a)).toEqual([]);
      }
      const finals = list.filter((a) => a.status === 'final').map(scoreOfAudit);
      const [first, last] = [finals[0]?.headline, finals.at(-1)?.headline];
      if (finals.length > 1 && first && last && compareFractions(last, first) > 0) rising++;
    }
    expect(summary.audits).toBe(audits);
    expect(rising).toBeGreaterThanOrEqual(3);
    expect(acrossVersions).toBeGreaterThanOrEqual(2);
    expect(await callOk(ws.dispatch, 'history.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a workspace that already holds a project, and writes nothing', async () => {
    await callOk(ws.dispatch, 'projects.create', projectInput());
    const before = contentOf(ws.openDb());
    const error = await callErr(ws.dispatch, 'sample.create', {});
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toMatch(/already holds 1 project; the sample only goes into an empty/);
    expect(contentOf(ws.openDb())).toEqual(before);
  });

  it('generates projects beyond the curated ones, each with five final audits', async () => {
    const summary = await callOk(ws.dispatch, 'sample.create', { projects: 40 });
    const projects = await callOk(ws.dispatch, 'projects.list', {});
    expect(projects).toHaveLength(40);
    expect(new Set(projects.map((p) => p.name)).size).toBe(40);
    const finals = await callOk(ws.dispatch, 'audits.latestFinal', {});
    const generated = projects.filter((p) => p.name.startsWith('Sample project'));
    expect(generated).toHaveLength(31);
    const one = await callOk(ws.dispatch, 'audits.list', { projectId: generated[0]!.id });
    expect(one.map((a) => a.status)).toEqual(['final', 'final', 'final', 'final', 'final']);
    expect(finals.length).toBeGreaterThanOrEqual(38);
    expect(summary.projects).toBe(40);
  });
});
