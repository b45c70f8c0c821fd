import type { BackupInfo } from '../../../shared/domain/backups';
import { writeChange } from '../services/ServiceContext';
import type { WorkspaceHandlers } from './createHandlers';
import { openWithLock } from './openSession';
import { putInPlace } from './stageBackup';
import type { WorkspaceEnv } from './workspaceEnv';
import type { ReadySession } from './workspaceSession';

/** Puts the staged copy in place, opens it (migrating if older) and records the restore. */
export function openRestored(
  env: WorkspaceEnv,
  staged: string,
  release: () => void,
  channels: WorkspaceHandlers,
  source: BackupInfo,
  kept: string,
): ReadySession {
  putInPlace(staged, env.dataFile);
  const session = openWithLock(env, release, channels);
  try {
    writeChange(session.ctx, () => ({
      result: undefined,
      event: {
        entity: 'workspace',
        entityId: 'workspace',
        projectId: null,
        action: 'restore',
        summary: `Restored the backup “${source.name}”; ${kept}.`,
        before: null,
        after: { backup: source.name },
      },
    }));
    return session;
  } catch (e) {
    session.db.close();
    throw e;
  }
}
