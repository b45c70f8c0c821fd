import { daysBetween } from './calendar';

// The one metric to track (domain.md, "Time targets"): days from training completed to serving
// in production, against its target: under 2 weeks for an update of an existing model, under
// 6 weeks for a new model. Measured in days it is on track; in months, a process problem.

export const RELEASE_KINDS = ['new_model', 'update'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];
export const RELEASE_KIND_LABELS: Record<ReleaseKind, string> = {
  new_model: 'New model',
  update: 'Update of an existing model',
};

/** Lead-time targets in days; a release is on target when its lead time is strictly under. */
export const LEAD_TIME_TARGET_DAYS: Record<ReleaseKind, number> = { update: 14, new_model: 42 };
/** From this many days a lead time is counted in months: a process problem. */
export const LEAD_TIME_MONTHS_DAYS = 30;

export type LeadTimeVerdict = 'on_track' | 'over_target' | 'process_problem' | 'waiting';

export interface LeadTime {
  days: number;
  /** True while not yet serving: the days run to today. */
  running: boolean;
  targetDays: number;
  verdict: LeadTimeVerdict;
  /** The judgement in words. */
  text: string;
}

export interface ReleaseDates {
  kind: ReleaseKind;
  trainedOn: string;
  servingOn: string | null;
}

export function releaseLeadTime(r: ReleaseDates, today: string): LeadTime {
  const running = r.servingOn === null;
  const days = Math.max(0, daysBetween(r.trainedOn, r.servingOn ?? today));
  const targetDays = LEAD_TIME_TARGET_DAYS[r.kind];
  const weeks = targetDays / 7;
  const target = `the target for ${r.kind === 'update' ? 'an update' : 'a new model'} is under ${weeks} weeks`;
  const span = `${days} ${days === 1 ? 'day' : 'days'}${running ? ' so far' : ''}`;
  let verdict: LeadTimeVerdict;
  let text: string;
  if (days < targetDays) {
    verdict = running ? 'waiting' : 'on_track';
    text = running
      ? `${span}, not serving yet; ${target}.`
      : `${span} from training to production: on track (${target}).`;
  } else if (days < LEAD_TIME_MONTHS_DAYS) {
    verdict = 'over_target';
    text = `${span}: over target (${target}).`;
  } else {
    verdict = 'process_problem';
    text = `${span}: measured in months, a process problem (${target}).`;
  }
  return { days, running, targetDays, verdict, text };
}

/** The median of lead times in days (the mean of the middle two for an even count); null when none. */
export function medianDays(days: readonly number[]): number | null {
  if (days.length === 0) return null;
  const s = [...days].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The portfolio's median lead time over releases that reached production. */
export function portfolioMedianLeadTime(releases: readonly ReleaseDates[]): number | null {
  return medianDays(
    releases
      .filter((r) => r.servingOn !== null)
      .map((r) => Math.max(0, daysBetween(r.trainedOn, r.servingOn ?? r.trainedOn))),
  );
}
