import { localToday } from '../../shared/domain/calendar';
import { formatDay } from '../../shared/domain/formatDay';
import { TASK_STATUS_LABELS, type Plan } from '../../shared/domain/plan';
import {
  isOverdue,
  progressBySection,
  progressOf,
  thirtyDayProgress,
} from '../../shared/domain/planProgress';
import { planWindows, sectionOnDay } from '../../shared/domain/planSections';
import { projectTimeline } from '../../shared/domain/projectTiming';
import type { Project } from '../../shared/domain/project';
import {
  RELEASE_KIND_LABELS,
  portfolioMedianLeadTime,
  releaseLeadTime,
} from '../../shared/domain/releaseLeadTime';
import { findProject } from './reportCommand';
import type { CliDeps } from './runCli';

export const PLAN_USAGE = `  plan show --project <name or id> [--json]
                               the 30-day plan: weeks, tasks, status, owner, due date, overdue
  releases show --project <name or id> [--json]
                               model releases with lead time against target, and the timeline`;

/** The plan as the CLI shows it: every section with its dates, progress and tasks. */
export function planView(project: Project, plan: Plan | null, today: string) {
  if (!plan) return { project: { id: project.id, name: project.name }, today, plan: null };
  const progress = progressBySection(plan.tasks, today);
  return {
    project: { id: project.id, name: project.name },
    today,
    plan: {
      startOn: plan.startOn,
      auditId: plan.auditId,
      now: sectionOnDay(plan.startOn, today),
      progress: thirtyDayProgress(plan.tasks, today),
      overall: progressOf(plan.tasks, today),
      sections: planWindows(plan.startOn).map((w) => ({
        ...w,
        progress: progress.find((p) => p.section === w.key)?.progress,
        tasks: plan.tasks
          .filter((t) => t.section === w.key)
          .map((t) => ({ ...t, overdue: isOverdue(t, today) })),
      })),
    },
  };
}

type ProjectArg = { code: 1 | 2 } | { project: Project; json: boolean };

async function projectArg(rest: string[], d: CliDeps, what: string): Promise<ProjectArg> {
  const { values } = d.parseArgs({
    args: rest,
    options: { project: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (values.project === undefined) {
    d.err(`${what} needs --project <name or id>.`);
    return { code: 2 };
  }
  const project = await findProject(values.project, d);
  if (!project) {
    d.err(`Unknown project “${values.project}”: see crossing projects list.`);
    return { code: 1 };
  }
  return { project, json: values.json === true };
}

/** `crossing plan show --project P [--json]`. */
export async function runPlan(
  command: string | undefined,
  rest: string[],
  d: CliDeps,
): Promise<number> {
  if (command !== 'show') {
    d.err(`Usage: crossing <command>\n${PLAN_USAGE}`);
    return 2;
  }
  const arg = await projectArg(rest, d, 'plan show');
  if (!('project' in arg)) return arg.code;
  const r = await d.call(d.dispatch, 'plans.get', { projectId: arg.project.id });
  if (!r.ok) {
    d.err(r.error.message);
    return 1;
  }
  const view = planView(arg.project, r.data, localToday());
  if (arg.json) {
    d.out(JSON.stringify(view, null, 2));
    return 0;
  }
  if (!view.plan) {
    d.out(
      `“${arg.project.name}” has no 30-day plan yet. Build it from its latest final audit in the app.`,
    );
    return 0;
  }
  const p = view.plan;
  d.out(`30-day plan of “${arg.project.name}”, from ${formatDay(p.startOn)}`);
  d.out(
    `Progress: ${p.progress.closed} of ${p.progress.total} tasks closed in the 30 days${p.progress.overdue > 0 ? `, ${p.progress.overdue} overdue` : ''}${p.progress.blocked > 0 ? `, ${p.progress.blocked} blocked` : ''}`,
  );
  for (const s of p.sections) {
    const here = p.now === s.key ? '  ← today' : '';
    d.out('');
    d.out(
      `${s.title} (${formatDay(s.startOn)} – ${formatDay(s.endOn)}): ${s.progress?.closed ?? 0}/${s.progress?.total ?? 0} closed${here}`,
    );
    d.out(`  Goal: ${s.goal}`);
    for (const t of s.tasks) {
      const reason = t.statusReason ? ` (${t.statusReason})` : '';
      const owner = t.owner ? ` · ${t.owner}` : '';
      const late = t.overdue ? ' · OVERDUE' : '';
      d.out(
        `  [${TASK_STATUS_LABELS[t.status]}${reason}] ${t.title} · due ${formatDay(t.dueOn)}${owner}${late}`,
      );
    }
  }
  return 0;
}

/** `crossing releases show --project P [--json]`. */
export async function runReleases(
  command: string | undefined,
  rest: string[],
  d: CliDeps,
): Promise<number> {
  if (command !== 'show') {
    d.err(`Usage: crossing <command>\n${PLAN_USAGE}`);
    return 2;
  }
  const arg = await projectArg(rest, d, 'releases show');
  if (!('project' in arg)) return arg.code;
  const [list, all, timeline] = await Promise.all([
    d.call(d.dispatch, 'releases.list', { projectId: arg.project.id }),
    d.call(d.dispatch, 'releases.all', {}),
    d.call(d.dispatch, 'timeline.get', { projectId: arg.project.id }),
  ]);
  if (!list.ok || !all.ok || !timeline.ok) {
    const failed = [list, all, timeline].find((x) => !x.ok);
    d.err(failed && !failed.ok ? failed.error.message : 'The workspace could not be read.');
    return 1;
  }
  const today = localToday();
  const view = {
    project: { id: arg.project.id, name: arg.project.name },
    today,
    timeline: {
      ...timeline.data,
      ...projectTimeline(arg.project, timeline.data.firstProductionOn, today),
    },
    releases: list.data.map((r) => ({ ...r, leadTime: releaseLeadTime(r, today) })),
    portfolioMedianDays: portfolioMedianLeadTime(all.data),
  };
  if (arg.json) {
    d.out(JSON.stringify(view, null, 2));
    return 0;
  }
  d.out(`“${arg.project.name}”: ${view.timeline.text}`);
  d.out(
    list.data.length === 0
      ? 'No model releases recorded.'
      : 'Model releases (training completed → serving in production):',
  );
  for (const r of view.releases) {
    const prompt = r.promptVersion ? ` + prompt ${r.promptVersion}` : '';
    d.out(
      `  ${r.version}${prompt} · ${RELEASE_KIND_LABELS[r.kind]} · ${formatDay(r.trainedOn)} → ${r.servingOn ? formatDay(r.servingOn) : 'not serving yet'}`,
    );
    d.out(`    ${r.leadTime.text}`);
  }
  d.out(
    view.portfolioMedianDays === null
      ? 'Portfolio median lead time: no release has reached production yet.'
      : `Portfolio median lead time: ${view.portfolioMedianDays} days.`,
  );
  return 0;
}
