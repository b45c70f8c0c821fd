import { z } from 'zod';
import { recordId } from '../domain/textFields';
import type { AppError } from '../api/result';
import type { PortfolioReport } from './portfolioReportSchema';
import type { ProjectReport } from './projectReportSchema';

// What a caller asks for (which report, which format), what an export leaves behind (the
// record listed on the Reports page), and the job that shows progress and can be cancelled.

export const REPORT_FORMATS = ['pdf', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const FORMAT_LABELS: Record<ReportFormat, string> = {
  pdf: 'PDF',
  md: 'Markdown',
  csv: 'CSV',
  json: 'JSON',
};
export const FORMAT_MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

export const reportRequestSchema = z.discriminatedUnion(
  'scope',
  [
    z.object({ scope: z.literal('project'), projectId: recordId }).strict(),
    z.object({ scope: z.literal('portfolio') }).strict(),
  ],
  { error: 'Choose a project report or the portfolio report' },
);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const exportRequestSchema = z
  .object({
    report: reportRequestSchema,
    format: z.enum(REPORT_FORMATS, { error: 'The format is pdf, md, csv or json' }),
  })
  .strict()
  .refine((r) => !(r.format === 'csv' && r.report.scope === 'project'), {
    message: 'CSV is the portfolio table: export a project as pdf, md or json',
    path: ['format'],
  });
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export type ReportModel = ProjectReport | PortfolioReport;

/** One export, as recorded: the reference point of "what changed since the previous report". */
export interface ReportExport {
  id: string;
  exportedAt: string;
  actor: string;
  scope: 'project' | 'portfolio';
  /** The project (null for the portfolio, or once the project was deleted). */
  projectId: string | null;
  /** The report's title when it was exported (the project's name then). */
  title: string;
  format: ReportFormat;
  fileName: string;
  bytes: number;
  contentHash: string;
  /** One line: band and headline, as the report's summary said them. */
  headline: string;
  headlineTenths: number | null;
  /** The history head the report spoke for. */
  historySeq: number;
  historyHash: string;
}

export type ReportJobState = 'running' | 'done' | 'failed' | 'cancelled';

/** An export in progress or finished; polled for progress, cancelled while running. */
export interface ReportJob {
  id: string;
  request: ExportRequest;
  state: ReportJobState;
  /** What it is doing now, in a few words ("Drawing pages"). */
  stage: string;
  /** Steps done of `total` (projects read, then the file). */
  done: number;
  total: number;
  /** Where the file went (a save to a path), or null for a download. */
  savedTo: string | null;
  fileName: string;
  /** Set when done. */
  record: ReportExport | null;
  /** Set when failed. */
  error: AppError | null;
}

/** A finished download's bytes (base64, so every transport carries them as JSON). */
export interface ReportDownload {
  fileName: string;
  mimeType: string;
  base64: string;
}
