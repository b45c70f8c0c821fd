import type { AppInfo } from '../../../shared/domain/appInfo';
import type { SliceCreator } from './appStore';

export interface AppSlice {
  info: AppInfo | null;
  /** Set when even app.info could not be reached (the host is down). */
  infoError: string | null;
  loadInfo: () => Promise<void>;
}

export const createAppSlice: SliceCreator<AppSlice> = (api) => (set) => ({
  info: null,
  infoError: null,
  loadInfo: async () => {
    const r = await api['app.info']({});
    set(r.ok ? { info: r.data, infoError: null } : { infoError: r.error.message });
  },
});
