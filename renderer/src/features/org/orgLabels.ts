import type {
  RecommendationOutcome,
  FitLevel,
} from '../../../../shared/framework/orgRecommendation';
import type { RangeStatus } from '../../../../shared/framework/orgRecommendation';

export const OUTCOME_LABELS: Record<RecommendationOutcome, string> = {
  one: 'One model fits',
  overlap: 'Models overlap',
  none: 'No model fits',
  incomplete: 'Answers missing',
};

export const FIT_LABELS: Record<FitLevel, string> = {
  fits: 'Fits',
  borderline: 'May fit',
  outside: 'Does not fit',
  unknown: 'Cannot judge yet',
};

export const RANGE_LABELS: Record<RangeStatus, string> = {
  in_range: 'In range',
  borderline: 'At the edge of its range',
  out_of_range: 'Out of range',
  unknown: 'Cannot check yet',
};
