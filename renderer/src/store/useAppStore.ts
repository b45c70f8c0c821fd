import { useStore } from 'zustand';
import type { AppState } from './appStore';
import { useAppStoreApi } from './StoreProvider';

/**
 * Selects from the store of the nearest <StoreProvider>. Components select narrowly (useShallow
 * for objects); handlers that need the latest state outside render use `useAppStoreApi()`.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
