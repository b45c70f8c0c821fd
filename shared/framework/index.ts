// Public API of the framework module: data and pure functions shared by backend and renderer.
export * from './types';
export { FRAMEWORK_VERSION } from './frameworkVersion';
export { GAPS, ALL_PRACTICES, gapByKey, practiceByKey } from './gaps';
export { PLAN_PLACEMENT, MINIMUM_FALLBACK_PRACTICE } from './planPlacement';
export type { PlanSectionTemplate, PlanMilestone } from './planTemplate';
export { PLAN_TEMPLATE, PLAN_MILESTONES, sectionTemplate } from './planTemplate';
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
export type { Answers, GapScore, GapTally, AuditScore } from './scoring';
export {
  scoreGap,
  scoreAudit,
  answerFor,
  tallyGap,
  scoreGapTally,
  scoreAuditTallies,
} from './scoring';
export type { Change, PracticeChange, GapChange, AuditComparison } from './compareAudits';
export { compareAnswers, practiceChange, scoreChange } from './compareAudits';
export type { TrendAudit, TrendPoint } from './trend';
export { buildTrend } from './trend';
export type { OrgModel, OrgModelKey, OrgRange, OrgDimension } from './orgModels';
export {
  ORG_MODELS,
  ORG_MODEL_KEYS,
  orgModelByKey,
  MLOPS_THRESHOLDS,
  DATA_SCIENCE_OWNS_PRODUCTION,
} from './orgModels';
export type {
  OrgFigures,
  ModelFit,
  FitLevel,
  MlopsAdvice,
  OrgRecommendation,
  OrgRangeCheck,
} from './orgRecommendation';
export { recommendOrgModel, orgRangeCheck, modelFit, mlopsAdvice } from './orgRecommendation';
export type { RaciParty, RaciRow, RaciStage, AlertRoute, OwnerRole } from './raci';
export {
  raciTable,
  defaultAlertParty,
  defaultCheckpointParty,
  RACI_PARTY_LABELS,
  ALERT_ROUTES,
} from './raci';
export * from './checkpointStages';
export * from './checkpointRules';
export * from './readinessVerdict';
