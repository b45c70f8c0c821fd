import {
  portfolioReportSchema,
  projectReportSchema,
  type ReportModel,
} from '../../../../shared/reports';

/**
 * The JSON format: all of the report's data, with its schema version, parsed by the same zod
 * schema that defines the model before it is written, so a file never holds a shape the
 * version does not promise (a mismatch is a bug and fails the export instead).
 */
export function renderJson(model: ReportModel): string {
  const checked =
    model.kind === 'project'
      ? projectReportSchema.parse(model)
      : portfolioReportSchema.parse(model);
  return `${JSON.stringify(checked, null, 2)}\n`;
}
