import type { BandKey } from './bands';
import { fractionToPercentTenths } from './fraction';
import { FRAMEWORK_VERSION } from './frameworkVersion';
import { gapsFor } from './frameworkVersions';
import type { Answers } from './scoring';
import { scoreAudit } from './scoring';
import type { Gap, GapKey } from './types';
import { GAP_KEYS } from './types';

// Chart data for audits over time. Values are integer tenths of a percent (375 = 37.5%) so the
// chart, its tooltips and the report print the same rounded numbers as everywhere else.

export interface TrendAudit {
  id: string;
  /** ISO date or date-time; ordered as text, which is chronological for ISO 8601. */
  takenOn: string;
  answers: Answers;
  /** The version it was scored under: each audit is scored with its own version's practices. */
  frameworkVersion?: string;
}

export interface TrendPoint {
  id: string;
  takenOn: string;
  /** Per gap, null when the gap had no score in that audit. */
  gaps: Record<GapKey, number | null>;
  headline: number | null;
  mean: number | null;
  band: BandKey | null;
  complete: boolean;
}

function tenthsOrNull(f: { num: number; den: number } | null): number | null {
  return f === null ? null : fractionToPercentTenths(f);
}

/**
 * One point per audit, oldest first; audits taken on the same date keep their input order.
 * Without `gaps`, each audit is scored with its own framework version (the current one when it
 * names none), so a trend runs across versions by practice key.
 */
export function buildTrend(audits: readonly TrendAudit[], gaps?: readonly Gap[]): TrendPoint[] {
  const ordered = audits
    .map((audit, index) => ({ audit, index }))
    .sort((a, b) =>
      a.audit.takenOn < b.audit.takenOn
        ? -1
        : a.audit.takenOn > b.audit.takenOn
          ? 1
          : a.index - b.index,
    );
  return ordered.map(({ audit }) => {
    const score = scoreAudit(
      audit.answers,
      gaps ?? gapsFor(audit.frameworkVersion ?? FRAMEWORK_VERSION),
    );
    const perGap = Object.fromEntries(GAP_KEYS.map((key) => [key, null])) as Record<
      GapKey,
      number | null
    >;
    for (const g of score.gaps) perGap[g.gap] = tenthsOrNull(g.score);
    return {
      id: audit.id,
      takenOn: audit.takenOn,
      gaps: perGap,
      headline: tenthsOrNull(score.headline),
      mean: tenthsOrNull(score.mean),
      band: score.band?.key ?? null,
      complete: score.complete,
    };
  });
}
