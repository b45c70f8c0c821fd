import { api } from '../api/client';
import { createAppStore } from './appStore';

/** The app's store instance. Components select narrowly (useShallow for objects). */
export const useAppStore = createAppStore(api);
