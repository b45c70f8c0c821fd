import type { InputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Project, ProjectFieldsInput } from '../../../shared/domain/project';
import type { SampleSummary } from '../../../shared/domain/sample';
import { currentGeneration } from './appSlice';
import type { SliceCreator } from './appStore';
import type { NoticeAction } from './noticesSlice';

export interface ProjectsSlice {
  projects: Project[];
  projectsLoaded: boolean;
  projectsError: string | null;
  loadProjects: () => Promise<void>;
  createProject: (fields: ProjectFieldsInput) => Promise<Result<Project>>;
  updateProject: (
    id: string,
    patch: InputOf<'projects.update'>['patch'],
  ) => Promise<Result<Project>>;
  archiveProject: (id: string) => Promise<Result<Project>>;
  unarchiveProject: (id: string) => Promise<Result<Project>>;
  deleteProject: (id: string) => Promise<Result<{ id: string }>>;
  /** Fills the empty workspace with the sample portfolio, then loads it. */
  createSample: () => Promise<Result<SampleSummary>>;
}

const upsert = (list: Project[], p: Project): Project[] =>
  list.some((x) => x.id === p.id) ? list.map((x) => (x.id === p.id ? p : x)) : [...list, p];

/**
 * Projects as the backend last confirmed them. The list changes only after a write's
 * transaction committed (the Result came back ok): nothing is shown as saved before it is.
 */
export const createProjectsSlice: SliceCreator<ProjectsSlice> = (api) => (set, get) => {
  const applied = async (
    r: Promise<Result<Project>>,
    success: (p: Project) => string,
    undo?: (p: Project) => NoticeAction,
  ) => {
    const isCurrent = currentGeneration(get);
    const result = await r;
    if (result.ok && isCurrent()) {
      set((s) => ({ projects: upsert(s.projects, result.data) }));
      get().notify('success', success(result.data), undo?.(result.data));
    }
    return result;
  };
  return {
    projects: [],
    projectsLoaded: false,
    projectsError: null,
    loadProjects: async () => {
      const isCurrent = currentGeneration(get);
      const r = await api['projects.list']({});
      if (!isCurrent()) return;
      set(
        r.ok
          ? { projects: r.data, projectsLoaded: true, projectsError: null }
          : { projectsError: r.error.message, projectsLoaded: true },
      );
    },
    createProject: (fields) =>
      applied(api['projects.create'](fields), (p) => `Created “${p.name}”`),
    updateProject: (id, patch) =>
      applied(api['projects.update']({ id, patch }), (p) => `Saved “${p.name}”`),
    archiveProject: async (id) => {
      // Says what happened, and can be undone from the notice (issue 6, item 8).
      const r = await applied(
        api['projects.archive']({ id }),
        (p) =>
          `Archived “${p.name}”: it left the active list (Show archived finds it) and its name is free again.`,
        (p) => ({ label: 'Undo', perform: () => void get().unarchiveProject(p.id) }),
      );
      if (!r.ok) get().notify('error', r.error.message);
      return r;
    },
    unarchiveProject: async (id) => {
      const r = await applied(api['projects.unarchive']({ id }), (p) => `Restored “${p.name}”`);
      if (!r.ok) get().notify('error', r.error.message);
      return r;
    },
    deleteProject: async (id) => {
      const name = get().projects.find((p) => p.id === id)?.name ?? 'the project';
      const r = await api['projects.delete']({ id });
      if (r.ok) {
        set((s) => ({
          projects: s.projects.filter((p) => p.id !== id),
          // Its audits went with it (cascade in the database).
          auditsByProject: { ...s.auditsByProject, [id]: undefined },
          portfolio: s.portfolio.filter((e) => e.projectId !== id),
        }));
        get().notify('success', `Deleted “${name}”`);
      } else {
        get().notify('error', r.error.message);
      }
      return r;
    },
    createSample: async () => {
      const r = await api['sample.create']({});
      if (r.ok) {
        await Promise.all([get().loadProjects(), get().loadPortfolio(), get().loadOrg()]);
        get().notify(
          'success',
          `Added the sample portfolio: ${r.data.projects} projects and ${r.data.audits} audits`,
        );
      } else {
        get().notify('error', r.error.message);
      }
      return r;
    },
  };
};
