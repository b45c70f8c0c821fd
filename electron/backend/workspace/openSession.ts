import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RECOVERY_FOLDER_PREFIX } from '../database/hotJournal';
import { takeBackup } from '../backups/takeBackup';
import { DatabaseRefusedError, openDatabase, type Db } from '../database/openDatabase';
import type { WorkspaceHandlers } from './createHandlers';
import { quarantineFiles } from './quarantineFiles';
import type { WorkspaceEnv } from './workspaceEnv';
import { acquireWorkspaceLock, WorkspaceLockedError } from './workspaceLock';
import {
  readySession,
  refusedSession,
  type ReadySession,
  type Refusal,
  type Session,
} from './workspaceSession';

/**
 * Opens the data folder: takes the writer lock, opens and migrates the database (backing it up
 * first when a migration is due). A damaged file is moved to quarantine, unchanged, so the next
 * open starts empty instead of failing again; a newer or locked file is left exactly as it is.
 * Never throws: a file that cannot be opened gives a refused session that says why.
 */
export function openSession(
  env: WorkspaceEnv,
  channels: WorkspaceHandlers,
  opts: SessionOptions = {},
): Session {
  let release: (() => void) | null = null;
  try {
    mkdirSync(env.dataDir, { recursive: true });
    release = acquireWorkspaceLock(env.dataDir);
    removeCrashLeftovers(env);
    return openWithLock(env, release, channels, opts);
  } catch (e) {
    // Quarantine while the lock is still held: no other host may be opening the file meanwhile.
    const state =
      e instanceof DatabaseRefusedError && e.reason === 'damaged'
        ? quarantineDamaged(env, e)
        : refusal(e);
    release?.();
    return refusedSession(env, state, channels);
  }
}

/**
 * What a process killed midway leaves beside the data file, removed with the lock held (so no
 * other host is using them): a backup staged for a restore that never replaced the data (the
 * data file is still the one from before), and the copies a hot-journal check works on.
 */
function removeCrashLeftovers(env: WorkspaceEnv): void {
  rmSync(`${env.dataFile}.restoring`, { force: true });
  for (const name of readdirSync(env.dataDir))
    if (name.startsWith(RECOVERY_FOLDER_PREFIX))
      rmSync(join(env.dataDir, name), { recursive: true, force: true });
}

/** Opens the data file with the writer lock already held (the lock stays held on failure). */
export function openWithLock(
  env: WorkspaceEnv,
  release: () => void,
  channels: WorkspaceHandlers,
  opts: SessionOptions = {},
): ReadySession {
  let quickCheckDeferred = false;
  const db = openDataFile(env, opts, () => (quickCheckDeferred = true));
  try {
    // Inside the try: a file whose tables do not match its version fails here, and must be
    // refused like any other unusable file rather than crash the host with the lock held.
    return readySession(env, db, release, channels, { quickCheckDeferred });
  } catch (e) {
    db.close();
    throw e;
  }
}

export interface SessionOptions {
  /** Files larger than this (bytes) have their quick_check run off-thread after opening. */
  deferQuickCheckAbove?: number;
}

function openDataFile(env: WorkspaceEnv, opts: SessionOptions, onDeferred: () => void): Db {
  const size = fileSize(env.dataFile);
  const later = opts.deferQuickCheckAbove !== undefined && size > opts.deferQuickCheckAbove;
  return openDatabase(env.dataFile, {
    quickCheck: later ? 'later' : 'now',
    onQuickCheckDeferred: onDeferred,
    beforeMigrate: (open, fromVersion) =>
      takeBackup(open, env.backupDir, 'before-migration', env.now(), {
        fromVersion,
        log: env.log,
      }),
  });
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // no file yet: a new workspace
  }
}

/** Moves a damaged data file to quarantine (the writer lock held) and says what happened. */
export function quarantineDamaged(env: WorkspaceEnv, e: DatabaseRefusedError): Refusal {
  const problem = `The data file failed its integrity check (${e.detail})`;
  try {
    const folder = quarantineFiles(
      env.dataFile,
      env.quarantineDir,
      env.now(),
      `it failed its integrity check (${e.detail})`,
    );
    return {
      state: 'refused',
      reason: 'damaged',
      message:
        `${problem}. It was moved, unchanged, to ${folder}. Restore a backup, or start ` +
        'again with an empty workspace.',
      quarantinedTo: folder,
    };
  } catch (moveError) {
    env.log(moveError);
    const why = moveError instanceof Error ? moveError.message : String(moveError);
    return {
      state: 'refused',
      reason: 'damaged',
      message: `${problem}. It could not be moved aside (${why}), so it was left untouched.`,
    };
  }
}

function refusal(e: unknown): Refusal {
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
