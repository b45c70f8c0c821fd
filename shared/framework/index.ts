// Public API of the framework module: data and pure functions shared by backend and renderer.
export * from './types';
export { FRAMEWORK_VERSION } from './frameworkVersion';
export { GAPS, ALL_PRACTICES, gapByKey, practiceByKey } from './gaps';
export { PLAN_PLACEMENT } from './planPlacement';
export type { ScoreLevel, ScoreLevelKey } from './scoreLevels';
export { SCORE_LEVELS, levelToHalves, scoreLevelFor } from './scoreLevels';
export type { Fraction } from './fraction';
export {
  fraction,
  compareFractions,
  fractionsEqual,
  minFraction,
  meanOfFractions,
  fractionToPercentTenths,
  formatPercent,
  formatHalves,
} from './fraction';
export type { Band, BandKey } from './bands';
export { BANDS, BAND_KEYS, bandFor, bandByKey } from './bands';
export type { Answers, GapScore, AuditScore } from './scoring';
export { scoreGap, scoreAudit, answerFor } from './scoring';
export type { Change, PracticeChange, GapChange, AuditComparison } from './compareAudits';
export { compareAnswers, practiceChange, scoreChange } from './compareAudits';
export type { TrendAudit, TrendPoint } from './trend';
export { buildTrend } from './trend';
