import {
  GAPS,
  scoreAuditTallies,
  type AuditScore,
  type GapKey,
  type GapTally,
  type StageRunFacts,
} from '../framework';
import type { PlanSummary } from './plan';
import type { ProjectReadiness } from './projectReadiness';

// What the portfolio shows per project besides the project itself, in one compact answer
// (`portfolio.summary`): a portfolio of 10,000 projects loads a few numbers per project, never
// every answer and note of every audit. Later features add their per-project facts (overdue
// plan items, checkpoint verdict, ...) as optional fields of PortfolioEntry, filled by one query
// each in electron/backend/services/portfolioService.ts.

/** A project's latest final audit, reduced to what its scores are computed from. */
export interface ReadinessSummary {
  auditId: string;
  title: string;
  /** The audit's date (YYYY-MM-DD). */
  takenOn: string;
  /** Per gap of the current framework; a gap left out counts as unscored. */
  tallies: Partial<Record<GapKey, GapTally>>;
}

export interface PortfolioEntry {
  projectId: string;
  /** The latest final audit, or null when the project has none (drafts never count). */
  readiness: ReadinessSummary | null;
  /** The 30-day plan's counts, first production date and priority rank (absent: none recorded). */
  plan?: PlanSummary;
  /** The latest run of each checkpoint stage that has run (absent: no stage has run yet). */
  checkpoints?: StageRunFacts[];
}

/** The scores of a readiness summary: the same function and the same numbers as `scoreOfAudit`. */
export const scoreOfSummary = (r: ReadinessSummary): AuditScore =>
  scoreAuditTallies(r.tallies, GAPS);

/** Project id -> readiness, from the portfolio summary (projects without a final audit left out). */
export function readinessFromSummary(
  entries: readonly PortfolioEntry[],
): Map<string, ProjectReadiness> {
  const map = new Map<string, ProjectReadiness>();
  for (const e of entries) {
    if (e.readiness === null) continue;
    const { auditId, title, takenOn } = e.readiness;
    map.set(e.projectId, {
      audit: { id: auditId, title, takenOn },
      score: scoreOfSummary(e.readiness),
    });
  }
  return map;
}
