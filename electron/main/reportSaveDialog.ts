import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import { REPORT_SAVE_CHANNEL } from '../../shared/api/channels';
import { fail, ok, type Result } from '../../shared/api/result';
import { singleLine } from '../../shared/domain/textFields';
import { exportRequestSchema, FORMAT_LABELS, type ReportJob } from '../../shared/reports';
import type { WorkspaceReports } from '../backend/workspace/openWorkspace';
import { invalid } from '../backend/dispatch/dispatch';
import { checkSender } from './ipcAdapter';

const saveInputSchema = z
  .object({
    request: exportRequestSchema,
    fileName: singleLine('File name', 200, { required: true }),
  })
  .strict();

export interface ReportSaveDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  /** The folder the dialog opens in (the user's documents). */
  defaultDir: () => string;
  reports: () => WorkspaceReports | null;
  log: (message: string) => void;
}

/**
 * The native save dialog for reports: the renderer asks, main shows the dialog and starts the
 * export at the path the user chose (written by temp file and rename). The page never names a
 * path itself. Same sender checks as every other IPC call.
 */
export function registerReportSave(d: ReportSaveDeps): () => void {
  d.ipcMain.handle(
    REPORT_SAVE_CHANNEL,
    async (event, input: unknown): Promise<Result<ReportJob | null>> => {
      const refusal = checkSender(event);
      if (refusal) {
        d.log(`[crossing] IPC report-save: ${refusal}`);
        return fail('FORBIDDEN', refusal);
      }
      const parsed = saveInputSchema.safeParse(input);
      if (!parsed.success) return invalid(parsed.error);
      const reports = d.reports();
      if (!reports) return fail('UNAVAILABLE', 'The workspace is not open.');
      const { request, fileName } = parsed.data;
      const format = request.format;
      const options = {
        title: 'Export report',
        defaultPath: join(d.defaultDir(), fileName),
        filters: [{ name: FORMAT_LABELS[format], extensions: [format] }],
      };
      const win = d.window();
      const choice = win
        ? await d.dialog.showSaveDialog(win, options)
        : await d.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ok(null);
      return reports.startToFile(request, choice.filePath);
    },
  );
  return () => d.ipcMain.removeHandler(REPORT_SAVE_CHANNEL);
}
