import { fail, ok, type Result } from '../../../shared/api/result';
import type { ExportRequest, ReportJob } from '../../../shared/reports';
import type { AppInfo } from '../../../shared/domain/appInfo';
import { autoBackupIfDue } from '../backups/autoBackup';
import { backupsOverview } from '../backups/backupsOverview';
import { takeBackup } from '../backups/takeBackup';
import type { Db } from '../database/openDatabase';
import type { Dispatch } from '../dispatch/dispatch';
import { DomainError } from '../services/DomainError';
import type { WorkspaceHandlers } from './createHandlers';
import { openSession } from './openSession';
import { restoreBackup } from './restoreBackup';
import { workspaceEnv, type WorkspaceOptions } from './workspaceEnv';
import type { Session } from './workspaceSession';

export type { WorkspaceOptions } from './workspaceEnv';

export interface WorkspaceReports {
  /** Starts an export to `path` (written by temp file and rename); poll with reports.job. */
  startToFile: (request: ExportRequest, path: string) => Result<ReportJob>;
  /** Exports to `path` and waits for the outcome. */
  exportToFile: (request: ExportRequest, path: string) => Promise<Result<ReportJob>>;
}

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
  /** Periodic upkeep: an automatic backup when one is due. Never throws (logs instead). */
  maintain: () => void;
  close: () => void;
}

/**
 * Opens the data folder for one host and holds its current state: an open file with its
 * services, or a refusal that still answers app.info, backups.list and workspace.reopen (and
 * backups.restore after damage or an error) so each host can explain and help recover. Reopening
 * and restoring swap the state in place; `dispatch` always reaches the current one.
 */
export function openWorkspace(opts: WorkspaceOptions): Workspace {
  const env = workspaceEnv(opts);
  let closed = false;

  const autoBackup = (): void => {
    if (current.state !== 'ready') return;
    try {
      autoBackupIfDue(current.db, env.backupDir, env.now(), env.log);
    } catch (e) {
      env.log(e);
    }
  };

  const channels: WorkspaceHandlers = {
    'backups.list': () => backupsOverview(env.backupDir, env.quarantineDir),
    'backups.create': () => {
      if (current.state !== 'ready')
        throw new DomainError('UNAVAILABLE', current.info.workspace.message);
      return takeBackup(current.db, env.backupDir, 'manual', env.now(), { log: env.log });
    },
    'backups.restore': ({ name }) => {
      const outcome = restoreBackup(env, current, name, channels);
      current = outcome.session;
      if ('error' in outcome) throw outcome.error;
      return outcome.result;
    },
    'workspace.reopen': () => {
      if (current.state === 'ready') return current.info;
      current = openSession(env, channels);
      autoBackup();
      return current.info;
    },
  };

  let current: Session = openSession(env, channels);
  autoBackup();

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
      const started = startToFile(request, path);
      if (!started.ok || current.state !== 'ready') return started;
      const job = await current.reports.wait(started.data.id);
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
    dispatch: (channel, input) =>
      closed
        ? Promise.resolve(fail('UNAVAILABLE', 'The workspace was closed.'))
        : current.dispatch(channel, input),
    maintain: () => {
      if (!closed) autoBackup();
    },
    close: () => {
      if (closed) return;
      closed = true;
      current.close();
    },
  };
}
