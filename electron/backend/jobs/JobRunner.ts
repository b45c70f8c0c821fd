import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sqliteNativeBinding } from '../database/sqliteBinding';
import { DomainError } from '../services/DomainError';
import { deserializeError, type JobReply } from './jobMessages';
import { runJob, type Job, type JobOutput } from './jobs';

/**
 * Runs long jobs (history verification, backups, integrity checks) on a worker thread, one at
 * a time in order, so the thread that answers requests never waits on them. The same in
 * Electron's main process, the web host and the CLI. Where no built worker exists (the tests
 * run the sources), a job runs on this thread after the current request, with the same result.
 */
export class JobRunner {
  private worker: Worker | null = null;
  /** 1 while the worker runs a job: `close` waits on it (Atomics), so a backup is not cut. */
  private readonly busy = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private script: URL | null = jobWorkerScript(),
    private readonly log: (e: unknown) => void = console.error,
  ) {}

  /**
   * Queues `job`; resolves with its result, rejects with its error (a DomainError stays one).
   * Aborting `signal` drops a queued job, and stops a running one by ending the worker thread
   * (the next job starts a fresh one): the promise rejects with the signal's reason at once.
   * A job running on this thread (no built worker) cannot be stopped; its result is ignored.
   */
  run<J extends Job>(job: J, opts: { signal?: AbortSignal } = {}): Promise<JobOutput[J['kind']]> {
    const { signal } = opts;
    const started = this.tail.then(() => {
      signal?.throwIfAborted();
      return this.start(job, signal);
    });
    const result = (signal ? abortable(started, signal) : started) as Promise<JobOutput[J['kind']]>;
    // The queue moves on when the job has really ended (a stopped worker ends it at once).
    this.tail = started.catch(() => undefined);
    return result;
  }

  /** Resolves once every job queued so far has ended. */
  async idle(): Promise<void> {
    await this.tail;
  }

  /**
   * Stops the worker. A job in progress is waited for (blocking, up to `timeoutMs`): a backup
   * finishes rather than being cut; queued jobs are refused.
   */
  close(timeoutMs = 60_000): void {
    this.closed = true;
    if (Atomics.load(this.busy, 0) === 1) Atomics.wait(this.busy, 0, 1, timeoutMs);
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    this.failPending(new DomainError('UNAVAILABLE', 'The workspace was closed.'));
  }

  private start(job: Job, signal?: AbortSignal): Promise<unknown> {
    if (this.closed)
      return Promise.reject(new DomainError('UNAVAILABLE', 'The workspace was closed.'));
    const worker = this.script ? this.ensureWorker(this.script) : null;
    if (!worker) {
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            if (this.closed) throw new DomainError('UNAVAILABLE', 'The workspace was closed.');
            resolve(runJob(job));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }),
      );
    }
    const id = this.nextId++;
    Atomics.store(this.busy, 0, 1);
    worker.ref(); // a pending job keeps the process alive (the CLI awaits it)
    return new Promise((resolve, reject) => {
      const stop = () => this.dropWorker(worker, signal ? reasonOf(signal) : cancelled());
      signal?.addEventListener('abort', stop, { once: true });
      const settle = () => signal?.removeEventListener('abort', stop);
      this.pending.set(id, {
        resolve: (v) => (settle(), resolve(v)),
        reject: (e) => (settle(), reject(e)),
      });
      worker.postMessage({ id, job });
    });
  }

  private ensureWorker(script: URL): Worker | null {
    if (this.worker) return this.worker;
    try {
      const workerData = { nativeBinding: sqliteNativeBinding(), busy: this.busy };
      // The worker's sources (tests) load through tsx with the backend's compiler settings
      // (tsconfig.node.json: the automatic JSX runtime); the build runs its bundled entry.
      const worker = script.pathname.endsWith('.ts')
        ? new Worker(
            `import('tsx/esm/api').then((t) => t.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(
              {
                parentURL: script.href,
                tsconfig: fileURLToPath(new URL('../../../tsconfig.node.json', script)),
              },
            )}))`,
            { eval: true, workerData },
          )
        : new Worker(script, { workerData });
      let answered = false;
      worker.on('message', (reply: JobReply) => {
        answered = true;
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (this.pending.size === 0) worker.unref();
        if (!p) return;
        if (reply.ok) p.resolve(reply.result);
        else p.reject(deserializeError(reply.error));
      });
      worker.on('error', (e) => {
        this.log(e);
        // A worker that failed before answering anything cannot load: jobs run here from now.
        if (!answered) this.script = null;
        this.dropWorker(worker, e);
      });
      worker.on('exit', () => this.dropWorker(worker, new Error('The worker thread stopped')));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (e) {
      // A worker that cannot start (a packaging problem) must not take the feature down: run
      // jobs on this thread from now on, and say so in the log.
      this.log(e);
      this.script = null;
      return null;
    }
  }

  private dropWorker(worker: Worker, e: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    Atomics.store(this.busy, 0, 0);
    this.failPending(e);
    void worker.terminate();
  }

  private failPending(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}

const cancelled = (): Error => new DomainError('UNAVAILABLE', 'The job was cancelled.');

/** `p`, or the signal's reason as soon as it aborts (whichever comes first). */
function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(reasonOf(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reasonOf(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The abort's reason when the caller gave one, else "The job was cancelled." */
const reasonOf = (signal: AbortSignal): Error =>
  signal.reason instanceof Error && signal.reason.name !== 'AbortError'
    ? signal.reason
    : cancelled();

/** The worker entries the main build emits beside the hosts' entries (electron.vite.config.ts). */
export type WorkerEntry = 'jobWorker' | 'reportWorker';

const WORKER_ENV: Record<WorkerEntry, string> = {
  jobWorker: 'CROSSING_JOB_WORKER',
  reportWorker: 'CROSSING_REPORT_WORKER',
};

/**
 * The built worker (out/main/<entry>.js, beside the entry or one folder up from a chunk), or
 * the file named by CROSSING_JOB_WORKER / CROSSING_REPORT_WORKER (benchmarks run the sources
 * against a built worker; tests name a worker's .ts source); null in the sources.
 */
export function jobWorkerScript(entry: WorkerEntry = 'jobWorker'): URL | null {
  const env = process.env[WORKER_ENV[entry]];
  if (env) return pathToFileURL(env);
  const here = import.meta.url;
  if (here.endsWith('.ts')) return null;
  for (const relative of [`./${entry}.js`, `../${entry}.js`]) {
    const url = new URL(relative, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
