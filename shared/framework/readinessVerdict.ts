import { BANDS } from './bands';
import {
  STAGE_STATE_LABELS,
  addDay,
  checkpointSummary,
  dayDiff,
  type StageRunFacts,
  type StageSummary,
} from './checkpointRules';
import { stageDef, type CheckpointStageKey } from './checkpointStages';
import { compareFractions, formatPercent, type Fraction } from './fraction';
import { gapByKey } from './gaps';
import type { GapKey } from './types';

// The one place that decides whether a project is ready for its 1.0 (product.md, "Scoring"):
// the weakest gap of its latest final audit at or above the top band's threshold, AND every
// checkpoint stage passed or waived with a waiver that has not expired. The project page, the
// portfolio, the heatmap, the CLI and the report all print this verdict; no other code may
// print "Ready".

export const READY_LABEL = 'Ready for 1.0';
export const NOT_READY_LABEL = 'Not ready for 1.0';

/** The gap side of the verdict: the latest final audit's headline (null: no final audit). */
export interface VerdictScore {
  headline: Fraction | null;
  weakestGap: GapKey | null;
}

export type VerdictBlocker =
  | { kind: 'no_final_audit'; text: string }
  | { kind: 'weakest_gap'; gap: GapKey | null; text: string }
  | { kind: 'stage_not_passed'; stage: CheckpointStageKey; text: string }
  | { kind: 'waiver_expired'; stage: CheckpointStageKey; expiresOn: string; text: string };

export interface Verdict {
  ready: boolean;
  label: typeof READY_LABEL | typeof NOT_READY_LABEL;
  /** What stands in the way, gaps first then stages in the framework's order; empty when ready. */
  blockers: VerdictBlocker[];
  /** One sentence: the verdict and how it was reached. */
  explanation: string;
}

const TOP_BAND = BANDS[BANDS.length - 1] as (typeof BANDS)[number];

export function readinessVerdict(
  score: VerdictScore | null,
  stages: readonly StageSummary[],
): Verdict {
  const blockers: VerdictBlocker[] = [];
  const threshold = formatPercent(TOP_BAND.minimum);
  if (score === null || score.headline === null) {
    blockers.push({
      kind: 'no_final_audit',
      text: 'No finalised gap audit: the gaps have not been scored.',
    });
  } else if (compareFractions(score.headline, TOP_BAND.minimum) < 0) {
    const gap = score.weakestGap;
    const name = gap ? (gapByKey(gap)?.title ?? gap) : 'The weakest gap';
    blockers.push({
      kind: 'weakest_gap',
      gap,
      text: `Weakest gap, ${name}, scores ${formatPercent(score.headline)}, below the ${threshold} every gap needs.`,
    });
  }
  for (const s of stages) {
    if (s.cleared) continue;
    if (s.state === 'waiver_expired' && s.waiverExpiresOn !== null) {
      blockers.push({
        kind: 'waiver_expired',
        stage: s.stage,
        expiresOn: s.waiverExpiresOn,
        text: `${s.name}: its waiver expired after ${s.waiverExpiresOn}.`,
      });
    } else {
      blockers.push({
        kind: 'stage_not_passed',
        stage: s.stage,
        text: `${s.name}: ${STAGE_STATE_LABELS[s.state].toLowerCase()}, not passed.`,
      });
    }
  }
  // A project with fewer than five stage summaries was judged on a partial list: never ready.
  const complete = stages.length === 5;
  const ready = blockers.length === 0 && complete;
  return {
    ready,
    label: ready ? READY_LABEL : NOT_READY_LABEL,
    blockers,
    explanation: ready
      ? `Every gap is at ${threshold} or above, and all five checkpoint stages are passed or validly waived.`
      : `Needs every gap at ${threshold} or above and all five checkpoint stages passed or validly waived; ${blockers.length} item${blockers.length === 1 ? '' : 's'} stand${blockers.length === 1 ? 's' : ''} in the way.`,
  };
}

/**
 * A project's verdict from its latest final audit's score (null: none) and its checkpoint runs
 * (every run, or only the latest of each stage), judged today: what every screen calls.
 */
export function verdictFor(
  score: VerdictScore | null,
  runs: readonly StageRunFacts[],
  today: string,
): Verdict {
  return readinessVerdict(score, checkpointSummary(runs, today));
}

export interface ReadinessForecast {
  /** Stages still to clear, with the days each is counted for. */
  remaining: { stage: CheckpointStageKey; days: number; basis: string }[];
  /** The day all remaining stages would be done if run side by side (the framework's advice). */
  parallel: string | null;
  /** The day if run one after the other. */
  sequential: string | null;
  explanation: string;
}

/**
 * The projected day the checkpoints are all cleared, from the stages left. A stage in progress
 * counts the days left to its planned end (when that is still ahead); any other stage counts
 * its longest typical duration. Parallel: the longest of them; sequential: their sum. Days are
 * calendar days, today included.
 */
export function forecastReadiness(
  stages: readonly StageSummary[],
  today: string,
): ReadinessForecast {
  const remaining = stages
    .filter((s) => !s.cleared)
    .map((s) => {
      const typical = stageDef(s.stage).typicalDays.max;
      const end = s.latest?.plannedEnd;
      if (s.state === 'in_progress' && end !== undefined && end >= today) {
        return {
          stage: s.stage,
          days: dayDiff(today, end) + 1,
          basis: `to its planned end ${end}`,
        };
      }
      return { stage: s.stage, days: typical, basis: `its typical ${typical} days` };
    });
  if (remaining.length === 0) {
    return {
      remaining,
      parallel: null,
      sequential: null,
      explanation: 'Every checkpoint stage is passed or validly waived: nothing is left to run.',
    };
  }
  const longest = Math.max(...remaining.map((r) => r.days));
  const total = remaining.reduce((sum, r) => sum + r.days, 0);
  return {
    remaining,
    parallel: addDay(today, longest - 1),
    sequential: addDay(today, total - 1),
    explanation: `${remaining.length} stage${remaining.length === 1 ? '' : 's'} left, counted from today: side by side, the longest (${longest} days); one after the other, their sum (${total} days). A stage in progress counts the days to its planned end, any other its longest typical duration.`,
  };
}
