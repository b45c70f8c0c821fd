// Types of the framework the app encodes (see ../../../shared/brief/domain.md for the source facts).
// Pure data shapes: no Node, no DOM.

export const GAP_KEYS = [
  'pipeline',
  'versioning',
  'fallback',
  'observability',
  'governance',
] as const;
export type GapKey = (typeof GAP_KEYS)[number];

/** Which week of the 30-day plan a practice's task lands in (domain.md, "The 30-day plan"). */
export type PlanWeek = 1 | 2 | 3 | 4;
/** A place in the plan: one of its four weeks, or the productionization sprint after day 30. */
export type PlanSection = PlanWeek | 'after';

export interface Practice {
  /** Stable key, `<gap>.<snake_case>`, stored in the database: never rename a shipped key. */
  key: string;
  gap: GapKey;
  title: string;
  /** One or two sentences in our own words: what "in place" means for this practice. */
  description: string;
  /**
   * The practice's own words for 0 / 0.5 / 1 where the generic rubric does not fit (a practice
   * done by people can never be "automated"). Absent: the generic levels of scoreLevels.ts.
   */
  levels?: PracticeLevelTexts;
}

export interface PracticeLevelText {
  label: string;
  meaning: string;
}
export type PracticeLevelTexts = Record<'none' | 'manual' | 'automated', PracticeLevelText>;

export interface Gap {
  key: GapKey;
  /** 1-based position, the order the framework presents the gaps in. */
  order: number;
  title: string;
  /** What a proof-of-concept usually has. */
  poc: string;
  /** What production needs: what good looks like. */
  production: string;
  /** What leaving the gap open costs. */
  cost: string;
  practices: readonly Practice[];
}

/** A practice's score: 0 not in place, 0.5 manual or documented only, 1 automated and exercised. */
export type PracticeLevel = 0 | 0.5 | 1;
export type PracticeAnswer =
  { kind: 'scored'; level: PracticeLevel } | { kind: 'not_applicable'; reason: string };
