import { afterAll, beforeAll, bench, describe } from 'vitest';
import { localToday } from '../../../shared/domain/calendar';
import type { OrgState } from '../../../shared/domain/org';
import { orgFlagContext, orgOverview } from '../../../shared/domain/orgOverview';
import { EMPTY_OWNERSHIP, type ProjectOwnership } from '../../../shared/domain/ownership';
import type { Project } from '../../../shared/domain/project';
import { projectFlags } from '../../../shared/domain/projectFlags';
import { call } from '../dispatch/dispatch';
import { openTempWorkspace } from '../testing/tempWorkspace';

// `npm run bench`: what the org model costs at scale: the portfolio's flags (ownership gaps and
// the out-of-range check for every project, recomputed on each change) and loading every
// project's ownership, on a 2,000-project sample. Figures, not assertions.

const ws = openTempWorkspace({ now: () => new Date() });
let org: OrgState;
let projects: Project[];
let ownerships: ProjectOwnership[];
const today = localToday();

beforeAll(async () => {
  await call(ws.dispatch, 'sample.create', { projects: 2000 });
  const [o, p, w] = await Promise.all([
    call(ws.dispatch, 'org.get', {}),
    call(ws.dispatch, 'projects.list', {}),
    call(ws.dispatch, 'ownership.list', {}),
  ]);
  if (!o.ok || !p.ok || !w.ok) throw new Error('seeding failed');
  org = o.data;
  projects = p.data;
  ownerships = w.data;
}, 120_000);
afterAll(() => ws.dispose());

describe('org model at 2,000 projects', () => {
  bench('portfolio flags for every project (ownership + org range)', () => {
    const byId = new Map(ownerships.map((o) => [o.projectId, o]));
    const context = orgFlagContext(org, projects);
    for (const p of projects)
      projectFlags({
        project: p,
        today,
        ownership: byId.get(p.id) ?? EMPTY_OWNERSHIP,
        org: context,
      });
  });
  bench('orgOverview (org show, the Org model page)', () => {
    orgOverview(org, projects, ownerships);
  });
  bench('ownership.list', async () => {
    await call(ws.dispatch, 'ownership.list', {});
  });
});
