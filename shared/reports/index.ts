// The report model: what the preview, the PDF, Markdown, CSV and JSON all print.
export * from './reportParts';
export * from './reportRequest';
export * from './projectReportSchema';
export * from './portfolioReportSchema';
export { PENDING, PENDING_PORTFOLIO_COLUMNS } from './pendingSections';
export { buildProjectReport, type ProjectReportInput } from './buildProjectReport';
export {
  buildPortfolioReport,
  portfolioLine,
  PORTFOLIO_TITLE,
  type PortfolioReportInput,
} from './buildPortfolioReport';
export { headlineLine, percentText, pointsText } from './reportText';
export { suggestedFileName } from './suggestedFileName';
export {
  projectOrgSection,
  portfolioOrgSection,
  type OrgReportInput,
  type PortfolioOrgSection,
  type ProjectOrgSection,
} from './orgSections';
export {
  gapPlanTasks,
  planProgressSection,
  portfolioPlanCell,
  type PlanProgressSection,
  type PlanTaskRow,
  type PlanTasksSection,
  type PortfolioPlanCell,
} from './planSections';
export {
  releaseLeadTimeSummary,
  releasesSection,
  type ReleaseLeadTimeSummary,
  type ReleaseRow,
  type ReleasesSection,
} from './releaseSections';
export {
  checkpointsSection,
  portfolioCheckpointCells,
  verdictSection,
  type CheckpointStageRow,
  type CheckpointsSection,
  type PortfolioCheckpointCells,
  type VerdictSection,
} from './checkpointSections';
