import { fail, ok, type Result } from '../../../shared/api/result';
import type { ExportRequest, ReportJob } from '../../../shared/reports';
import type { AppInfo } from '../../../shared/domain/appInfo';
import { autoBackupDueFor } from '../backups/autoBackup';
import { backupsOverview } from '../backups/backupsOverview';
import type { Db } from '../database/openDatabase';
import type { Dispatch } from '../dispatch/dispatch';
import { JobRunner, jobWorkerScript } from '../jobs/JobRunner';
import { DomainError } from '../services/DomainError';
import type { WorkspaceHandlers } from './createHandlers';
import { openSession, quarantineDamaged } from './openSession';
import { restoreBackup } from './restoreBackup';
import { workspaceEnv, type WorkspaceEnv, type WorkspaceOptions } from './workspaceEnv';
import { refusedSession, type ReadySession, type Session } from './workspaceSession';
import { damaged } from '../database/openDatabase';
import { ProjectsRepository } from '../repositories/projectsRepository';
import { join } from 'node:path';
import { ANCHOR_FILE } from '../history/anchorFile';

export type { WorkspaceOptions } from './workspaceEnv';

export interface WorkspaceReports {
  /** Starts an export to `path` (written by temp file and rename); poll with reports.job. */
  startToFile: (request: ExportRequest, path: string) => Result<ReportJob>;
  /** Exports to `path` and waits for the outcome. */
  exportToFile: (request: ExportRequest, path: string) => Promise<Result<ReportJob>>;
}

/** Files above this size open before their integrity check, which then runs off-thread. */
export const DEFER_QUICK_CHECK_ABOVE = 64 * 1024 * 1024;

/**
 * Channels answered while a deferred integrity check runs: they only read. Everything else (a
 * new channel included) waits for the check, so nothing is written to a file not yet checked.
 */
const READS_BEFORE_CHECK = new Set([
  'app.info',
  'projects.list',
  'projects.get',
  'portfolio.summary',
  'audits.list',
  'audits.latestFinal',
  'audits.get',
  'history.list',
  'backups.list',
]);

/** How often hosts call `maintain()` (an automatic backup when one is due). */
export const MAINTENANCE_INTERVAL_MS = 30 * 60 * 1000;

export interface Workspace {
  /** The current app info: it changes when the workspace is reopened or a backup restored. */
  readonly info: AppInfo;
  /** Always answers through the current state (ready or refused). */
  readonly dispatch: Dispatch;
  /** The open connection, for tests and maintenance; null while the workspace is refused. */
  readonly db: Db | null;
  /**
   * Report exports to a file path (the CLI, and the Electron app after its save dialog): never
   * a contract channel, so no renderer or web page can name a path to write to.
   */
  readonly reports: WorkspaceReports;
  /**
   * Periodic upkeep: an automatic backup when one is due, taken on the job thread. Never
   * rejects (logs instead); resolves when the check (and the backup, if any) is done.
   */
  maintain: () => Promise<void>;
  /** Resolves once the background jobs started so far (backups, checks) have ended. */
  idle: () => Promise<void>;
  /** Waits for a backup in progress to finish, then closes the file. */
  close: () => void;
}

/**
 * Opens the data folder for one host and holds its current state: an open file with its
 * services, or a refusal that still answers app.info, backups.list and workspace.reopen (and
 * backups.restore after damage or an error) so each host can explain and help recover. Reopening
 * and restoring swap the state in place; `dispatch` always reaches the current one.
 */
export function openWorkspace(opts: WorkspaceOptions): Workspace {
  const base = workspaceEnv(opts);
  let closed = false;
  // Backups and the history check run here, off the thread that answers requests.
  const jobs = new JobRunner(undefined, base.log);
  // Report exports draw on a thread of their own: a cancelled export ends that thread at once
  // without touching a backup, and a long PDF never holds up a backup or a history check. The
  // thread keeps the parsed fonts between exports.
  const reportScript = jobWorkerScript('reportWorker');
  const reportThread = new JobRunner(reportScript, base.log);
  const env = {
    ...base,
    renderReport: (model, format, signal) =>
      reportThread.run({ kind: 'renderReport', model, format }, { signal }),
    // Only on a thread of its own: warming up here would hold up the requests it should spare.
    warmReports: () => {
      if (!reportScript) return;
      reportThread.run({ kind: 'warmReports' }).catch((e: unknown) => {
        if (!closed) base.log(e);
      });
    },
  } satisfies WorkspaceEnv;
  const ready = () => {
    if (current.state !== 'ready')
      throw new DomainError('UNAVAILABLE', current.info.workspace.message);
    return current;
  };

  /** Decides now (one read) whether a backup is due; takes it on the job thread. */
  const autoBackup = (): Promise<void> => {
    try {
      const now = env.now();
      if (current.state !== 'ready' || !autoBackupDueFor(current.db, env.backupDir, now))
        return Promise.resolve();
      return jobs
        .run({
          kind: 'backup',
          file: env.dataFile,
          dir: env.backupDir,
          backupKind: 'auto',
          now: now.toISOString(),
        })
        .then(
          () => undefined,
          (e: unknown) => {
            if (!closed) env.log(e);
          },
        );
    } catch (e) {
      env.log(e);
      return Promise.resolve();
    }
  };

  const channels: WorkspaceHandlers = {
    'backups.list': () => backupsOverview(env.backupDir, env.quarantineDir),
    'backups.create': () => {
      ready();
      return jobs.run({
        kind: 'backup',
        file: env.dataFile,
        dir: env.backupDir,
        backupKind: 'manual',
        now: env.now().toISOString(),
      });
    },
    'history.verify': () => {
      ready();
      return jobs.run({
        kind: 'verifyHistory',
        file: env.dataFile,
        anchorFile: join(env.dataDir, ANCHOR_FILE),
        backupDir: env.backupDir,
      });
    },
    'backups.restore': async ({ name }) => {
      // No job may still be reading the file that is about to be replaced.
      await jobs.idle();
      const outcome = restoreBackup(env, current, name, channels);
      current = outcome.session;
      if ('error' in outcome) throw outcome.error;
      // The one legitimate step back in history: anchor the restored chain.
      if (current.state === 'ready') current.anchor.rewind();
      return outcome.result;
    },
    'workspace.reopen': () => {
      if (current.state === 'ready') return current.info;
      current = openSession(env, channels, sessionOptions);
      afterOpen();
      return current.info;
    },
  };

  const sessionOptions = {
    deferQuickCheckAbove: opts.deferQuickCheckAbove ?? DEFER_QUICK_CHECK_ABOVE,
  };
  /** Pending while a deferred integrity check runs; writes wait on it. */
  let checked: Promise<void> | null = null;

  /**
   * A large file opened before its quick_check: run it on the job thread. Passed: writes go
   * ahead. Failed: exactly what a failed check at open does (nothing written, the file moved to
   * quarantine, a refused workspace that offers the newest backup).
   */
  const checkDeferred = (session: ReadySession): Promise<void> =>
    jobs.run({ kind: 'quickCheck', file: env.dataFile }).then(
      (result) => {
        if (current !== session) return;
        if (result === 'ok') {
          new ProjectsRepository(session.db).refreshNameKeys();
          return;
        }
        session.db.close();
        const refusal = quarantineDamaged(env, damaged(new Error(result)));
        session.releaseLock();
        current = refusedSession(env, refusal, channels);
      },
      (e: unknown) => {
        // The check could not run (closed, a worker failure): keep the file, log why.
        if (!closed) env.log(e);
      },
    );

  /** What opening started in the background (the check, then the backup): `idle` waits for it. */
  let background: Promise<void> = Promise.resolve();

  /** After (re)opening: the deferred check if any, then the automatic backup if one is due. */
  const afterOpen = (): void => {
    if (current.state === 'ready' && current.quickCheckDeferred) {
      const pending = checkDeferred(current);
      checked = pending;
      background = pending.then(() => {
        if (checked === pending) checked = null;
        return autoBackup();
      });
    } else {
      // Checked when the workspace opens, without holding up the host: the app shows at once.
      background = autoBackup();
    }
  };

  let current: Session = openSession(env, channels, sessionOptions);
  afterOpen();

  const startToFile = (request: ExportRequest, path: string): Result<ReportJob> => {
    if (closed) return fail('UNAVAILABLE', 'The workspace was closed.');
    if (current.state !== 'ready') return fail('UNAVAILABLE', current.info.workspace.message);
    try {
      return ok(current.reports.start(request, { kind: 'file', path }));
    } catch (e) {
      if (e instanceof DomainError) return fail(e.code, e.message);
      env.log(e);
      return fail('INTERNAL', 'The report could not be started. The details are in the log.');
    }
  };
  const reports: WorkspaceReports = {
    startToFile,
    exportToFile: async (request, path) => {
      // Like every write, an export waits for a deferred integrity check of the file.
      if (checked) await checked;
      const started = startToFile(request, path);
      if (!started.ok || current.state !== 'ready') return started;
      const job = await current.reports.wait(started.data.id);
      if (current.state === 'ready') current.anchor.sync();
      return job.state === 'failed' && job.error
        ? fail(job.error.code, job.error.message)
        : ok(job);
    },
  };

  return {
    get info() {
      return current.info;
    },
    get db() {
      return current.db;
    },
    reports,
    dispatch: async (channel, input) => {
      if (checked && !READS_BEFORE_CHECK.has(channel)) await checked;
      return closed
        ? fail('UNAVAILABLE', 'The workspace was closed.')
        : current.dispatch(channel, input);
    },
    maintain: () => (closed ? Promise.resolve() : autoBackup()),
    idle: async () => {
      await background;
      await jobs.idle();
    },
    close: () => {
      if (closed) return;
      closed = true;
      jobs.close();
      reportThread.close(0); // an export in progress is dropped (it writes nothing until done)
      current.close();
    },
  };
}
