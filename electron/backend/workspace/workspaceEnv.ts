import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { AppInfo, HostKind } from '../../../shared/domain/appInfo';
import { FRAMEWORK_VERSION } from '../../../shared/framework/frameworkVersion';
import packageJson from '../../../package.json';
import { BACKUP_FOLDER } from '../backups/backupSet';
import type { RenderReport } from '../reports/reportJobs';
import { DATABASE_FILE } from './dataDir';
import { QUARANTINE_FOLDER } from './quarantineFiles';

export interface WorkspaceOptions {
  dataDir: string;
  host: HostKind;
  /** The local user name recorded in history; defaults to the OS account name. */
  actor?: string;
  now?: () => Date;
  log?: (e: unknown) => void;
  /**
   * A data file larger than this (bytes) opens at once and has its integrity check run on the
   * job thread, writes held until it passed (default 64 MiB; 0: always, for tests).
   */
  deferQuickCheckAbove?: number;
}

/** Where a workspace's files are, who works in it, and its clock: fixed for its lifetime. */
export interface WorkspaceEnv {
  dataDir: string;
  dataFile: string;
  backupDir: string;
  quarantineDir: string;
  /** App info without the parts that depend on the open file. */
  base: Omit<AppInfo, 'schemaVersion' | 'workspace'>;
  now: () => Date;
  log: (e: unknown) => void;
  /** Where report exports draw their bytes (the workspace's report job thread); else in-thread. */
  renderReport?: RenderReport;
  /** Warms the report thread up (a preview is open: an export may follow); a no-op in-thread. */
  warmReports?: () => void;
}

export function workspaceEnv(opts: WorkspaceOptions): WorkspaceEnv {
  const dataFile = join(opts.dataDir, DATABASE_FILE);
  return {
    dataDir: opts.dataDir,
    dataFile,
    backupDir: join(opts.dataDir, BACKUP_FOLDER),
    quarantineDir: join(opts.dataDir, QUARANTINE_FOLDER),
    base: {
      appVersion: packageJson.version,
      frameworkVersion: FRAMEWORK_VERSION,
      host: opts.host,
      dataDir: opts.dataDir,
      dataFile,
      user: opts.actor ?? localUserName(),
    },
    now: opts.now ?? (() => new Date()),
    log: opts.log ?? console.error,
  };
}

function localUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
