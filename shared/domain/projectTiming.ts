import type { Project } from './project';

/** Past this many weeks from PoC approval without production, a structural gap is likely open. */
export const POC_STALL_WEEKS = 16;
/** Approved PoC to first production deployment, for a well-scoped feature. */
export const POC_TO_PRODUCTION_TARGET_WEEKS = { min: 6, max: 10 } as const;

const DAY_MS = 86_400_000;

/** Whole days from one calendar date (YYYY-MM-DD) to another, independent of time zones. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today's calendar date in the user's local time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Completed weeks since the PoC was approved, or null when no approval date is recorded. */
export function weeksSincePocApproval(
  p: Pick<Project, 'pocApprovedOn'>,
  today: string,
): number | null {
  if (p.pocApprovedOn === null) return null;
  return Math.floor(daysBetween(p.pocApprovedOn, today) / 7);
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
