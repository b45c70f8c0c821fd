import { runJob } from './jobs';
import { serveJobs } from './serveJobs';

// The job thread's entry (bundled as out/main/jobWorker.js): history checks, backups, integrity
// checks, one at a time.
serveJobs(runJob);
