import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { Audit } from '../../../shared/domain/audit';
import { localToday } from '../../../shared/domain/calendar';
import { generatePlanTasks } from '../../../shared/domain/planGeneration';
import { call } from '../dispatch/dispatch';
import { PlansService, latestFinalAudit } from '../services/plansService';
import { createServiceContext } from '../services/ServiceContext';
import { openTempWorkspace } from '../testing/tempWorkspace';

// `npm run bench`: what the 30-day plan costs: building a plan (the pure generation, and the
// whole write with its tasks and history event), and the portfolio listing of 1,000 projects
// that all have a plan (portfolio.summary, which carries every plan's counts; the target is
// 20 ms in the backend). Figures, not assertions.

const ws = openTempWorkspace({ now: () => new Date() });
const today = localToday();
let audit: Audit;
let spareProjects: string[] = [];

beforeAll(async () => {
  await call(ws.dispatch, 'sample.create', { projects: 1000 });
  const db = ws.openDb();
  const plans = new PlansService(createServiceContext(db, 'bench'));
  const finals = await call(ws.dispatch, 'audits.latestFinal', {});
  if (!finals.ok) throw new Error('seeding failed');
  const planned = new Set(db.prepare<[], string>('SELECT project_id FROM plans').pluck().all());
  const archived = new Set(
    db.prepare<[], string>('SELECT id FROM projects WHERE archived_at IS NOT NULL').pluck().all(),
  );
  const unplanned = finals.data.filter(
    (a) => !planned.has(a.projectId) && !archived.has(a.projectId),
  );
  // Keep a few projects without a plan for the generate bench; plan all the others.
  spareProjects = unplanned.slice(0, 200).map((a) => a.projectId);
  for (const a of unplanned.slice(200)) plans.generate({ projectId: a.projectId, startOn: today });
  audit = latestFinalAudit(finals.data) ?? finals.data[0]!;
}, 300_000);
afterAll(() => ws.dispose());

describe('30-day plan', () => {
  bench('generatePlanTasks (pure, one audit)', () => {
    generatePlanTasks(audit, today);
  });
  bench(
    'plans.generate (write: plan, tasks, history event)',
    async () => {
      const projectId = spareProjects.pop();
      if (projectId) await call(ws.dispatch, 'plans.generate', { projectId });
    },
    { iterations: 100, time: 0 },
  );
  bench('portfolio.summary, 1,000 projects with plans (target: 20 ms)', async () => {
    await call(ws.dispatch, 'portfolio.summary', {});
  });
  bench('plans.overview, 1,000 projects', async () => {
    await call(ws.dispatch, 'plans.overview', {});
  });
});
