import { GAPS, type GapKey } from '../../../../shared/framework';

export type SeriesKey = 'headline' | GapKey;

export interface Series {
  key: SeriesKey;
  label: string;
  /** A CSS colour (a variable defined in audit.css for light and dark). */
  color: string;
  /** Dash pattern, so lines stay tellable apart without colour. */
  dash: string | undefined;
  width: number;
}

const DASHES: Record<GapKey, string> = {
  pipeline: '9 4',
  versioning: '2 4',
  fallback: '12 4 2 4',
  observability: '5 5',
  governance: '1 7',
};

/** The trend's lines: the headline first (thick, solid), then each gap in framework order. */
export const TREND_SERIES: readonly Series[] = [
  {
    key: 'headline',
    label: 'Readiness (weakest gap)',
    color: 'var(--series-headline)',
    dash: undefined,
    width: 3.5,
  },
  ...GAPS.map((gap): Series => ({
    key: gap.key,
    label: gap.title,
    color: `var(--series-${gap.key})`,
    dash: DASHES[gap.key],
    width: 2,
  })),
];
