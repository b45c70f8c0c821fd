import type { SliceCreator } from './appStore';

export interface Notice {
  id: number;
  tone: 'success' | 'error';
  text: string;
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

export const createNoticesSlice: SliceCreator<NoticesSlice> = () => (set) => ({
  notices: [],
  notify: (tone, text) =>
    set((s) => ({ notices: [...s.notices.slice(-4), { id: nextId++, tone, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
