import { createContext, useContext, type ReactNode } from 'react';
import type { AppStore } from './appStore';

const StoreContext = createContext<AppStore | null>(null);

/**
 * Hands the app's one store (made with its API by `createAppStore(api)` in main.tsx) to every
 * component below. Tests give a page its own store over a fake API (issue 6, item 11).
 */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** The store itself, for handlers that read the latest state (`getState()`) outside render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The app store is used outside <StoreProvider>.');
  return store;
}
