import { GAPS } from './gaps';
import type { GapKey, PlanWeek } from './types';

// Where the work of each practice lands in the 30-day plan (domain.md, "The 30-day plan"),
// as data the plan generator reads. Week 1 is the audit itself, so no practice lands there.
// Kept apart from gaps.ts: a practice's place in the plan is a planning decision, not part of
// what the practice means, and it can change without a new framework version.

const WEEK_BY_GAP: Record<GapKey, PlanWeek> = {
  pipeline: 2,
  versioning: 2,
  fallback: 2,
  observability: 3,
  governance: 4,
};

/** Practice key -> the plan week its task goes to. */
export const PLAN_PLACEMENT: Readonly<Record<string, PlanWeek>> = Object.fromEntries(
  GAPS.flatMap((gap) => gap.practices.map((p) => [p.key, WEEK_BY_GAP[gap.key]])),
);
