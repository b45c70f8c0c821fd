import { CHANNELS } from '../../../shared/api/channels';
import { fail } from '../../../shared/api/result';
import type { AppInfo, WorkspaceState } from '../../../shared/domain/appInfo';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import type { Db } from '../database/openDatabase';
import { createDispatch, type Dispatch } from '../dispatch/dispatch';
import type { Handlers } from '../dispatch/handlers';
import type { ReportJobs } from '../reports/reportJobs';
import { createServiceContext, type ServiceContext } from '../services/ServiceContext';
import { createHandlers, sessionReports, type WorkspaceHandlers } from './createHandlers';
import type { WorkspaceEnv } from './workspaceEnv';

// What a workspace is at one moment: an open file with its services, or a refusal. The
// Workspace object (openWorkspace.ts) holds the current session and swaps it on reopen/restore.

export interface ReadySession {
  state: 'ready';
  info: AppInfo;
  db: Db;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** Report exports of this session (the CLI and the Electron save dialog write files here). */
  reports: ReportJobs;
  /** Releases the writer lock (without closing the database). */
  releaseLock: () => void;
  close: () => void;
}

export interface RefusedSession {
  state: 'refused';
  info: AppInfo & { workspace: Extract<WorkspaceState, { state: 'refused' }> };
  db: null;
  dispatch: Dispatch;
  close: () => void;
}

export type Session = ReadySession | RefusedSession;
export type Refusal = RefusedSession['info']['workspace'];

/** Wires an open database (with the writer lock held) to services and one dispatch. */
export function readySession(
  env: WorkspaceEnv,
  db: Db,
  releaseLock: () => void,
  channels: WorkspaceHandlers,
): ReadySession {
  const ctx = createServiceContext(db, env.base.user, env.now);
  const info: AppInfo = {
    ...env.base,
    schemaVersion: LATEST_SCHEMA_VERSION,
    workspace: { state: 'ready' },
  };
  const reports = sessionReports(ctx, info, env.log);
  return {
    state: 'ready',
    info,
    db,
    ctx,
    reports: reports.jobs,
    dispatch: createDispatch(createHandlers(ctx, info, channels, reports), env.log),
    releaseLock,
    close: () => {
      if (db.open) db.close();
      releaseLock();
    },
  };
}

/** Channels a refused workspace still answers, so the user can see why and recover. */
export function channelsWhenRefused(reason: Refusal['reason']): readonly string[] {
  const always = ['app.info', 'backups.list', 'workspace.reopen'];
  return reason === 'damaged' || reason === 'error' ? [...always, 'backups.restore'] : always;
}

/** A workspace whose file was not opened: every other channel answers UNAVAILABLE, unparsed. */
export function refusedSession(
  env: WorkspaceEnv,
  refusal: Refusal,
  channels: WorkspaceHandlers,
): RefusedSession {
  const info = { ...env.base, schemaVersion: 0, workspace: refusal };
  const unavailable = () => {
    throw new Error('unreachable: gated below');
  };
  const handlers: Handlers = {
    ...(Object.fromEntries(CHANNELS.map((c) => [c, unavailable])) as unknown as Handlers),
    'app.info': () => info,
    ...channels,
  };
  const inner = createDispatch(handlers, env.log);
  const allowed = channelsWhenRefused(refusal.reason);
  return {
    state: 'refused',
    info,
    db: null,
    dispatch: (channel, input) =>
      allowed.includes(channel)
        ? inner(channel, input)
        : Promise.resolve(
            fail(
              'UNAVAILABLE',
              channel === 'backups.restore'
                ? `A backup cannot be restored now. ${refusal.message}`
                : refusal.message,
            ),
          ),
    close: () => {},
  };
}
