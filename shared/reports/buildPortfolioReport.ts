import type { Audit } from '../domain/audit';
import type { PlanSummary } from '../domain/plan';
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS, type Project } from '../domain/project';
import {
  readinessByProject,
  weakestOpenGap,
  type ProjectReadiness,
} from '../domain/projectReadiness';
import { weeksSincePocApproval } from '../domain/projectTiming';
import { BANDS, type BandKey } from '../framework/bands';
import { fractionToPercentTenths } from '../framework/fraction';
import { GAPS } from '../framework/gaps';
import { GAP_KEYS, type GapKey } from '../framework/types';
import { CONTEXT_FIGURES } from './contextFigures';
import { portfolioOrgSection, type OrgReportInput } from './orgSections';
import { PENDING_PORTFOLIO_COLUMNS } from './pendingSections';
import { portfolioPlanCell } from './planSections';
import { portfolioCheckpointCells } from './checkpointSections';
import type { StageRunFacts } from '../framework/checkpointRules';
import type { PortfolioReport, PortfolioRow } from './portfolioReportSchema';
import { reportFlags, type FlagContext } from './reportFlags';
import { buildMeta, figureOrNull, type MetaInput } from './reportText';

// The portfolio report model: one row per active project (archived ones are counted, not
// listed), the heatmap, the org decision. The portfolio screen's readiness, weakest gap and
// flags come from the same shared functions, so the report and the screen agree.

export interface PortfolioReportInput extends MetaInput {
  projects: readonly Project[];
  /** The latest final audit of each project (audits.latestFinal). */
  latestFinals: readonly Audit[];
  /** Ownership and the org decision, so the flags are the portfolio screen's. */
  flagContext?: FlagContext;
  /** The org model and ownership (the Org model page's overview). */
  org: OrgReportInput;
  /** The plan overview (plans.overview): each planned project's task counts. */
  plans: readonly PlanSummary[];
  /** The latest run of each checkpoint stage, per project (checkpoints.latestRunsByProject). */
  checkpointRuns: ReadonlyMap<string, readonly StageRunFacts[]>;
}

export const PORTFOLIO_TITLE = 'AI portfolio readiness';

export function buildPortfolioReport(input: PortfolioReportInput): PortfolioReport {
  const readiness = readinessByProject(input.latestFinals);
  const active = input.projects
    .filter((p) => p.archivedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name));
  const plans = new Map(input.plans.map((s) => [s.projectId, s] as const));
  const rows = active.map((p) =>
    portfolioRow(
      p,
      readiness.get(p.id),
      plans.get(p.id),
      input.checkpointRuns.get(p.id) ?? [],
      input.today,
      input.flagContext,
    ),
  );
  const byBand = Object.fromEntries(BANDS.map((b) => [b.key, 0])) as Record<BandKey, number>;
  for (const r of rows) if (r.band) byBand[r.band.key] += 1;
  const audited = rows.filter((r) => r.headline !== null).length;
  const flagged = rows.filter((r) => r.flags.length > 0).length;

  return {
    kind: 'portfolio',
    meta: buildMeta(PORTFOLIO_TITLE, input),
    context: CONTEXT_FIGURES.map((f) => ({ ...f })),
    summary: {
      projects: rows.length,
      audited,
      byBand,
      flagged,
      archivedLeftOut: input.projects.length - active.length,
      text: portfolioLine(rows.length, audited, byBand),
    },
    gaps: GAPS.map((g) => ({ key: g.key, title: g.title })),
    rows,
    // Every column is filled now; the list stays for a future column that waits.
    pendingColumns: PENDING_PORTFOLIO_COLUMNS.map((c) => ({
      column: c.column,
      message: `${c.column}: not available yet, arrives with ${c.feature}.`,
    })),
    org: portfolioOrgSection(input.org, input.locale),
  };
}

/** "8 projects: 2 blocked, 3 at risk, 1 nearly ready, 0 ready for the 1.0 gate, 2 not audited." */
export function portfolioLine(
  projects: number,
  audited: number,
  byBand: Record<BandKey, number>,
): string {
  if (projects === 0) return 'No active projects.';
  const parts = BANDS.map((b) => `${byBand[b.key]} ${b.label.toLowerCase()}`);
  const notAudited = projects - audited;
  if (notAudited > 0) parts.push(`${notAudited} not audited`);
  return `${projects} ${projects === 1 ? 'project' : 'projects'}: ${parts.join(', ')}.`;
}

function portfolioRow(
  p: Project,
  r: ProjectReadiness | undefined,
  plan: PlanSummary | undefined,
  runs: readonly StageRunFacts[],
  today: string,
  flagContext: FlagContext | undefined,
): PortfolioRow {
  const score = r?.score ?? null;
  const weakKey = score ? weakestOpenGap(score) : null;
  const weak = weakKey ? GAPS.find((g) => g.key === weakKey) : undefined;
  const gaps = Object.fromEntries(GAP_KEYS.map((k) => [k, null])) as Record<GapKey, number | null>;
  for (const g of score?.gaps ?? []) {
    gaps[g.gap] = g.score === null ? null : fractionToPercentTenths(g.score);
  }
  return {
    projectId: p.id,
    name: p.name,
    owner: p.owner,
    stage: p.stage,
    stageLabel: PROJECT_STAGE_LABELS[p.stage],
    kindLabel: PROJECT_KIND_LABELS[p.kind],
    headline: figureOrNull(score?.headline ?? null),
    mean: figureOrNull(score?.mean ?? null),
    band: score?.band ? { key: score.band.key, label: score.band.label } : null,
    weakestGap: weak ? { key: weak.key, title: weak.title } : null,
    auditedOn: r?.audit.takenOn ?? null,
    weeksSincePoc: weeksSincePocApproval(p, today),
    planProgress: portfolioPlanCell(plan),
    ...portfolioCheckpointCells(score, runs, today),
    flags: reportFlags(p, today, flagContext),
    gaps,
  };
}
