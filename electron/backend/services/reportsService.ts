import { randomUUID } from 'node:crypto';
import { localToday } from '../../../shared/domain/calendar';
import {
  buildPortfolioReport,
  buildProjectReport,
  CHANGES_LISTED,
  headlineLine,
  portfolioLine,
  type ExportRequest,
  type OrgReportInput,
  type PreviousReport,
  type ReportExport,
  type ReportModel,
  type ReportRequest,
} from '../../../shared/reports';
import { AuditsRepository } from '../repositories/auditsRepository';
import { CheckpointsRepository } from '../repositories/checkpointsRepository';
import { PlansRepository } from '../repositories/plansRepository';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { ReleasesRepository } from '../repositories/releasesRepository';
import { ReportExportsRepository } from '../repositories/reportExportsRepository';
import { sealReport } from '../reports/contentHash';
import { readHistoryAnchor } from '../reports/historyAnchor';
import { orgFlagContext, orgOverview } from '../../../shared/domain/orgOverview';
import type { Project } from '../../../shared/domain/project';
import type { FlagContext } from '../../../shared/reports/reportFlags';
import { CheckpointsService } from './checkpointsService';
import { DomainError } from './DomainError';
import { OrgService } from './orgService';
import { OwnershipService } from './ownershipService';
import { writeChange, type ServiceContext } from './ServiceContext';

/** The report models (built from the data in one read) and the record of every export. */
export class ReportsService {
  private readonly exports: ReportExportsRepository;
  private readonly projects: ProjectsRepository;
  private readonly audits: AuditsRepository;
  private readonly plans: PlansRepository;
  private readonly releases: ReleasesRepository;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly appVersion: string,
  ) {
    this.exports = new ReportExportsRepository(ctx.db);
    this.projects = new ProjectsRepository(ctx.db);
    this.audits = new AuditsRepository(ctx.db);
    this.plans = new PlansRepository(ctx.db);
    this.releases = new ReleasesRepository(ctx.db);
  }

  /**
   * The sealed report model. Read in one transaction, so the data, the changes and the history
   * anchor all describe the same moment.
   */
  model(request: ReportRequest): ReportModel {
    return this.ctx.db.transaction(() => sealReport(this.build(request)))();
  }

  list(): ReportExport[] {
    return this.exports.list();
  }

  /**
   * Records an export and its history event in one transaction. `commitFile` (the rename of
   * the written file into place) runs last inside it: if recording fails the file is not put
   * in place, and if putting it in place fails nothing is recorded.
   */
  record(
    request: ExportRequest,
    model: ReportModel,
    file: { fileName: string; bytes: number },
    commitFile: () => void = () => {},
  ): ReportExport {
    return writeChange(this.ctx, (at) => {
      const entry: ReportExport = {
        id: randomUUID(),
        exportedAt: at,
        actor: this.ctx.actor,
        scope: request.report.scope,
        projectId: request.report.scope === 'project' ? request.report.projectId : null,
        title: model.meta.title,
        format: request.format,
        fileName: file.fileName,
        bytes: file.bytes,
        contentHash: model.meta.contentHash,
        ...headlineOf(model),
        historySeq: model.meta.historyAnchor.seq,
        historyHash: model.meta.historyAnchor.hash,
      };
      this.exports.insert(entry);
      commitFile();
      return {
        result: entry,
        event: {
          entity: 'report',
          entityId: entry.id,
          projectId: entry.projectId,
          action: 'export',
          summary: `Exported the ${entry.scope === 'project' ? `report of “${entry.title}”` : 'portfolio report'} as ${entry.format.toUpperCase()} (${entry.fileName})`,
          before: null,
          after: entry,
        },
      };
    });
  }

  private build(request: ReportRequest): ReportModel {
    const now = this.ctx.now();
    const previous = this.exports.latestOf(request);
    const meta = {
      generatedAt: now.toISOString(),
      today: localToday(now),
      actor: this.ctx.actor,
      appVersion: this.appVersion,
      anchor: readHistoryAnchor(this.exports, this.ctx.anchorCheck?.()),
      previous: previous ? previousOf(previous) : null,
    };
    const projects = this.projects.list();
    const { flagContext: orgFlags, org } = this.orgData(projects);
    // The latest run of each stage per project: the portfolio's verdicts and the flags the
    // portfolio screen shows (failed stages, expiring waivers).
    const checkpointRuns = new CheckpointsRepository(this.ctx.db).latestRunsByProject();
    const flagContext = { ...orgFlags, checkpoints: checkpointRuns };
    if (request.scope === 'portfolio') {
      return buildPortfolioReport({
        ...meta,
        flagContext,
        org,
        projects,
        latestFinals: this.audits.latestFinals(),
        plans: this.plans.overview(meta.today),
        checkpointRuns,
      });
    }
    const project = this.projects.get(request.projectId);
    if (!project) throw new DomainError('NOT_FOUND', 'That project does not exist (any more).');
    const changes = this.exports.changesSince(
      project.id,
      previous?.historySeq ?? 0,
      CHANGES_LISTED,
    );
    return buildProjectReport({
      ...meta,
      flagContext,
      org,
      project,
      audits: this.audits.listForProject(project.id),
      plan: this.plans.get(project.id) ?? null,
      releases: this.releases.listForProject(project.id),
      firstProductionOn: this.plans.timeline(project.id).firstProductionOn,
      checkpoints: new CheckpointsService(this.ctx).get(project.id),
      changes,
    });
  }

  /**
   * What the portfolio screen flags with (each project's ownership, the org decision), and the
   * org model at a glance as the Org model page shows it: read once, used by both.
   */
  private orgData(projects: readonly Project[]): { flagContext: FlagContext; org: OrgReportInput } {
    const list = new OwnershipService(this.ctx).list();
    const state = new OrgService(this.ctx).get();
    const ownerships = new Map(list.map((o) => [o.projectId, o] as const));
    return {
      flagContext: { ownerships, org: orgFlagContext(state, projects) },
      org: { overview: orgOverview(state, projects, list), ownerships: list },
    };
  }
}

function previousOf(e: ReportExport): PreviousReport {
  return {
    exportedAt: e.exportedAt,
    exportedOn: localToday(new Date(e.exportedAt)),
    format: e.format,
    headline: e.headline,
    headlineTenths: e.headlineTenths,
    contentHash: e.contentHash,
  };
}

/** The one line (and number) an export record keeps of the report's headline. */
export function headlineOf(model: ReportModel): {
  headline: string;
  headlineTenths: number | null;
} {
  if (model.kind === 'portfolio') {
    const s = model.summary;
    return { headline: portfolioLine(s.projects, s.audited, s.byBand), headlineTenths: null };
  }
  const r = model.summary.readiness;
  if (r.status !== 'ready')
    return { headline: headlineLine(null, null, null), headlineTenths: null };
  return {
    headline: `${r.band.label} · ${r.headline.text}${r.mean ? ` (mean ${r.mean.text})` : ''}`,
    headlineTenths: r.headline.tenths,
  };
}
