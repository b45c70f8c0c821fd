import type { SliceCreator } from './appStore';

export type ProjectDialog = { mode: 'create' } | { mode: 'edit'; projectId: string } | null;

export interface UiSlice {
  projectDialog: ProjectDialog;
  openCreateProject: () => void;
  openEditProject: (projectId: string) => void;
  closeProjectDialog: () => void;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  projectDialog: null,
  openCreateProject: () => set({ projectDialog: { mode: 'create' } }),
  openEditProject: (projectId) => set({ projectDialog: { mode: 'edit', projectId } }),
  closeProjectDialog: () => set({ projectDialog: null }),
});
