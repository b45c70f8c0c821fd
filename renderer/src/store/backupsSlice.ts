import type { Result } from '../../../shared/api/result';
import type { AppInfo } from '../../../shared/domain/appInfo';
import type { BackupInfo, BackupsOverview, RestoreResult } from '../../../shared/domain/backups';
import type { AppState, SliceCreator } from './appStore';

export interface BackupsSlice {
  /** The backups and quarantined files as the backend last listed them (null: not loaded). */
  backups: BackupsOverview | null;
  backupsError: string | null;
  loadBackups: () => Promise<void>;
  /** "Back up now"; the list is reloaded once it is taken. */
  createBackup: () => Promise<Result<BackupInfo>>;
  /**
   * Replaces the data with a backup. On success nothing loaded from the old data survives:
   * projects and audits are dropped and loaded again with the app info and the backups.
   */
  restoreBackup: (name: string) => Promise<Result<RestoreResult>>;
  /** Opens the data folder again (after a lock, an error, or to start empty after quarantine). */
  reopenWorkspace: () => Promise<Result<AppInfo>>;
}

/** Everything read from the data file, as it is before anything was loaded. */
const NO_WORKSPACE_DATA: Partial<AppState> = {
  projects: [],
  projectsLoaded: false,
  projectsError: null,
  auditsByProject: {},
  portfolio: [],
  portfolioLoaded: false,
  projectDialog: null,
  org: null,
  ownerships: {},
  orgError: null,
  // A notice about the old data ("Archived …", an error) is untrue once it is replaced.
  notices: [],
  historyByProject: {},
  checkpoints: {},
  checkpointsError: null,
};

/**
 * Backups, restores and reopening the workspace. Errors come back as Results for the screen
 * to show; the store changes only after the backend confirmed.
 */
export const createBackupsSlice: SliceCreator<BackupsSlice> = (api) => (set, get) => {
  /** After the data file was replaced or reopened: drop what came from the old one, reload. */
  const reloadWorkspace = async (info?: AppInfo) => {
    set((s) => ({ ...NO_WORKSPACE_DATA, workspaceGeneration: s.workspaceGeneration + 1 }));
    if (info) set({ info, infoError: null });
    else await get().loadInfo();
    const ready = get().info?.workspace.state === 'ready';
    await Promise.all([ready ? get().loadProjects() : undefined, get().loadBackups()]);
  };
  return {
    backups: null,
    backupsError: null,
    loadBackups: async () => {
      const r = await api['backups.list']({});
      set(r.ok ? { backups: r.data, backupsError: null } : { backupsError: r.error.message });
    },
    createBackup: async () => {
      const r = await api['backups.create']({});
      if (r.ok) await get().loadBackups();
      return r;
    },
    restoreBackup: async (name) => {
      const r = await api['backups.restore']({ name });
      if (r.ok) await reloadWorkspace();
      // A failed restore may still have left a safety copy behind: show the folder as it is.
      else await get().loadBackups();
      return r;
    },
    reopenWorkspace: async () => {
      const r = await api['workspace.reopen']({});
      if (r.ok) await reloadWorkspace(r.data);
      return r;
    },
  };
};
