import type { InputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { OrgDecision, OrgProfile, OrgState } from '../../../shared/domain/org';
import type { OwnershipFields, ProjectOwnership } from '../../../shared/domain/ownership';
import { currentGeneration } from './appSlice';
import type { SliceCreator } from './appStore';

export interface OrgSlice {
  /** The questionnaire and the decision log (null: not loaded yet). */
  org: OrgState | null;
  /** Each project's recorded ownership, by project id (absent: nothing recorded). */
  ownerships: Record<string, ProjectOwnership>;
  orgError: string | null;
  /** Loads the org state and every project's ownership (the portfolio flags need both). */
  loadOrg: () => Promise<void>;
  saveOrgProfile: (input: InputOf<'org.saveProfile'>) => Promise<Result<OrgProfile>>;
  recordOrgDecision: (input: InputOf<'org.decide'>) => Promise<Result<OrgDecision>>;
  saveOwnership: (
    projectId: string,
    ownership: OwnershipFields,
  ) => Promise<Result<ProjectOwnership>>;
}

/** The org model and ownership as the backend confirmed them. */
export const createOrgSlice: SliceCreator<OrgSlice> = (api) => (set, get) => ({
  org: null,
  ownerships: {},
  orgError: null,
  loadOrg: async () => {
    const isCurrent = currentGeneration(get);
    const [org, list] = await Promise.all([api['org.get']({}), api['ownership.list']({})]);
    if (!isCurrent()) return;
    if (org.ok && list.ok) {
      set({
        org: org.data,
        ownerships: Object.fromEntries(list.data.map((o) => [o.projectId, o])),
        orgError: null,
      });
    } else {
      const error = !org.ok ? org.error : !list.ok ? list.error : null;
      set({ orgError: error?.message ?? 'The org model could not be loaded.' });
    }
  },
  saveOrgProfile: async (input) => {
    const r = await api['org.saveProfile'](input);
    if (r.ok) {
      set((s) => ({
        org: s.org ? { ...s.org, profile: r.data } : { profile: r.data, decisions: [] },
      }));
      get().notify('success', 'Saved the org questionnaire');
    }
    return r;
  },
  recordOrgDecision: async (input) => {
    const r = await api['org.decide'](input);
    if (r.ok) {
      // Appended, like the log itself: earlier decisions stay as they are.
      const org = get().org;
      if (org) set({ org: { ...org, decisions: [...org.decisions, r.data] } });
      else await get().loadOrg();
      get().notify('success', 'Recorded the org decision');
    }
    return r;
  },
  saveOwnership: async (projectId, ownership) => {
    const r = await api['ownership.save']({ projectId, ownership });
    if (r.ok) {
      set((s) => ({ ownerships: { ...s.ownerships, [projectId]: r.data } }));
      get().notify('success', 'Saved who owns what');
    }
    return r;
  },
});
