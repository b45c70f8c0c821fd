import { daysBetween } from './calendar';
import type { Project } from './project';

/** Past this many weeks from PoC approval without production, a structural gap is likely open. */
export const POC_STALL_WEEKS = 16;
/** Approved PoC to first production deployment, for a well-scoped feature. */
export const POC_TO_PRODUCTION_TARGET_WEEKS = { min: 6, max: 10 } as const;

/** Completed weeks since the PoC was approved, or null when no approval date is recorded. */
export function weeksSincePocApproval(
  p: Pick<Project, 'pocApprovedOn'>,
  today: string,
): number | null {
  if (p.pocApprovedOn === null) return null;
  return Math.floor(daysBetween(p.pocApprovedOn, today) / 7);
}

/**
 * How long ago the PoC was approved, in words: "this week", "1 week ago", "12 weeks ago".
 * A date in the future (a typo, or an approval planned ahead) says so instead of a negative
 * count. Null when no date is recorded.
 */
export function pocApprovalAge(p: Pick<Project, 'pocApprovedOn'>, today: string): string | null {
  if (p.pocApprovedOn === null) return null;
  if (p.pocApprovedOn > today) return 'in the future: check the date';
  const weeks = weeksSincePocApproval(p, today) ?? 0;
  if (weeks === 0) return 'this week';
  return weeks === 1 ? '1 week ago' : `${weeks} weeks ago`;
}

/**
 * A project is flagged as stuck when it is still on its way to production (PoC or
 * productionizing) more than POC_STALL_WEEKS weeks after its PoC was approved.
 */
export function isStalled(p: Pick<Project, 'pocApprovedOn' | 'stage'>, today: string): boolean {
  if (p.stage !== 'poc' && p.stage !== 'productionizing') return false;
  const weeks = weeksSincePocApproval(p, today);
  return weeks !== null && weeks > POC_STALL_WEEKS;
}

export type TimelineVerdict =
  | 'no_approval'
  | 'no_production_date'
  | 'within_target'
  | 'over_target'
  | 'on_its_way'
  | 'past_target'
  | 'stalled';

export interface Timeline {
  /** Completed weeks from PoC approval to first production (or to today); null without approval. */
  weeks: number | null;
  inProduction: boolean;
  verdict: TimelineVerdict;
  /** The judgement in words, against the 6-10 week target. */
  text: string;
}

/**
 * Weeks from PoC approval to the first production deployment (to today while not in
 * production), judged against the 6-10 week target and the 16-week stall line. Boundaries are
 * in completed weeks, as isStalled counts them: exactly 10 weeks is inside the target, exactly
 * 16 weeks is not yet flagged.
 */
export function projectTimeline(
  p: Pick<Project, 'pocApprovedOn' | 'stage'>,
  firstProductionOn: string | null,
  today: string,
): Timeline {
  const inProduction = firstProductionOn !== null;
  const { min, max } = POC_TO_PRODUCTION_TARGET_WEEKS;
  if (p.pocApprovedOn === null)
    return {
      weeks: null,
      inProduction,
      verdict: 'no_approval',
      text: 'No PoC approval date recorded, so the time to production cannot be measured.',
    };
  if (firstProductionOn === null && (p.stage === 'in_production' || p.stage === 'retired'))
    return {
      weeks: null,
      inProduction: true,
      verdict: 'no_production_date',
      text: 'Reached production, but the date of the first production deployment is not recorded.',
    };
  const weeks = Math.max(
    0,
    Math.floor(daysBetween(p.pocApprovedOn, firstProductionOn ?? today) / 7),
  );
  const w = `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  if (inProduction) {
    return weeks <= max
      ? {
          weeks,
          inProduction,
          verdict: 'within_target',
          text: `In production ${w} after PoC approval, within the ${min}-${max} week target.`,
        }
      : weeks > POC_STALL_WEEKS
        ? {
            weeks,
            inProduction,
            verdict: 'over_target',
            text: `In production ${w} after PoC approval, past ${POC_STALL_WEEKS} weeks: well beyond the ${min}-${max} week target.`,
          }
        : {
            weeks,
            inProduction,
            verdict: 'over_target',
            text: `In production ${w} after PoC approval, beyond the ${min}-${max} week target.`,
          };
  }
  if (weeks <= max)
    return {
      weeks,
      inProduction,
      verdict: 'on_its_way',
      text: `${w} since PoC approval, not in production yet; the target is ${min}-${max} weeks.`,
    };
  if (weeks <= POC_STALL_WEEKS)
    return {
      weeks,
      inProduction,
      verdict: 'past_target',
      text: `${w} since PoC approval and not in production: past the ${min}-${max} week target.`,
    };
  return {
    weeks,
    inProduction,
    verdict: 'stalled',
    text: `${w} since PoC approval and not in production: past ${POC_STALL_WEEKS} weeks, one or more structural gaps is likely still open.`,
  };
}
