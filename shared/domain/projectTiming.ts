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
