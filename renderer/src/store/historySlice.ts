import type { HistoryEvent } from '../../../shared/domain/history';
import { currentGeneration } from './appSlice';
import type { SliceCreator } from './appStore';

/** A project's recorded changes as last loaded, and why the last load failed (null: it did not). */
export interface ProjectHistoryView {
  events: HistoryEvent[] | null;
  error: string | null;
}

export interface HistorySlice {
  /** Per project, so switching projects never shows another project's events or error. */
  historyByProject: Record<string, ProjectHistoryView | undefined>;
  loadHistory: (projectId: string) => Promise<void>;
}

/** How many of a project's newest changes its page lists. */
export const HISTORY_LIMIT = 50;

/**
 * The project history, loaded through the store like every other screen's data (issue 6, item
 * 12): a load that succeeds clears the previous error, and a restore drops it all.
 */
export const createHistorySlice: SliceCreator<HistorySlice> = (api) => (set, get) => ({
  historyByProject: {},
  loadHistory: async (projectId) => {
    const isCurrent = currentGeneration(get);
    const r = await api['history.list']({ projectId, limit: HISTORY_LIMIT });
    if (!isCurrent()) return;
    set((s) => ({
      historyByProject: {
        ...s.historyByProject,
        [projectId]: r.ok
          ? { events: r.data, error: null }
          : { events: s.historyByProject[projectId]?.events ?? null, error: r.error.message },
      },
    }));
  },
});
