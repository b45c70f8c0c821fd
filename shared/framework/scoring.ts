import type { Band } from './bands';
import { bandFor } from './bands';
import type { Fraction } from './fraction';
import {
  compareFractions,
  formatHalves,
  formatPercent,
  fraction,
  meanOfFractions,
  minFraction,
} from './fraction';
import { GAPS } from './gaps';
import { levelToHalves } from './scoreLevels';
import type { Gap, GapKey, PracticeAnswer } from './types';

// Scoring (product.md, "Scoring"): a gap's score is its share of the applicable points; the
// headline is the weakest gap, because one open gap sinks a launch; the mean sits beside it so
// progress stays visible. Everything counts in half-points (integers) and stays an exact
// fraction, and every number comes with a one-line explanation of how it was computed, since
// the UI and the report must always show that.

/** Practice key -> answer. A missing key means the practice has not been scored yet. */
export type Answers = Readonly<Record<string, PracticeAnswer | undefined>>;

export interface GapScore {
  gap: GapKey;
  /** Share of the applicable points among scored practices; null if nothing applicable was scored. */
  score: Fraction | null;
  earnedHalves: number;
  possibleHalves: number;
  /** Practices answered 0, 0.5 or 1. */
  scoredCount: number;
  notApplicableCount: number;
  unscoredCount: number;
  practiceCount: number;
  /** Every practice is not applicable: the gap has no score and leaves the headline. */
  allNotApplicable: boolean;
  explanation: string;
}

export interface AuditScore {
  gaps: GapScore[];
  /** The weakest scored gap; gaps with no score (all not applicable, or unscored) are left out. */
  headline: Fraction | null;
  /** The gap that sets the headline; on ties the earliest in framework order. */
  weakestGap: GapKey | null;
  /** Exact mean of the scored gaps' scores. */
  mean: Fraction | null;
  band: Band | null;
  /** Every practice of every gap is scored or marked not applicable. */
  complete: boolean;
  headlineExplanation: string;
  meanExplanation: string;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Looks up an answer without picking up inherited object properties. */
export function answerFor(answers: Answers, practiceKey: string): PracticeAnswer | undefined {
  return Object.hasOwn(answers, practiceKey) ? answers[practiceKey] : undefined;
}

/**
 * What a gap's score is computed from: counts of its practices by answer, and the half-points
 * earned. An audit's answers give one per gap (`tallyGap`); the portfolio gets them straight
 * from the database (a compact summary instead of every answer), and both paths score through
 * `scoreGapTally`, so the numbers cannot differ.
 */
export interface GapTally {
  earnedHalves: number;
  scoredCount: number;
  notApplicableCount: number;
  unscoredCount: number;
}

export function tallyGap(gap: Gap, answers: Answers): GapTally {
  const tally: GapTally = {
    earnedHalves: 0,
    scoredCount: 0,
    notApplicableCount: 0,
    unscoredCount: 0,
  };
  for (const practice of gap.practices) {
    const answer = answerFor(answers, practice.key);
    if (answer === undefined) {
      tally.unscoredCount += 1;
    } else if (answer.kind === 'not_applicable') {
      tally.notApplicableCount += 1;
    } else {
      tally.scoredCount += 1;
      tally.earnedHalves += levelToHalves(answer.level);
    }
  }
  return tally;
}

export function scoreGap(gap: Gap, answers: Answers): GapScore {
  return scoreGapTally(gap, tallyGap(gap, answers));
}

/** A gap's score from its tally (`tallyGap`); the tally must count `gap`'s own practices. */
export function scoreGapTally(gap: Gap, tally: GapTally): GapScore {
  const { earnedHalves, scoredCount, notApplicableCount, unscoredCount } = tally;
  const practiceCount = gap.practices.length;
  const possibleHalves = scoredCount * 2;
  const allNotApplicable = practiceCount > 0 && notApplicableCount === practiceCount;
  const score = possibleHalves > 0 ? fraction(earnedHalves, possibleHalves) : null;
  const counts = { scoredCount, notApplicableCount, unscoredCount, practiceCount };
  return {
    gap: gap.key,
    score,
    earnedHalves,
    possibleHalves,
    ...counts,
    allNotApplicable,
    explanation: explainGap(score, earnedHalves, possibleHalves, counts, allNotApplicable),
  };
}

function explainGap(
  score: Fraction | null,
  earnedHalves: number,
  possibleHalves: number,
  c: {
    scoredCount: number;
    notApplicableCount: number;
    unscoredCount: number;
    practiceCount: number;
  },
  allNotApplicable: boolean,
): string {
  if (c.practiceCount === 0) return 'No practices in this gap: no score.';
  if (allNotApplicable) {
    return `All ${count(c.practiceCount, 'practice')} marked not applicable: no score, and the gap is left out of the headline.`;
  }
  if (score === null) {
    const na = c.notApplicableCount > 0 ? `, ${c.notApplicableCount} not applicable` : '';
    return `No applicable practice scored yet (${c.unscoredCount} unscored${na}): no score.`;
  }
  const na =
    c.notApplicableCount > 0 ? ` (${count(c.notApplicableCount, 'practice')} not applicable)` : '';
  const base = `${formatHalves(earnedHalves)} of ${formatHalves(possibleHalves)} applicable points${na} = ${formatPercent(score)}`;
  if (c.unscoredCount === 0) return base;
  const verb = c.unscoredCount === 1 ? 'is' : 'are';
  return `${base}; provisional: ${count(c.unscoredCount, 'practice')} not yet scored ${verb} left out.`;
}

export function scoreAudit(answers: Answers, gaps: readonly Gap[] = GAPS): AuditScore {
  return scoreGapScores(
    gaps.map((gap) => scoreGap(gap, answers)),
    gaps,
  );
}

/**
 * An audit's score from the tally of each gap (a gap without a tally counts as unscored): the
 * same result `scoreAudit` gives for the answers the tallies were counted from.
 */
export function scoreAuditTallies(
  tallies: Readonly<Partial<Record<GapKey, GapTally>>>,
  gaps: readonly Gap[] = GAPS,
): AuditScore {
  return scoreGapScores(
    gaps.map((gap) =>
      scoreGapTally(
        gap,
        tallies[gap.key] ?? {
          earnedHalves: 0,
          scoredCount: 0,
          notApplicableCount: 0,
          unscoredCount: gap.practices.length,
        },
      ),
    ),
    gaps,
  );
}

function scoreGapScores(gapScores: GapScore[], gaps: readonly Gap[]): AuditScore {
  const scored = gapScores.filter((g): g is GapScore & { score: Fraction } => g.score !== null);
  const headline = minFraction(scored.map((g) => g.score));

  // Ties go to the earliest gap in framework order, whatever order `gaps` came in.
  const orderOf = new Map(gaps.map((gap) => [gap.key, gap.order]));
  let weakest: (GapScore & { score: Fraction }) | null = null;
  for (const g of scored) {
    if (weakest === null) {
      weakest = g;
      continue;
    }
    const cmp = compareFractions(g.score, weakest.score);
    const earlier = (orderOf.get(g.gap) ?? 0) < (orderOf.get(weakest.gap) ?? 0);
    if (cmp < 0 || (cmp === 0 && earlier)) weakest = g;
  }

  const mean = meanOfFractions(scored.map((g) => g.score));
  const complete = gapScores.every((g) => g.unscoredCount === 0);
  const titleOf = (key: GapKey): string => gaps.find((gap) => gap.key === key)?.title ?? key;
  return {
    gaps: gapScores,
    headline,
    weakestGap: weakest?.gap ?? null,
    mean,
    band: headline === null ? null : bandFor(headline),
    complete,
    headlineExplanation: explainHeadline(gapScores, headline, weakest?.gap ?? null, titleOf),
    meanExplanation: explainMean(scored, mean),
  };
}

function explainHeadline(
  gapScores: readonly GapScore[],
  headline: Fraction | null,
  weakestGap: GapKey | null,
  titleOf: (key: GapKey) => string,
): string {
  const scoredCount = gapScores.filter((g) => g.score !== null).length;
  const notes: string[] = [];
  const allNa = gapScores.filter((g) => g.allNotApplicable).map((g) => titleOf(g.gap));
  if (allNa.length > 0) {
    notes.push(`${allNa.join(', ')} left out: every practice is not applicable`);
  }
  const waiting = gapScores
    .filter((g) => g.score === null && !g.allNotApplicable && g.practiceCount > 0)
    .map((g) => titleOf(g.gap));
  if (waiting.length > 0) notes.push(`${waiting.join(', ')} not scored yet`);
  const unscored = gapScores.reduce((sum, g) => sum + g.unscoredCount, 0);
  if (unscored > 0) notes.push(`provisional: ${count(unscored, 'practice')} not yet scored`);
  const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';

  if (headline === null || weakestGap === null) {
    return `No headline yet: no gap has a scored applicable practice${tail}.`;
  }
  return `${formatPercent(headline)} = the weakest gap, ${titleOf(weakestGap)} (lowest of ${count(scoredCount, 'scored gap')})${tail}.`;
}

function explainMean(
  scored: readonly (GapScore & { score: Fraction })[],
  mean: Fraction | null,
): string {
  if (mean === null) return 'No mean yet: no gap has a score.';
  const parts = scored.map((g) => formatPercent(g.score)).join(' + ');
  return `${formatPercent(mean)} = (${parts}) / ${scored.length}, the average of the scored gaps (exact before rounding).`;
}
