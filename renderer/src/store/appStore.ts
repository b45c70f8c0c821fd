import { create, type StateCreator } from 'zustand';
import type { Api } from '../../../shared/api/contract';
import { watchUnavailable } from '../api/watchUnavailable';
import { createAppSlice, type AppSlice } from './appSlice';
import { createAuditsSlice, type AuditsSlice } from './auditsSlice';
import { createBackupsSlice, type BackupsSlice } from './backupsSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createPortfolioSlice, type PortfolioSlice } from './portfolioSlice';
import { createOrgSlice, type OrgSlice } from './orgSlice';
import { createCheckpointsSlice, type CheckpointsSlice } from './checkpointsSlice';
import { createProjectsSlice, type ProjectsSlice } from './projectsSlice';
import { createReportsSlice, type ReportsSlice } from './reportsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = AppSlice &
  ProjectsSlice &
  AuditsSlice &
  PortfolioSlice &
  BackupsSlice &
  NoticesSlice &
  UiSlice &
  ReportsSlice &
  OrgSlice &
  CheckpointsSlice;

/** A slice creator that sees the whole state and gets the API injected (tests pass a fake). */
export type SliceCreator<S> = (api: Api) => StateCreator<AppState, [], [], S>;

/** One store from typed slices; a factory so each test gets a fresh store. */
export const createAppStore = (rawApi: Api) => {
  // A refusal after the app showed the workspace (a deferred integrity check found damage):
  // reload the app info, so the recovery screen replaces the pages.
  let reloadInfo = () => {};
  const api = watchUnavailable(rawApi, () => reloadInfo());
  const store = create<AppState>()((...a) => ({
    ...createAppSlice(api)(...a),
    ...createProjectsSlice(api)(...a),
    ...createAuditsSlice(api)(...a),
    ...createPortfolioSlice(api)(...a),
    ...createBackupsSlice(api)(...a),
    ...createNoticesSlice(api)(...a),
    ...createUiSlice(api)(...a),
    ...createReportsSlice(api)(...a),
    ...createOrgSlice(api)(...a),
    ...createCheckpointsSlice(api)(...a),
  }));
  reloadInfo = () => void store.getState().loadInfo();
  return store;
};

export type AppStore = ReturnType<typeof createAppStore>;
