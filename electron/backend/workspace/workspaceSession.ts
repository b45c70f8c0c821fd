import { CHANNELS } from '../../../shared/api/channels';
import { fail } from '../../../shared/api/result';
import type { AppInfo, WorkspaceState } from '../../../shared/domain/appInfo';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import type { Db } from '../database/openDatabase';
import { createDispatch, type Dispatch } from '../dispatch/dispatch';
import { ProjectsRepository } from '../repositories/projectsRepository';
import type { Handlers } from '../dispatch/handlers';
import type { ReportJobs } from '../reports/reportJobs';
import { createServiceContext, type ServiceContext } from '../services/ServiceContext';
import { createHandlers, sessionReports, type WorkspaceHandlers } from './createHandlers';
import type { WorkspaceEnv } from './workspaceEnv';
import { join } from 'node:path';
import { ANCHOR_FILE, AnchorKeeper } from '../history/anchorFile';

// What a workspace is at one moment: an open file with its services, or a refusal. The
// Workspace object (openWorkspace.ts) holds the current session and swaps it on reopen/restore.

export interface ReadySession {
  state: 'ready';
  /** quick_check was left to the caller (a large file): run it, and hold writes until it passed. */
  quickCheckDeferred: boolean;
  info: AppInfo;
  db: Db;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** Report exports of this session (the CLI and the Electron save dialog write files here). */
  reports: ReportJobs;
  /** The history anchor beside the data file, moved forward after each call. */
  anchor: AnchorKeeper;
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
  opts: { quickCheckDeferred?: boolean } = {},
): ReadySession {
  const quickCheckDeferred = opts.quickCheckDeferred ?? false;
  // 64 MiB of page cache instead of SQLite's 2 MiB: a portfolio of 10,000 projects reads and
  // writes indexes of a few hundred MB, and a small cache turns each seek into file reads.
  db.pragma('cache_size = -65536');
  // The unique-name rule reads a stored key: fill it in for files from before it existed, and
  // rewrite it should the rule have changed (a single pass over the names; no-op otherwise).
  // Not before a deferred integrity check: whoever deferred it refreshes once it passed.
  if (!quickCheckDeferred) new ProjectsRepository(db).refreshNameKeys();
  const ctx = createServiceContext(db, env.base.user, env.now);
  const anchor = new AnchorKeeper(ctx.history, join(env.dataDir, ANCHOR_FILE), env.log);
  ctx.anchorCheck = () => anchor.check();
  const info: AppInfo = {
    ...env.base,
    schemaVersion: LATEST_SCHEMA_VERSION,
    workspace: { state: 'ready' },
  };
  const reports = sessionReports(ctx, info, env.log, env.renderReport, env.warmReports);
  return {
    state: 'ready',
    quickCheckDeferred,
    info,
    db,
    ctx,
    reports: reports.jobs,
    dispatch: afterEachCall(
      createDispatch(createHandlers(ctx, info, channels, reports), env.log),
      // Not once this session was replaced (a restore closes its file and anchors the new one).
      () => {
        if (db.open) anchor.sync();
      },
    ),
    anchor,
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

/** Runs `after` once each call has answered (its transaction, if any, committed). */
const afterEachCall =
  (dispatch: Dispatch, after: () => void): Dispatch =>
  async (channel, input) => {
    const result = await dispatch(channel, input);
    after();
    return result;
  };
