import type { ReportFormat, ReportModel } from '../../../shared/reports';
import { DomainError } from '../services/DomainError';
import { renderCsv } from './formats/reportCsv';
import { renderJson } from './formats/reportJson';
import { renderMarkdown } from './formats/reportMarkdown';
import { renderPdf } from './pdf/renderPdf';

/** The bytes of a report in one format, all printed from the same model. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'pdf':
      return renderPdf(model);
    case 'md':
      return utf8(renderMarkdown(model));
    case 'json':
      return utf8(renderJson(model));
    case 'csv':
      if (model.kind !== 'portfolio') {
        throw new DomainError(
          'INVALID_INPUT',
          'CSV is the portfolio table: export a project as pdf, md or json.',
        );
      }
      return utf8(renderCsv(model));
  }
}
