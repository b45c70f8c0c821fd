import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useAppStoreApi } from '../store/StoreProvider';
import { ACTIONS, actionById } from './actions';
import { isMacPlatform, matchKeys } from './matchKeys';

/** Wires actions to key bindings and to the native menu's shell commands (Electron only). */
export function useActions(): void {
  const [, navigate] = useLocation();
  const store = useAppStoreApi();
  useEffect(() => {
    const ctx = { store, navigate };
    const isMac = isMacPlatform();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = ACTIONS.find((a) => a.keys && matchKeys(a.keys, e, isMac));
      if (!action) return;
      e.preventDefault();
      action.perform(ctx);
    };
    window.addEventListener('keydown', onKey);
    const off = window.shell?.onCommand((command) => actionById(command)?.perform(ctx));
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, [navigate, store]);
}
