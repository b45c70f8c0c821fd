import { parentPort, workerData } from 'node:worker_threads';
import { useSqliteNativeBinding } from '../database/sqliteBinding';
import { runJob, type Job } from './jobs';
import { serializeError, type JobReply } from './jobMessages';

// The worker thread's entry (bundled as out/main/jobWorker.js): runs one job per message, in
// order, and answers with its result or its error. `busy` (shared with the host) is cleared
// when a job ends, so a closing host can wait for a backup to finish instead of cutting it.

const data = workerData as { nativeBinding?: string; busy: Int32Array };
useSqliteNativeBinding(data.nativeBinding);

parentPort?.on('message', (message: { id: number; job: Job }) => {
  let reply: JobReply;
  try {
    reply = { id: message.id, ok: true, result: runJob(message.job) };
  } catch (e) {
    reply = { id: message.id, ok: false, error: serializeError(e) };
  } finally {
    Atomics.store(data.busy, 0, 0);
    Atomics.notify(data.busy, 0);
  }
  parentPort?.postMessage(reply);
});
