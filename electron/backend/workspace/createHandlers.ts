import type { AppInfo } from '../../../shared/domain/appInfo';
import type { Handlers } from '../dispatch/handlers';
import { ReportJobs, type RenderReport } from '../reports/reportJobs';
import { createSample } from '../sample/createSample';
import { AuditsService } from '../services/auditsService';
import { CheckpointsService } from '../services/checkpointsService';
import { PortfolioService } from '../services/portfolioService';
import { OrgService } from '../services/orgService';
import { OwnershipService } from '../services/ownershipService';
import { PlansService } from '../services/plansService';
import { ReleasesService } from '../services/releasesService';
import { ProjectsService } from '../services/projectsService';
import { ReportsService } from '../services/reportsService';
import type { ServiceContext } from '../services/ServiceContext';

/** The channels the workspace itself answers (they replace the open file, or run as jobs). */
export type WorkspaceChannel =
  'backups.list' | 'backups.create' | 'backups.restore' | 'workspace.reopen' | 'history.verify';
export type WorkspaceHandlers = Pick<Handlers, WorkspaceChannel>;

export interface SessionReports {
  service: ReportsService;
  jobs: ReportJobs;
}

/** The report service and the export jobs of one open workspace. */
export function sessionReports(
  ctx: ServiceContext,
  info: AppInfo,
  log?: (e: unknown) => void,
  render?: RenderReport,
  warm?: () => void,
): SessionReports {
  const service = new ReportsService(ctx, info.appVersion);
  return {
    service,
    jobs: new ReportJobs(service, {
      ...(log ? { log } : {}),
      ...(render ? { render } : {}),
      ...(warm ? { warm } : {}),
    }),
  };
}

/** Wires each channel to its service method. Handlers receive input already parsed. */
export function createHandlers(
  ctx: ServiceContext,
  info: AppInfo,
  workspace: WorkspaceHandlers,
  reports: SessionReports = sessionReports(ctx, info),
): Handlers {
  const projects = new ProjectsService(ctx);
  const audits = new AuditsService(ctx);
  const portfolio = new PortfolioService(ctx);
  const org = new OrgService(ctx);
  const ownership = new OwnershipService(ctx);
  const plans = new PlansService(ctx);
  const releases = new ReleasesService(ctx);
  const checkpoints = new CheckpointsService(ctx);
  return {
    'app.info': () => info,
    'history.list': (input) => ctx.history.list(input),
    'projects.list': () => projects.list(),
    'projects.get': ({ id }) => projects.get(id),
    'projects.create': (fields) => projects.create(fields),
    'projects.update': ({ id, patch }) => projects.update(id, patch),
    'projects.archive': ({ id }) => projects.archive(id),
    'projects.unarchive': ({ id }) => projects.unarchive(id),
    'projects.delete': ({ id }) => projects.delete(id),
    'audits.list': ({ projectId }) => audits.list(projectId),
    'audits.latestFinal': () => audits.latestFinals(),
    'audits.get': ({ id }) => audits.get(id),
    'audits.create': (input) => audits.create(input),
    'audits.update': ({ id, patch }) => audits.update(id, patch),
    'audits.setPractice': (input) => audits.setPractice(input),
    'audits.setGapMissing': (input) => audits.setGapMissing(input),
    'audits.finalize': ({ id }) => audits.finalize(id),
    'audits.copy': (input) => audits.copy(input),
    'audits.delete': ({ id }) => audits.delete(id),
    'sample.create': (input) => createSample(ctx, input),
    'reports.preview': ({ report }) => {
      reports.jobs.warm(); // an export may follow: get the report thread ready meanwhile
      return reports.service.model(report);
    },
    'reports.list': () => reports.service.list(),
    'reports.start': (request) => reports.jobs.start(request, { kind: 'download' }),
    'reports.job': ({ id }) => reports.jobs.get(id),
    'reports.cancel': ({ id }) => reports.jobs.cancel(id),
    'reports.download': ({ id }) => reports.jobs.download(id),
    'portfolio.summary': () => portfolio.summary(),
    'org.get': () => org.get(),
    'org.saveProfile': (input) => org.saveProfile(input),
    'org.decide': (input) => org.decide(input),
    'ownership.list': () => ownership.list(),
    'ownership.get': ({ projectId }) => ownership.get(projectId),
    'ownership.save': (input) => ownership.save(input),
    'plans.get': ({ projectId }) => plans.get(projectId),
    'plans.generate': (input) => plans.generate(input),
    'plans.addTask': (input) => plans.addTask(input),
    'plans.updateTask': ({ id, patch }) => plans.updateTask(id, patch),
    'plans.moveTask': (input) => plans.moveTask(input),
    'plans.deleteTask': ({ id }) => plans.deleteTask(id),
    'plans.replanPreview': ({ projectId }) => plans.replanPreview(projectId),
    'plans.replanApply': (input) => plans.replanApply(input),
    'plans.overview': () => plans.overview(),
    'timeline.get': ({ projectId }) => plans.timeline(projectId),
    'timeline.save': (input) => plans.saveTimeline(input),
    'releases.list': ({ projectId }) => releases.list(projectId),
    'releases.all': () => releases.all(),
    'releases.create': (input) => releases.create(input),
    'releases.update': ({ id, patch }) => releases.update(id, patch),
    'releases.delete': ({ id }) => releases.delete(id),
    'checkpoints.get': ({ projectId }) => checkpoints.get(projectId),
    'checkpoints.setThresholds': (input) => checkpoints.setThresholds(input),
    'checkpoints.openRun': (input) => checkpoints.openRun(input),
    'checkpoints.recordEvidence': (input) => checkpoints.recordEvidence(input),
    'checkpoints.recordCriterion': (input) => checkpoints.recordCriterion(input),
    'checkpoints.signOff': (input) => checkpoints.signOff(input),
    'checkpoints.waive': (input) => checkpoints.waive(input),
    ...workspace,
  };
}
