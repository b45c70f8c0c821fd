export type HostKind = 'electron' | 'web' | 'cli' | 'test';

export type WorkspaceState =
  | { state: 'ready' }
  /** The data file could not be opened safely; it was left untouched. */
  | { state: 'refused'; reason: 'newer_version' | 'damaged' | 'locked' | 'error'; message: string };

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
