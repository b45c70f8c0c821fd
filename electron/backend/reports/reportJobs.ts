import { randomUUID } from 'node:crypto';
import {
  FORMAT_MIME,
  suggestedFileName,
  type ExportRequest,
  type ReportDownload,
  type ReportJob,
  type ReportModel,
} from '../../../shared/reports';
import { DomainError } from '../services/DomainError';
import type { ReportsService } from '../services/reportsService';
import { prepareReportFile } from './reportFile';
import { renderReport } from './renderReport';

/** Draws a report's bytes; stops (rejects) when `signal` aborts. */
export type RenderReport = (
  model: ReportModel,
  format: ExportRequest['format'],
  signal: AbortSignal,
) => Promise<Uint8Array>;

// Exports run as jobs: the caller gets the job at once and polls it for progress; a running
// job can be cancelled and then writes nothing. One export at a time, with a time limit.
// The data is read when the job starts (so an unknown project is refused at once); drawing
// the pages is the long part.
// Drawing runs where `render` says: the workspace hands in its report job thread (JobRunner), so
// the thread answering requests stays free, and cancelling or the time limit ends that thread's
// work at once. Without it (tests of this class) it runs here.

export type ReportSink = { kind: 'download' } | { kind: 'file'; path: string };

interface Entry {
  job: ReportJob;
  model: ReportModel;
  sink: ReportSink;
  bytes: Uint8Array | null;
  done: Promise<void>;
  /** Aborted by cancel and by the time limit: stops the drawing. */
  abort: AbortController;
}

const STEPS = 3; // read the data, draw, save
const KEEP_FINISHED = 20;

export interface ReportJobsOptions {
  /** Longest an export may draw before it is stopped (the PDF rule: one at a time, a timeout). */
  timeoutMs?: number;
  log?: (e: unknown) => void;
  /** Where the bytes are drawn (default: on this thread). */
  render?: RenderReport;
  /** Gets the drawing thread ready before an export (default: nothing). */
  warm?: () => void;
}

export class ReportJobs {
  private readonly jobs = new Map<string, Entry>();
  private readonly timeoutMs: number;
  private readonly log: (e: unknown) => void;
  private readonly render: RenderReport;
  private readonly warmUp: () => void;
  private warmed = false;

  constructor(
    private readonly service: ReportsService,
    opts: ReportJobsOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.log = opts.log ?? console.error;
    this.render = opts.render ?? ((model, format) => renderReport(model, format));
    this.warmUp = opts.warm ?? (() => {});
  }

  /**
   * Loads the PDF engine and fonts on the drawing thread, once (again after a cancel ended
   * that thread), so the first export is as quick as the next ones.
   */
  warm(): void {
    if (this.warmed) return;
    this.warmed = true;
    this.warmUp();
  }

  start(request: ExportRequest, sink: ReportSink): ReportJob {
    if ([...this.jobs.values()].some((e) => e.job.state === 'running')) {
      throw new DomainError(
        'CONFLICT',
        'Another report is being exported. Wait for it to finish, or cancel it.',
      );
    }
    const model = this.service.model(request.report);
    const job: ReportJob = {
      id: randomUUID(),
      request,
      state: 'running',
      stage: request.format === 'pdf' ? 'Drawing pages' : 'Writing',
      done: 1,
      total: STEPS,
      savedTo: null,
      fileName:
        sink.kind === 'file' ? fileNameOf(sink.path) : suggestedFileName(model, request.format),
      record: null,
      error: null,
    };
    const entry: Entry = {
      job,
      model,
      sink,
      bytes: null,
      done: Promise.resolve(),
      abort: new AbortController(),
    };
    entry.done = this.run(entry);
    this.jobs.set(job.id, entry);
    this.prune();
    return { ...job };
  }

  get(id: string): ReportJob {
    return { ...this.entry(id).job };
  }

  cancel(id: string): ReportJob {
    const { job, abort } = this.entry(id);
    if (job.state === 'running') {
      job.state = 'cancelled';
      job.stage = 'Cancelled: nothing was saved';
      abort.abort();
      this.warmed = false; // the drawing thread ends with the cancelled export
    }
    return { ...job };
  }

  /** Resolves when the job has finished (done, failed or cancelled). */
  async wait(id: string): Promise<ReportJob> {
    await this.entry(id).done;
    return this.get(id);
  }

  /** The bytes of a finished download (kept until the job is pruned with the oldest). */
  download(id: string): ReportDownload {
    const e = this.entry(id);
    if (e.sink.kind !== 'download' || e.job.state !== 'done' || !e.bytes) {
      throw new DomainError('RULE_VIOLATION', 'This export has no file to download (yet).');
    }
    return {
      fileName: e.job.fileName,
      mimeType: FORMAT_MIME[e.job.request.format],
      base64: Buffer.from(e.bytes).toString('base64'),
    };
  }

  private entry(id: string): Entry {
    const e = this.jobs.get(id);
    if (!e) throw new DomainError('NOT_FOUND', 'That export is not known (any more).');
    return e;
  }

  private async run(entry: Entry): Promise<void> {
    const { job } = entry;
    try {
      // Let start() answer first: the caller sees a running job it can poll or cancel.
      await new Promise((r) => setImmediate(r));
      if (job.state !== 'running') return;
      const bytes = await this.draw(entry);
      if (job.state !== 'running') return;
      job.done = 2;
      job.stage = 'Saving';
      const fileInfo = { fileName: job.fileName, bytes: bytes.length };
      if (entry.sink.kind === 'file') {
        const file = prepareReportFile(entry.sink.path, bytes);
        try {
          job.record = this.service.record(job.request, entry.model, fileInfo, file.commit);
        } catch (e) {
          file.discard();
          throw e;
        }
        job.savedTo = file.path;
      } else {
        job.record = this.service.record(job.request, entry.model, fileInfo);
        entry.bytes = bytes;
      }
      job.done = STEPS;
      job.state = 'done';
      job.stage = 'Saved';
    } catch (e) {
      if (job.state !== 'running') return;
      job.state = 'failed';
      job.stage = 'Failed: nothing was saved';
      job.error =
        e instanceof DomainError
          ? { code: e.code, message: e.message }
          : {
              code: 'INTERNAL',
              message: 'The report could not be made. The details are in the log.',
            };
      if (!(e instanceof DomainError)) this.log(e);
    }
  }

  private draw(entry: Entry): Promise<Uint8Array> {
    const { abort } = entry;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const e = new DomainError(
          'UNAVAILABLE',
          `The report took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped; nothing was saved.`,
        );
        abort.abort(e);
        this.warmed = false; // the drawing thread ends with the stopped export
        reject(e);
      }, this.timeoutMs);
    });
    const drawing = this.render(entry.model, entry.job.request.format, abort.signal);
    return Promise.race([drawing, timeout]).finally(() => clearTimeout(timer));
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, e]) => e.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(id);
    }
  }
}

const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;
