import type { SliceCreator } from './appStore';

/** A button on a notice (e.g. "Undo" after archiving): it performs, then the notice leaves. */
export interface NoticeAction {
  label: string;
  perform: () => void;
}

export interface Notice {
  id: number;
  tone: 'success' | 'error';
  text: string;
  action?: NoticeAction;
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (tone: Notice['tone'], text: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
}

/** More than three stacked notices cover the page; the oldest leave first. */
export const MAX_NOTICES = 3;
/** Every notice leaves on its own; an error stays twice as long so it can be read. */
export const NOTICE_MS = { success: 6000, error: 12000 } as const;

/**
 * Confirmations and errors after an action. The counter and the timers live in the store, not
 * in the module, so each store (each test) starts from notice 1 and a restore can clear them
 * (store/backupsSlice.ts drops every notice with the old data).
 */
export const createNoticesSlice: SliceCreator<NoticesSlice> = () => (set, get) => {
  let nextId = 1;
  return {
    notices: [],
    notify: (tone, text, action) => {
      const id = nextId++;
      const notice: Notice = action ? { id, tone, text, action } : { id, tone, text };
      set((s) => ({ notices: [...s.notices.slice(-(MAX_NOTICES - 1)), notice] }));
      setTimeout(() => get().dismissNotice(id), NOTICE_MS[tone]);
    },
    dismissNotice: (id) =>
      set((s) =>
        s.notices.some((n) => n.id === id) ? { notices: s.notices.filter((n) => n.id !== id) } : s,
      ),
  };
};
