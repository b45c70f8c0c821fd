import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels';
import { addDays, localToday } from '../../../shared/domain/calendar';
import type { OrgDecisionInput } from '../../../shared/domain/org';
import { orgFlagContext } from '../../../shared/domain/orgOverview';
import { projectFlags } from '../../../shared/domain/projectFlags';
import { callErr, callOk, contentOf, historyCount } from '../testing/calls';
import { projectInput } from '../testing/projectFixtures';
import { FIXED_NOW, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

let ws: TempWorkspace;
beforeEach(() => {
  ws = openTempWorkspace();
});
afterEach(() => ws.dispose());

const today = localToday(FIXED_NOW);
const decision = (over: Partial<OrgDecisionInput> = {}): OrgDecisionInput => ({
  model: 'embedded',
  rationale: 'Four products, one ML engineer in each team.',
  decidedBy: 'Ines Duarte',
  decidedOn: addDays(today, -30),
  ...over,
});

const addProjects = async (n: number, stage: 'poc' | 'in_production' = 'poc') => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = await callOk(
      ws.dispatch,
      'projects.create',
      projectInput({ name: `P${ids.length}-${Math.random()}`, stage }),
    );
    ids.push(p.id);
  }
  return ids;
};

describe('the org questionnaire', () => {
  it('is empty until answered, then saved and recorded in the history', async () => {
    const empty = await callOk(ws.dispatch, 'org.get', {});
    expect(empty).toEqual({
      profile: expect.objectContaining({ mlEngineers: null, updatedAt: null }),
      decisions: [],
    });
    const saved = await callOk(ws.dispatch, 'org.saveProfile', {
      mlEngineers: 12,
      activeProductsOverride: null,
      modelsInProduction: 6,
      platformTeam: true,
      platformTeamSize: 4,
    });
    expect((await callOk(ws.dispatch, 'org.get', {})).profile).toEqual(saved);
    const [event] = await callOk(ws.dispatch, 'history.list', { limit: 1 });
    expect(event).toMatchObject({ entity: 'org_profile', action: 'update', projectId: null });
    expect(event?.summary).toBe(
      'Answered the org questionnaire: 12 ML engineers, active AI products counted from the portfolio, 6 models in production, a platform team of 4',
    );
  });

  it('refuses a platform team size without a platform team, and saves nothing', async () => {
    const before = contentOf(ws.openDb());
    const error = await callErr(ws.dispatch, 'org.saveProfile', {
      mlEngineers: 3,
      activeProductsOverride: null,
      modelsInProduction: 1,
      platformTeam: false,
      platformTeamSize: 3,
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'platformTeamSize' }] });
    expect(contentOf(ws.openDb())).toEqual(before);
  });
});

describe('the decision log', () => {
  it('records a decision with the figures and the recommendation of the day', async () => {
    await addProjects(4);
    await callOk(ws.dispatch, 'org.saveProfile', {
      mlEngineers: 5,
      activeProductsOverride: null,
      modelsInProduction: 2,
      platformTeam: false,
      platformTeamSize: null,
    });
    const d = await callOk(ws.dispatch, 'org.decide', decision());
    expect(d).toMatchObject({
      ...decision(),
      recordedBy: 'tester',
      figures: { mlEngineers: 5, activeProducts: 4, modelsInProduction: 2, platformTeam: false },
      recommended: 'embedded',
    });
  });

  it('is append-only: a new decision is added, the earlier one kept as it was', async () => {
    const first = await callOk(ws.dispatch, 'org.decide', decision());
    const second = await callOk(
      ws.dispatch,
      'org.decide',
      decision({ model: 'hybrid', rationale: 'We grew to 7 products.', decidedOn: today }),
    );
    const { decisions } = await callOk(ws.dispatch, 'org.get', {});
    expect(decisions).toEqual([first, second]);
    const events = await callOk(ws.dispatch, 'history.list', {});
    const decided = events.filter((e) => e.entity === 'org_decision');
    expect(decided.map((e) => e.summary)).toEqual([
      `Replaced the org model Embedded ML engineers with Hybrid with shared infrastructure (${today} by Ines Duarte); the earlier decision stays in the log`,
      `Decided the org model: Embedded ML engineers (${addDays(today, -30)} by Ines Duarte)`,
    ]);
    expect(decided[0]?.before).toEqual(first);
  });

  it('offers no way to change or remove a decision, and the database refuses one', async () => {
    const first = await callOk(ws.dispatch, 'org.decide', decision());
    // The contract has no channel that edits or deletes a decision.
    expect(CHANNELS.filter((c) => c.startsWith('org.'))).toEqual([
      'org.get',
      'org.saveProfile',
      'org.decide',
    ]);
    const before = contentOf(ws.openDb());
    // Sending a decision's id (as an edit would) is refused by the strict schema.
    const edit = await callErr(ws.dispatch, 'org.decide', {
      ...decision({ rationale: 'Rewritten' }),
      id: first.id,
    });
    expect(edit.code).toBe('INVALID_INPUT');
    // Below the services, the triggers of migration 0003 refuse UPDATE and DELETE.
    const db = ws.openDb();
    expect(() => db.prepare("UPDATE org_decisions SET rationale = 'Rewritten'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM org_decisions').run()).toThrow(/append-only/);
    expect(contentOf(db)).toEqual(before);
  });

  it('refuses a decision dated before the one in force, or in the future, writing nothing', async () => {
    await callOk(ws.dispatch, 'org.decide', decision());
    const before = contentOf(ws.openDb());
    const events = historyCount(ws.openDb());
    const earlier = await callErr(
      ws.dispatch,
      'org.decide',
      decision({ decidedOn: addDays(today, -31) }),
    );
    expect(earlier).toMatchObject({ code: 'RULE_VIOLATION', issues: [{ path: 'decidedOn' }] });
    expect(earlier.message).toMatch(/cannot be dated before it/);
    const future = await callErr(
      ws.dispatch,
      'org.decide',
      decision({ decidedOn: addDays(today, 1) }),
    );
    expect(future).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'A decision cannot be dated in the future.',
    });
    expect(contentOf(ws.openDb())).toEqual(before);
    expect(historyCount(ws.openDb())).toBe(events);
  });

  it('refuses anything but the three models, and a missing rationale', async () => {
    for (const model of ['data_science', 'data-science-owns-production', 'centralised']) {
      const e = await callErr(ws.dispatch, 'org.decide', { ...decision(), model });
      expect(e).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: 'model', message: 'Choose one of the three org models' }],
      });
    }
    const e = await callErr(ws.dispatch, 'org.decide', decision({ rationale: '  \n ' }));
    expect(e.issues).toEqual([
      { path: 'rationale', message: 'Say why: the rationale is required' },
    ]);
  });
});

describe('the out-of-range flag', () => {
  /** The org flags of every project, as the portfolio computes them. */
  const orgFlags = async () => {
    const org = await callOk(ws.dispatch, 'org.get', {});
    const projects = await callOk(ws.dispatch, 'projects.list', {});
    const context = orgFlagContext(org, projects);
    return projects
      .filter((p) =>
        projectFlags({ project: p, today, org: context }).some((f) => f.key === 'org-out-of-range'),
      )
      .map((p) => p.id);
  };

  it('appears as projects are added past the model’s range and clears as they are archived or retired', async () => {
    const ids = await addProjects(5);
    await callOk(ws.dispatch, 'org.decide', decision());
    expect(await orgFlags()).toEqual([]);

    const [sixth] = await addProjects(1, 'in_production');
    expect((await orgFlags()).sort()).toEqual([...ids, sixth].sort());

    await callOk(ws.dispatch, 'projects.archive', { id: sixth! });
    expect(await orgFlags()).toEqual([]);

    await callOk(ws.dispatch, 'projects.unarchive', { id: sixth! });
    expect(await orgFlags()).toHaveLength(6);
    await callOk(ws.dispatch, 'projects.update', { id: ids[0]!, patch: { stage: 'retired' } });
    expect(await orgFlags()).toEqual([]);
  });

  it('follows the number entered in the questionnaire when it overrides the portfolio', async () => {
    await addProjects(4);
    await callOk(ws.dispatch, 'org.decide', decision());
    const profile = {
      mlEngineers: 4,
      modelsInProduction: 1,
      platformTeam: null,
      platformTeamSize: null,
    };
    await callOk(ws.dispatch, 'org.saveProfile', { ...profile, activeProductsOverride: 9 });
    expect(await orgFlags()).toHaveLength(4);
    await callOk(ws.dispatch, 'org.saveProfile', { ...profile, activeProductsOverride: null });
    expect(await orgFlags()).toEqual([]);
  });
});
