import type { SliceCreator } from './appStore';

export type ProjectDialog = { mode: 'create' } | { mode: 'edit'; projectId: string } | null;

export interface UiSlice {
  projectDialog: ProjectDialog;
  openCreateProject: () => void;
  openEditProject: (projectId: string) => void;
  closeProjectDialog: () => void;
  /** Workshop mode: scoring a practice moves to the next one (A turns it off and on). */
  workshopAdvance: boolean;
  toggleWorkshopAdvance: () => void;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  workshopAdvance: true,
  toggleWorkshopAdvance: () => set((s) => ({ workshopAdvance: !s.workshopAdvance })),
  projectDialog: null,
  openCreateProject: () => set({ projectDialog: { mode: 'create' } }),
  openEditProject: (projectId) => set({ projectDialog: { mode: 'edit', projectId } }),
  closeProjectDialog: () => set({ projectDialog: null }),
});
