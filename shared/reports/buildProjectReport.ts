import type { Audit } from '../domain/audit';
import { checkpointOverview } from '../domain/checkpointOverview';
import type { ProjectCheckpoints } from '../domain/checkpoints';
import type { Plan } from '../domain/plan';
import type { Release } from '../domain/release';
import { answersOf, scoreOfAudit } from '../domain/auditRules';
import { formatDay } from '../domain/formatDay';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS, type Project } from '../domain/project';
import { POC_TO_PRODUCTION_TARGET_WEEKS, projectTimeline } from '../domain/projectTiming';
import { compareFractions, type Fraction } from '../framework/fraction';
import { GAPS } from '../framework/gaps';
import { FRAMEWORK_VERSION } from '../framework/frameworkVersion';
import { gapsFor } from '../framework/frameworkVersions';
import { scoreLevelFor } from '../framework/scoreLevels';
import { answerFor, type AuditScore } from '../framework/scoring';
import { buildTrend } from '../framework/trend';
import { projectOrgSection, type OrgReportInput } from './orgSections';
import { checkpointsSection, verdictSection } from './checkpointSections';
import { gapPlanTasks, planProgressSection } from './planSections';
import { releaseLeadTimeSummary, releasesSection } from './releaseSections';
import { reportFlags, type FlagContext } from './reportFlags';
import type { PreviousReport } from './reportParts';
import type { GapDetail, ProjectReport, ProjectRisk } from './projectReportSchema';
import {
  buildChanges,
  buildMeta,
  figure,
  figureOrNull,
  pointsText,
  type ChangesInput,
  type MetaInput,
} from './reportText';

// The project readiness report model, built in one place from the data: the preview on
// screen, the PDF, Markdown and JSON all print this object and nothing else.

export interface ProjectReportInput extends MetaInput {
  project: Project;
  /** Every audit of the project (drafts are ignored: leadership quotes committed numbers). */
  audits: readonly Audit[];
  changes: ChangesInput;
  /** Ownership and the org decision, so the flags are the portfolio screen's. */
  flagContext?: FlagContext;
  /** The org model and ownership (the Org model page's overview). */
  org: OrgReportInput;
  /** The project's 30-day plan, or null when none was built. */
  plan: Plan | null;
  /** The project's model releases. */
  releases: readonly Release[];
  /** When the project first served production (the plan page's timeline); null: not recorded. */
  firstProductionOn: string | null;
  /** The project's checkpoint runs and thresholds (the checkpoints page's data). */
  checkpoints: ProjectCheckpoints;
}

export function buildProjectReport(input: ProjectReportInput): ProjectReport {
  const { project, today, locale } = input;
  const finals = input.audits
    .filter((a) => a.status === 'final')
    .sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0));
  const latest = finals.at(-1) ?? null;
  const score = latest ? scoreOfAudit(latest) : null;
  const readiness = readinessOf(latest, score);
  const headlineTenths = readiness.status === 'ready' ? readiness.headline.tenths : null;
  // The verdict and the checkpoints come from the checkpoints page's own overview.
  const checkpoints = checkpointOverview(input.checkpoints, score, today);

  return {
    kind: 'project',
    meta: buildMeta(project.name, input),
    project: {
      id: project.id,
      name: project.name,
      description: project.description,
      owner: project.owner,
      team: project.team,
      kind: project.kind,
      kindLabel: PROJECT_KIND_LABELS[project.kind],
      stage: project.stage,
      stageLabel: PROJECT_STAGE_LABELS[project.stage],
      pocApprovedOn: project.pocApprovedOn,
      targetOn: project.targetOn,
      archived: project.archivedAt !== null,
    },
    summary: {
      verdict: verdictSection(checkpoints.verdict),
      readiness,
      trend: trendSince(input.previous, headlineTenths, locale),
      timing: timingOf(project, input.firstProductionOn, today),
      releaseLeadTime: releaseLeadTimeSummary(input.releases, today),
      risks: score && latest ? biggestRisks(score, latest, project) : [],
      flags: reportFlags(project, today, input.flagContext),
    },
    gaps: GAPS.map((gap) => ({
      ...gapDetail(gap.key, latest, score),
      planTasks: gapPlanTasks(gap.key, input.plan, today, locale),
    })),
    trend: buildTrend(
      finals.map((a) => ({
        id: a.id,
        takenOn: a.takenOn,
        answers: answersOf(a),
        frameworkVersion: a.frameworkVersion,
      })),
    ).map((p, i) => ({
      auditId: p.id,
      title: finals[i]?.title ?? '',
      takenOn: p.takenOn,
      headline: p.headline,
      mean: p.mean,
    })),
    planProgress: planProgressSection(input.plan, today, locale),
    checkpoints: checkpointsSection(checkpoints, locale),
    org: projectOrgSection(project, input.org, locale),
    releases: releasesSection(input.releases, today),
    changes: buildChanges(input.changes, input.previous, locale),
  };
}

function readinessOf(
  latest: Audit | null,
  score: AuditScore | null,
): ProjectReport['summary']['readiness'] {
  if (!latest || !score || score.headline === null || score.band === null) {
    return {
      status: 'none',
      message: 'No final audit yet: finalise an audit to give this project a headline score.',
    };
  }
  const weakest = score.weakestGap ? GAPS.find((g) => g.key === score.weakestGap) : undefined;
  return {
    status: 'ready',
    audit: { id: latest.id, title: latest.title, takenOn: latest.takenOn },
    headline: figure(score.headline),
    mean: figureOrNull(score.mean),
    band: { key: score.band.key, label: score.band.label, meaning: score.band.meaning },
    weakestGap: weakest ? { key: weakest.key, title: weakest.title } : null,
    headlineExplanation: score.headlineExplanation,
    meanExplanation: score.meanExplanation,
  };
}

function trendSince(
  previous: PreviousReport | null,
  now: number | null,
  locale: string | undefined,
): ProjectReport['summary']['trend'] {
  if (!previous) return { deltaTenths: null, text: 'First report of this project.' };
  const when = `the previous report (${formatDay(previous.exportedOn, locale)})`;
  if (previous.headlineTenths === null || now === null) {
    return {
      deltaTenths: null,
      text:
        now === null
          ? `No headline now; ${when} said: ${previous.headline}.`
          : `No headline in ${when}; now ${pointsText(now)}%.`,
    };
  }
  const delta = now - previous.headlineTenths;
  const span = `from ${pointsText(previous.headlineTenths)}% to ${pointsText(now)}%`;
  const text =
    delta === 0
      ? `Unchanged since ${when}.`
      : `${delta > 0 ? 'Up' : 'Down'} ${pointsText(delta)} ${Math.abs(delta) === 10 ? 'point' : 'points'} since ${when}, ${span}.`;
  return { deltaTenths: delta, text };
}

/**
 * Weeks from PoC approval to the first production deployment (to today while not in
 * production) against the 6-10 week target: the plan page's timeline (projectTimeline), in the
 * report's five statuses.
 */
function timingOf(
  project: Project,
  firstProductionOn: string | null,
  today: string,
): ProjectReport['summary']['timing'] {
  const t = projectTimeline(project, firstProductionOn, today);
  const status: ProjectReport['summary']['timing']['status'] =
    t.verdict === 'no_approval'
      ? 'not_recorded'
      : t.verdict === 'on_its_way'
        ? 'on_track'
        : t.verdict === 'past_target' || t.verdict === 'stalled'
          ? t.verdict
          : 'shipped';
  return {
    pocApprovedOn: project.pocApprovedOn,
    weeks: t.weeks,
    targetWeeks: { ...POC_TO_PRODUCTION_TARGET_WEEKS },
    status,
    text: t.text,
  };
}

/** The three weakest gaps below full marks, lowest first (ties in framework order). */
function biggestRisks(score: AuditScore, audit: Audit, project: Project): ProjectRisk[] {
  const open = score.gaps
    .map((g, order) => ({ g, order }))
    .filter((x): x is { g: typeof x.g & { score: Fraction }; order: number } => {
      const s = x.g.score;
      return s !== null && s.num < s.den;
    })
    .sort((a, b) => compareFractions(a.g.score, b.g.score) || a.order - b.order)
    .slice(0, 3);
  return open.map(({ g }) => {
    const gap = GAPS.find((x) => x.key === g.gap);
    return {
      gap: { key: g.gap, title: gap?.title ?? g.gap },
      score: figure(g.score),
      missing: audit.missing[g.gap].trim(),
      // The framework gives no owner per gap (its RACI is per checkpoint stage): the project
      // owner answers for a risk, and the report's org section says who owns what.
      owner: project.owner || 'No owner recorded',
      ownerNote: 'the project owner',
    };
  });
}

function gapDetail(
  key: GapDetail['gap']['key'],
  audit: Audit | null,
  score: AuditScore | null,
): Omit<GapDetail, 'planTasks'> {
  // The texts of the framework version the audit was scored under.
  const gap = gapsFor(audit?.frameworkVersion ?? FRAMEWORK_VERSION).find((g) => g.key === key);
  if (!gap) throw new RangeError(`Unknown gap ${key}`);
  const gs = score?.gaps.find((g) => g.gap === key) ?? null;
  const answers = audit ? answersOf(audit) : {};
  return {
    gap: { key: gap.key, title: gap.title },
    score: figureOrNull(gs?.score ?? null),
    explanation: gs?.explanation ?? 'No final audit yet: no score.',
    missing: audit ? audit.missing[key].trim() : '',
    practices: gap.practices.map((p) => {
      const a = answerFor(answers, p.key);
      const note = audit?.practices[p.key]?.note.trim() ?? '';
      if (a === undefined) {
        return { key: p.key, title: p.title, answer: 'Not scored', level: 'unscored', note };
      }
      if (a.kind === 'not_applicable') {
        return {
          key: p.key,
          title: p.title,
          answer: `Not applicable: ${a.reason}`,
          level: 'not_applicable',
          note,
        };
      }
      // The practice's own words for its level where it has them (issue 9).
      const level = scoreLevelFor(a, p);
      return {
        key: p.key,
        title: p.title,
        answer: level.label,
        level: level.key === 'not_applicable' ? 'none' : level.key,
        note,
      };
    }),
  };
}
