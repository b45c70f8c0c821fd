import type { InputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Audit } from '../../../shared/domain/audit';
import { currentGeneration } from './appSlice';
import type { SliceCreator } from './appStore';
import { createAuditWriteQueue } from './auditWriteQueue';

export interface AuditsSlice {
  /** Audits per project, oldest first, as the backend last confirmed them (undefined: not loaded). */
  auditsByProject: Record<string, Audit[] | undefined>;
  loadAudits: (projectId: string) => Promise<Result<Audit[]>>;
  createAudit: (input: InputOf<'audits.create'>) => Promise<Result<Audit>>;
  updateAudit: (id: string, patch: InputOf<'audits.update'>['patch']) => Promise<Result<Audit>>;
  setPractice: (input: InputOf<'audits.setPractice'>) => Promise<Result<Audit>>;
  setGapMissing: (input: InputOf<'audits.setGapMissing'>) => Promise<Result<Audit>>;
  finalizeAudit: (id: string) => Promise<Result<Audit>>;
  copyAudit: (input: InputOf<'audits.copy'>) => Promise<Result<Audit>>;
  deleteAudit: (audit: Audit) => Promise<Result<{ id: string }>>;
}

const upsert = (list: Audit[] | undefined, a: Audit): Audit[] => {
  const rest = (list ?? []).filter((x) => x.id !== a.id);
  return [...rest, a].sort(
    (x, y) => x.takenOn.localeCompare(y.takenOn) || x.createdAt.localeCompare(y.createdAt),
  );
};

/**
 * Audits as the backend confirmed them: a change shows only once its transaction committed.
 * Errors come back as Results for the caller to show where the user is looking.
 */
export const createAuditsSlice: SliceCreator<AuditsSlice> = (api) => (set, get) => {
  const queueAuditWrite = createAuditWriteQueue();
  const applied = async (r: Promise<Result<Audit>>): Promise<Result<Audit>> => {
    const isCurrent = currentGeneration(get);
    const result = await r;
    if (result.ok && isCurrent()) {
      const a = result.data;
      set((s) => ({
        auditsByProject: {
          ...s.auditsByProject,
          [a.projectId]: upsert(s.auditsByProject[a.projectId], a),
        },
      }));
    }
    return result;
  };
  return {
    auditsByProject: {},
    loadAudits: async (projectId) => {
      const isCurrent = currentGeneration(get);
      const r = await api['audits.list']({ projectId });
      if (r.ok && isCurrent())
        set((s) => ({ auditsByProject: { ...s.auditsByProject, [projectId]: r.data } }));
      return r;
    },
    createAudit: (input) => applied(api['audits.create'](input)),
    updateAudit: (id, patch) =>
      queueAuditWrite(id, () => applied(api['audits.update']({ id, patch }))),
    setPractice: (input) =>
      queueAuditWrite(input.auditId, () => applied(api['audits.setPractice'](input))),
    setGapMissing: (input) =>
      queueAuditWrite(input.auditId, () => applied(api['audits.setGapMissing'](input))),
    finalizeAudit: async (id) => {
      const r = await queueAuditWrite(id, () => applied(api['audits.finalize']({ id })));
      if (r.ok) {
        get().notify('success', `Finalised “${r.data.title}”`);
        // The portfolio's readiness and heatmap follow the new final audit.
        await get().loadPortfolio();
      }
      return r;
    },
    copyAudit: (input) => applied(api['audits.copy'](input)),
    deleteAudit: async (audit) => {
      const r = await queueAuditWrite(audit.id, () => api['audits.delete']({ id: audit.id }));
      if (r.ok) {
        set((s) => ({
          auditsByProject: {
            ...s.auditsByProject,
            [audit.projectId]: (s.auditsByProject[audit.projectId] ?? []).filter(
              (a) => a.id !== audit.id,
            ),
          },
        }));
        get().notify('success', `Deleted draft “${audit.title}”`);
      } else {
        get().notify('error', r.error.message);
      }
      return r;
    },
  };
};
