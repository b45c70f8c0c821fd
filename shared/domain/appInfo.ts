export type HostKind = 'electron' | 'web' | 'cli' | 'test';

export type WorkspaceState =
  | { state: 'ready' }
  /**
   * The data file could not be opened safely. A newer, locked or foreign (another program's)
   * file is left untouched; a
   * damaged one is moved, unchanged, to `quarantinedTo` (so the next start cannot loop on it).
   */
  | {
      state: 'refused';
      reason: 'newer_version' | 'damaged' | 'locked' | 'error' | 'foreign';
      message: string;
      quarantinedTo?: string;
    };

export interface AppInfo {
  appVersion: string;
  frameworkVersion: string;
  host: HostKind;
  dataDir: string;
  dataFile: string;
  user: string;
  schemaVersion: number;
  workspace: WorkspaceState;
}
