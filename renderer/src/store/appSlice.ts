import type { AppInfo } from '../../../shared/domain/appInfo';
import type { SliceCreator } from './appStore';

export interface AppSlice {
  info: AppInfo | null;
  /** Set when even app.info could not be reached (the host is down). */
  infoError: string | null;
  loadInfo: () => Promise<void>;
  /**
   * Which workspace the screen shows: a restore or a reopen counts one up (backupsSlice.ts). A
   * load asked for under an older generation drops its answer (`isCurrent`), so data of the
   * replaced workspace never comes back on screen (issue 6, item 10).
   */
  workspaceGeneration: number;
}

export const createAppSlice: SliceCreator<AppSlice> = (api) => (set) => ({
  info: null,
  infoError: null,
  workspaceGeneration: 0,
  loadInfo: async () => {
    const r = await api['app.info']({});
    set(r.ok ? { info: r.data, infoError: null } : { infoError: r.error.message });
  },
});

/** A guard taken when a request starts: true while the workspace it was asked of is shown. */
export function currentGeneration(get: () => { workspaceGeneration: number }): () => boolean {
  const asked = get().workspaceGeneration;
  return () => get().workspaceGeneration === asked;
}
