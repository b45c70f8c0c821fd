import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { fail } from '../../../shared/api/result';
import type { AppInfo, HostKind, WorkspaceState } from '../../../shared/domain/appInfo';
import { FRAMEWORK_VERSION } from '../../../shared/framework/frameworkVersion';
import packageJson from '../../../package.json';
import { backupDatabase, fileStamp } from '../backups/backupDatabase';
import { DatabaseRefusedError, openDatabase, type Db } from '../database/openDatabase';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import { createDispatch, type Dispatch } from '../dispatch/dispatch';
import { createHandlers } from './createHandlers';
import { createServiceContext } from '../services/ServiceContext';
import { DATABASE_FILE } from './dataDir';
import { acquireWorkspaceLock, WorkspaceLockedError } from './workspaceLock';

export interface WorkspaceOptions {
  dataDir: string;
  host: HostKind;
  /** The local user name recorded in history; defaults to the OS account name. */
  actor?: string;
  now?: () => Date;
  log?: (e: unknown) => void;
}

export interface Workspace {
  info: AppInfo;
  dispatch: Dispatch;
  /** The open connection, for tests and maintenance; null when the workspace was refused. */
  db: Db | null;
  close: () => void;
}

/**
 * Opens the data folder for one host: takes the writer lock, opens and migrates the database
 * (backing it up first when a migration is due) and wires services to one dispatch. When the
 * file must not be opened, the workspace still answers: app.info explains why and every other
 * channel returns UNAVAILABLE, so each host can show a clear screen instead of crashing.
 */
export function openWorkspace(opts: WorkspaceOptions): Workspace {
  const dataFile = join(opts.dataDir, DATABASE_FILE);
  const base = {
    appVersion: packageJson.version,
    frameworkVersion: FRAMEWORK_VERSION,
    host: opts.host,
    dataDir: opts.dataDir,
    dataFile,
    user: opts.actor ?? localUserName(),
  };
  const now = opts.now ?? (() => new Date());
  let release: (() => void) | null = null;
  let db: Db | null = null;
  try {
    mkdirSync(opts.dataDir, { recursive: true });
    release = acquireWorkspaceLock(opts.dataDir);
    db = openDatabase(dataFile, {
      beforeMigrate: (open, from) =>
        backupDatabase(
          open,
          join(opts.dataDir, 'backups'),
          `before-migration-v${from}-${fileStamp(now())}`,
        ),
    });
    // Inside the try: a file whose tables do not match its version fails here, and must be
    // refused like any other unusable file rather than crash the host with the lock held.
    const ctx = createServiceContext(db, base.user, now);
    const info: AppInfo = {
      ...base,
      schemaVersion: LATEST_SCHEMA_VERSION,
      workspace: { state: 'ready' },
    };
    const dispatch = createDispatch(createHandlers(ctx, info), opts.log);
    const openDb = db;
    const releaseLock = release;
    return {
      info,
      dispatch,
      db: openDb,
      close: () => {
        if (openDb.open) openDb.close();
        releaseLock();
      },
    };
  } catch (e) {
    if (db?.open) db.close();
    release?.();
    return refusedWorkspace({ ...base, schemaVersion: 0 }, refusal(e));
  }
}

function refusedWorkspace(base: Omit<AppInfo, 'workspace'>, state: WorkspaceState): Workspace {
  const info: AppInfo = { ...base, workspace: state };
  const message = state.state === 'refused' ? state.message : 'The workspace is not open.';
  return {
    info,
    db: null,
    dispatch: (channel) =>
      Promise.resolve(
        channel === 'app.info' ? { ok: true, data: info } : fail('UNAVAILABLE', message),
      ),
    close: () => {},
  };
}

function refusal(e: unknown): WorkspaceState {
  if (e instanceof DatabaseRefusedError)
    return { state: 'refused', reason: e.reason, message: e.message };
  if (e instanceof WorkspaceLockedError)
    return { state: 'refused', reason: 'locked', message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    state: 'refused',
    reason: 'error',
    message: `The workspace could not be opened: ${detail}`,
  };
}

function localUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
