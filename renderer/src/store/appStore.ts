import { create, type StateCreator } from 'zustand';
import type { Api } from '../../../shared/api/contract';
import { createAppSlice, type AppSlice } from './appSlice';
import { createAuditsSlice, type AuditsSlice } from './auditsSlice';
import { createBackupsSlice, type BackupsSlice } from './backupsSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createOrgSlice, type OrgSlice } from './orgSlice';
import { createProjectsSlice, type ProjectsSlice } from './projectsSlice';
import { createReportsSlice, type ReportsSlice } from './reportsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = AppSlice &
  ProjectsSlice &
  AuditsSlice &
  BackupsSlice &
  NoticesSlice &
  UiSlice &
  ReportsSlice &
  OrgSlice;

/** A slice creator that sees the whole state and gets the API injected (tests pass a fake). */
export type SliceCreator<S> = (api: Api) => StateCreator<AppState, [], [], S>;

/** One store from typed slices; a factory so each test gets a fresh store. */
export const createAppStore = (api: Api) =>
  create<AppState>()((...a) => ({
    ...createAppSlice(api)(...a),
    ...createProjectsSlice(api)(...a),
    ...createAuditsSlice(api)(...a),
    ...createBackupsSlice(api)(...a),
    ...createNoticesSlice(api)(...a),
    ...createUiSlice(api)(...a),
    ...createReportsSlice(api)(...a),
    ...createOrgSlice(api)(...a),
  }));

export type AppStore = ReturnType<typeof createAppStore>;
