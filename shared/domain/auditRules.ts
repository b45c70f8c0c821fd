import { GAPS, scoreAudit, type Answers, type AuditScore } from '../framework';
import type { Issue } from '../api/result';
import type { Audit } from './audit';

/** The audit's answers in the shape the scoring functions take. */
export const answersOf = (a: Pick<Audit, 'practices'>): Answers =>
  Object.fromEntries(Object.entries(a.practices).map(([k, e]) => [k, e.answer]));

/** Scores of an audit: the one function screen, report and backend all use. */
export const scoreOfAudit = (a: Pick<Audit, 'practices'>): AuditScore => scoreAudit(answersOf(a));

export interface FinalizeProblem extends Issue {
  gap: string;
  gapTitle: string;
}

/**
 * What stops an audit from being finalised: unscored practices, and a gap below full marks
 * with no "what is missing" text (the week-1 rule: an assessment that finds nothing missing
 * is not honest, so every shortfall names the missing artifact or capability).
 */
export function finalizeProblems(audit: Pick<Audit, 'practices' | 'missing'>): FinalizeProblem[] {
  const score = scoreOfAudit(audit);
  const problems: FinalizeProblem[] = [];
  for (const gap of GAPS) {
    const gs = score.gaps.find((g) => g.gap === gap.key);
    if (!gs) continue;
    if (gs.unscoredCount > 0) {
      problems.push({
        gap: gap.key,
        gapTitle: gap.title,
        path: `gaps.${gap.key}.practices`,
        message: `${gap.title}: ${gs.unscoredCount} of ${gs.practiceCount} practices not scored yet`,
      });
    }
    const belowFull = gs.score !== null && gs.score.num < gs.score.den;
    if (belowFull && audit.missing[gap.key].trim() === '') {
      problems.push({
        gap: gap.key,
        gapTitle: gap.title,
        path: `gaps.${gap.key}.missing`,
        message: `${gap.title}: write down the specific artifact or capability that is missing`,
      });
    }
  }
  return problems;
}

/** Does this gap need a "what is missing" text (it scores below full marks)? */
export function needsMissingText(audit: Pick<Audit, 'practices'>, gapKey: string): boolean {
  const gs = scoreOfAudit(audit).gaps.find((g) => g.gap === gapKey);
  return gs?.score !== null && gs?.score !== undefined && gs.score.num < gs.score.den;
}
