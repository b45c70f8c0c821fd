import { GAPS } from './gaps';
import type { GapKey, PlanSection } from './types';

// Where the work of each practice lands in the 30-day plan (domain.md, "The 30-day plan"),
// as data the plan generator reads. Week 1 is the audit itself, so no practice lands there.
// Kept apart from gaps.ts: a practice's place in the plan is a planning decision, not part of
// what the practice means, and it can change without a new framework version.
//
// The plan's logic: week 2 is versioning plus the *minimum* fallback (one path on the riskiest
// endpoint); hardening the fallback needs the monitoring that week 3 builds (a fallback rate
// cannot be watched before confidence and fallback events are tracked), so it goes to week 3;
// governance is the week-4 checkpoint sprint. Pipeline work is not part of the 30 days: it is
// the 2-3 week productionization sprint after day 30, co-owned by research and production.

const SECTION_BY_GAP: Record<GapKey, PlanSection> = {
  pipeline: 'after',
  versioning: 2,
  fallback: 3,
  observability: 3,
  governance: 4,
};

/** The one fallback practice that is week-2 work: a first path, not the full set of tiers. */
export const MINIMUM_FALLBACK_PRACTICE = 'fallback.fallback_tiers';

const EXCEPTIONS: Readonly<Record<string, PlanSection>> = {
  [MINIMUM_FALLBACK_PRACTICE]: 2,
};

/** Practice key -> the plan week (or the after-day-30 section) its task goes to. */
export const PLAN_PLACEMENT: Readonly<Record<string, PlanSection>> = Object.fromEntries(
  GAPS.flatMap((gap) =>
    gap.practices.map((p) => [p.key, EXCEPTIONS[p.key] ?? SECTION_BY_GAP[gap.key]]),
  ),
);
