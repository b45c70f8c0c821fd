import { rmSync } from 'node:fs';
import type { BackupInfo, RestoreResult } from '../../../shared/domain/backups';
import { backupPath, findBackup } from '../backups/backupSet';
import { takeBackup } from '../backups/takeBackup';
import { verifyBackupFile } from '../backups/verifyBackup';
import { DomainError } from '../services/DomainError';
import type { WorkspaceHandlers } from './createHandlers';
import { openRestored } from './openRestored';
import { openWithLock } from './openSession';
import { dataFilesPresent, quarantineFiles, releaseFromQuarantine } from './quarantineFiles';
import { detail, putInPlace, stageBackup } from './stageBackup';
import type { WorkspaceEnv } from './workspaceEnv';
import { acquireWorkspaceLock, WorkspaceLockedError } from './workspaceLock';
import {
  refusedSession,
  type ReadySession,
  type RefusedSession,
  type Session,
} from './workspaceSession';

/** After the swap began: the session to carry on with, and either the result or the error. */
export type RestoreOutcome =
  { session: Session; result: RestoreResult } | { session: Session; error: DomainError };

/**
 * Replaces the data with the backup `name`. The checks (the backup exists and is sound, the
 * workspace may be replaced, the safety copy was written) throw and change nothing. Everything
 * after them is synchronous (no await between closing and reopening) and ends with a session:
 * the restored data, or the previous data put back and an error.
 */
export function restoreBackup(
  env: WorkspaceEnv,
  current: Session,
  name: string,
  channels: WorkspaceHandlers,
): RestoreOutcome {
  const source = findBackup(env.backupDir, name);
  if (!source)
    throw new DomainError('NOT_FOUND', `There is no backup called “${name}” in ${env.backupDir}.`);
  verifyBackupFile(backupPath(env.backupDir, name));
  return current.state === 'ready'
    ? overReady(env, current, source, channels)
    : overRefused(env, current, source, channels);
}

function overReady(
  env: WorkspaceEnv,
  current: ReadySession,
  source: BackupInfo,
  channels: WorkspaceHandlers,
): RestoreOutcome {
  // Copied first: retention after the safety copy may delete an old backup, even this one.
  const staged = stageBackup(env, source);
  let safety: BackupInfo;
  try {
    safety = takeBackup(current.db, env.backupDir, 'before-restore', env.now(), { log: env.log });
  } catch (e) {
    rmSync(staged, { force: true });
    throw e;
  }
  current.db.close();
  const kept = `the data from before is kept as the backup “${safety.name}”`;
  try {
    const session = openRestored(env, staged, current.releaseLock, channels, source, kept);
    return { session, result: { restored: source, safetyCopy: safety } };
  } catch (e) {
    env.log(e);
    const error = failure(source, e, 'Your data was put back as it was before the restore.');
    try {
      putInPlace(stageBackup(env, safety), env.dataFile);
      return { session: openWithLock(env, current.releaseLock, channels), error };
    } catch (e2) {
      env.log(e2);
      current.releaseLock();
      const message =
        `The backup “${source.name}” could not be opened, and neither could the data from ` +
        `before (${detail(e2)}). That data is kept as the backup “${safety.name}”.`;
      const refusal = { state: 'refused' as const, reason: 'error' as const, message };
      return {
        session: refusedSession(env, refusal, channels),
        error: new DomainError('INTERNAL', message),
      };
    }
  }
}

function overRefused(
  env: WorkspaceEnv,
  current: RefusedSession,
  source: BackupInfo,
  channels: WorkspaceHandlers,
): RestoreOutcome {
  const { reason, message } = current.info.workspace;
  if (reason === 'newer_version' || reason === 'locked' || reason === 'foreign')
    throw new DomainError('UNAVAILABLE', `A backup cannot be restored now. ${message}`);
  let release: () => void;
  try {
    release = acquireWorkspaceLock(env.dataDir);
  } catch (e) {
    if (e instanceof WorkspaceLockedError) throw new DomainError('UNAVAILABLE', e.message);
    throw e;
  }
  let moved: string | null = null;
  let staged: string;
  try {
    staged = stageBackup(env, source);
    if (dataFilesPresent(env.dataFile).length > 0) {
      const why = 'it could not be opened, and a backup was restored in its place';
      moved = quarantineFiles(env.dataFile, env.quarantineDir, env.now(), why);
    }
  } catch (e) {
    rmSync(`${env.dataFile}.restoring`, { force: true });
    release();
    if (e instanceof DomainError) throw e;
    throw new DomainError(
      'INTERNAL',
      `The current data file could not be moved aside (${detail(e)}), so nothing was restored.`,
    );
  }
  const kept = moved
    ? `the file that could not be opened was moved to ${moved}`
    : 'there was no data to keep';
  try {
    const session = openRestored(env, staged, release, channels, source, kept);
    return { session, result: { restored: source, safetyCopy: null } };
  } catch (e) {
    env.log(e);
    // What is in place is only a copy of the backup: remove it and put things back as they were.
    for (const f of [staged, ...dataFilesPresent(env.dataFile)]) rmSync(f, { force: true });
    if (moved) releaseFromQuarantine(moved, env.dataDir);
    release();
    return { session: current, error: failure(source, e, 'Nothing else was changed.') };
  }
}

const failure = (source: BackupInfo, e: unknown, after: string) =>
  new DomainError(
    'INTERNAL',
    `The backup “${source.name}” could not be opened (${detail(e)}). ${after}`,
  );
