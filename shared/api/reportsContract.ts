import { z } from 'zod';
import { recordId } from '../domain/textFields';
import {
  exportRequestSchema,
  reportRequestSchema,
  type ReportDownload,
  type ReportExport,
  type ReportJob,
  type ReportModel,
} from '../reports';
import { channel } from './defineChannel';

const byJob = z.object({ id: recordId }).strict();

export const reportsContract = {
  /** The report model the preview shows: the same object every export format prints. */
  'reports.preview': channel<ReportModel>()(z.object({ report: reportRequestSchema }).strict()),
  /** Every recorded export, newest first. */
  'reports.list': channel<ReportExport[]>()(z.object({}).strict()),
  /**
   * Starts an export for download (the browser host); the Electron app saves through its
   * native dialog instead and the CLI writes to a path. Poll `reports.job` for progress.
   */
  'reports.start': channel<ReportJob>()(exportRequestSchema),
  'reports.job': channel<ReportJob>()(byJob),
  /** Stops a running export; nothing is saved or recorded. */
  'reports.cancel': channel<ReportJob>()(byJob),
  /** The file of a finished download (once). */
  'reports.download': channel<ReportDownload>()(byJob),
};
