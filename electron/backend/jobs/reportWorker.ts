import { warmPdf } from '../reports/pdf/renderPdf';
import { renderReport } from '../reports/renderReport';
import { DomainError } from '../services/DomainError';
import { serveJobs } from './serveJobs';

// The report thread's entry (bundled as out/main/reportWorker.js): draws report bytes from a
// model the host read, and keeps the parsed fonts between exports. Its own thread, apart from
// backups: a cancelled export ends this thread and nothing else. It opens no database.
serveJobs((job) => {
  if (job.kind === 'renderReport') return renderReport(job.model, job.format);
  if (job.kind === 'warmReports') return warmPdf().then(() => null);
  throw new DomainError('INTERNAL', `The report thread does not run ${job.kind} jobs.`);
});
