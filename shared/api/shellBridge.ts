import type { ExportRequest, ReportJob } from '../reports/reportRequest';
import type { ShellCommand } from './channels';
import type { Result } from './result';

/** What the Electron shell exposes beside window.api as window.shell (absent in a browser). */
export interface ShellBridge {
  platform: string;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onCommand: (listener: (command: ShellCommand) => void) => () => void;
  /**
   * Asks where to save a report (the native save dialog, `fileName` suggested) and starts the
   * export there; null when the dialog was cancelled. Poll the job with reports.job.
   */
  saveReport: (input: {
    request: ExportRequest;
    fileName: string;
  }) => Promise<Result<ReportJob | null>>;
}
