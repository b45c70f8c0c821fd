import type { Result } from '../../../shared/api/result';
import type {
  ExportRequest,
  ReportDownload,
  ReportExport,
  ReportJob,
  ReportModel,
  ReportRequest,
} from '../../../shared/reports';
import type { SliceCreator } from './appStore';

export interface ReportsSlice {
  /** Every recorded export, newest first (null: not loaded). */
  reportExports: ReportExport[] | null;
  reportExportsError: string | null;
  loadReportExports: () => Promise<void>;
  /** The report model the preview shows (read fresh each time: it says "since the last report"). */
  previewReport: (request: ReportRequest) => Promise<Result<ReportModel>>;
  /** The export under way or just finished, with its progress. */
  exportJob: ReportJob | null;
  exportError: string | null;
  /**
   * Exports: in Electron through the native save dialog (`fileName` suggested), in a browser
   * as a download. Resolves when the job has finished, failed or been cancelled.
   */
  startExport: (request: ExportRequest, fileName: string) => Promise<void>;
  cancelExport: () => Promise<void>;
  dismissExport: () => void;
}

const POLL_MS = 150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const createReportsSlice: SliceCreator<ReportsSlice> = (api) => (set, get) => ({
  reportExports: null,
  reportExportsError: null,
  loadReportExports: async () => {
    const r = await api['reports.list']({});
    set(
      r.ok
        ? { reportExports: r.data, reportExportsError: null }
        : { reportExportsError: r.error.message },
    );
  },
  previewReport: (report) => api['reports.preview']({ report }),
  exportJob: null,
  exportError: null,
  startExport: async (request, fileName) => {
    set({ exportError: null, exportJob: null });
    const shell = typeof window === 'undefined' ? undefined : window.shell;
    const started = shell?.saveReport
      ? await shell.saveReport({ request, fileName })
      : await api['reports.start'](request);
    if (!started.ok) return set({ exportError: started.error.message });
    if (started.data === null) return; // the save dialog was cancelled
    let job = started.data;
    set({ exportJob: job });
    while (job.state === 'running') {
      await sleep(POLL_MS);
      const polled = await api['reports.job']({ id: job.id });
      if (!polled.ok) return set({ exportError: polled.error.message });
      job = polled.data;
      set({ exportJob: job });
    }
    if (job.state === 'failed')
      return set({ exportError: job.error?.message ?? 'The export failed.' });
    if (job.state !== 'done') return;
    if (job.savedTo === null) {
      const file = await api['reports.download']({ id: job.id });
      if (!file.ok) return set({ exportError: file.error.message });
      saveDownload(file.data);
    }
    get().notify('success', job.savedTo ? `Saved ${job.savedTo}` : `Downloaded ${job.fileName}`);
    await get().loadReportExports();
  },
  cancelExport: async () => {
    const job = get().exportJob;
    if (!job || job.state !== 'running') return;
    const r = await api['reports.cancel']({ id: job.id });
    if (r.ok) set({ exportJob: r.data });
  },
  dismissExport: () => set({ exportJob: null, exportError: null }),
});

/** Hands a finished export to the browser as a download. */
function saveDownload(file: ReportDownload): void {
  if (typeof document === 'undefined') return;
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
