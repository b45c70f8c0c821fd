import type { Fraction } from './fraction';
import { compareFractions } from './fraction';

// Readiness bands on the headline score (the weakest gap, see scoring.ts). Thresholds, each
// minimum inclusive:
//   blocked   below 40%          Blocked
//   at_risk   40% to below 70%   At risk
//   nearly    70% to below 90%   Nearly ready
//   ready     90% and above      Gaps closed (only the gaps: see readinessVerdict.ts)
// Bands sit on the minimum rather than the mean because one open gap is enough to sink a
// launch. The top band is about the gaps only: a 1.0 also needs every governance checkpoint
// stage passed, or waived with an unexpired waiver, which the checkpoint module judges.

export const BAND_KEYS = ['blocked', 'at_risk', 'nearly', 'ready'] as const;
export type BandKey = (typeof BAND_KEYS)[number];

export interface Band {
  key: BandKey;
  label: string;
  /** The same band said of one gap (a heatmap cell): never a project verdict. */
  gapLabel: string;
  /** Inclusive lower bound on the headline score. */
  minimum: Fraction;
  /** One line leadership can quote in a report. */
  meaning: string;
}

/** Ordered from lowest to highest minimum. */
export const BANDS: readonly Band[] = [
  {
    key: 'blocked',
    gapLabel: 'Wide open',
    label: 'Blocked',
    minimum: { num: 0, den: 1 },
    meaning:
      'At least one structural gap is still wide open; shipping now would put the launch at risk of failing in production.',
  },
  {
    key: 'at_risk',
    gapLabel: 'At risk',
    label: 'At risk',
    minimum: { num: 2, den: 5 },
    meaning:
      'The basics exist in every gap, but the weakest one still depends on manual work or is missing key practices.',
  },
  {
    key: 'nearly',
    gapLabel: 'Nearly closed',
    label: 'Nearly ready',
    minimum: { num: 7, den: 10 },
    meaning:
      'Most practices are in place in every gap; a short, named list of fixes stands between the project and production.',
  },
  {
    key: 'ready',
    gapLabel: 'Closed',
    label: 'Gaps closed',
    minimum: { num: 9, den: 10 },
    meaning:
      'Every gap is essentially closed; the 1.0 also needs every governance checkpoint stage passed, or waived with an unexpired waiver.',
  },
];

/** The band a headline score falls in: the highest band whose minimum it reaches. */
export function bandFor(f: Fraction): Band {
  let found: Band | undefined;
  for (const band of BANDS) {
    if (compareFractions(f, band.minimum) >= 0) found = band;
  }
  // Scores below 0 cannot come out of scoring; they still land in the lowest band.
  return found ?? (BANDS[0] as Band);
}

export function bandByKey(key: BandKey): Band {
  const band = BANDS.find((b) => b.key === key);
  if (!band) throw new RangeError(`Unknown band ${key}`);
  return band;
}
