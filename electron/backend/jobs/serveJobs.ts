import { parentPort, workerData } from 'node:worker_threads';
import { useSqliteNativeBinding } from '../database/sqliteBinding';
import { serializeError, type JobReply } from './jobMessages';
import type { Job } from './jobs';

/**
 * A worker thread's loop: runs one job per message and answers with its result or its error.
 * `busy` (shared with the host) is cleared when a job ends, so a closing host can wait for a
 * backup to finish instead of cutting it. Jobs arrive one at a time (the host queues them), so
 * awaiting one here never overlaps another.
 */
export function serveJobs(run: (job: Job) => unknown): void {
  const data = workerData as { nativeBinding?: string; busy: Int32Array };
  useSqliteNativeBinding(data.nativeBinding);
  parentPort?.on('message', (message: { id: number; job: Job }) => void answer(message));
  async function answer(message: { id: number; job: Job }): Promise<void> {
    let reply: JobReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const result = await run(message.job);
      reply = { id: message.id, ok: true, result };
      // Report bytes move to the host instead of being copied.
      if (
        result instanceof Uint8Array &&
        result.buffer instanceof ArrayBuffer &&
        result.byteOffset === 0 &&
        result.byteLength === result.buffer.byteLength
      ) {
        transfer = [result.buffer];
      }
    } catch (e) {
      reply = { id: message.id, ok: false, error: serializeError(e) };
    } finally {
      Atomics.store(data.busy, 0, 0);
      Atomics.notify(data.busy, 0);
    }
    parentPort?.postMessage(reply, transfer);
  }
}
