import type { PortfolioEntry, ReadinessSummary } from '../../../shared/domain/portfolio';
import { AuditsRepository, type LatestFinalTally } from '../repositories/auditsRepository';
import { CheckpointsRepository } from '../repositories/checkpointsRepository';
import { PlansRepository } from '../repositories/plansRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { localToday } from '../../../shared/domain/calendar';
import type { ServiceContext } from './ServiceContext';

/**
 * What the portfolio shows per project, in a constant number of queries whatever the size of
 * the workspace: one per kind of fact, merged here by project id. A feature that adds a fact
 * (overdue plan items, a checkpoint verdict...) adds one repository query that answers for
 * every project at once, and one optional field of PortfolioEntry filled below.
 */
export class PortfolioService {
  private readonly projects: ProjectsRepository;
  private readonly audits: AuditsRepository;
  private readonly plans: PlansRepository;
  private readonly checkpoints: CheckpointsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.plans = new PlansRepository(ctx.db);
    this.checkpoints = new CheckpointsRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
    this.audits = new AuditsRepository(ctx.db);
  }

  summary(): PortfolioEntry[] {
    const entries = new Map<string, PortfolioEntry>();
    for (const id of this.projects.ids()) entries.set(id, { projectId: id, readiness: null });
    for (const t of this.audits.latestFinalTallies()) {
      const entry = entries.get(t.projectId);
      if (entry) entry.readiness = readinessOf(t);
    }
    for (const p of this.plans.overview(localToday(this.ctx.now()))) {
      const entry = entries.get(p.projectId);
      if (entry) entry.plan = p;
    }
    for (const [projectId, runs] of this.checkpoints.latestRunsByProject()) {
      const entry = entries.get(projectId);
      if (entry) entry.checkpoints = runs;
    }
    return [...entries.values()];
  }
}

function readinessOf(t: LatestFinalTally): ReadinessSummary {
  return { auditId: t.auditId, title: t.title, takenOn: t.takenOn, tallies: t.gaps };
}
