import { useCallback, useEffect } from 'react';

// Workshop mode asks for the whole screen (the Electron shell grants the 'fullscreen'
// permission; a browser may refuse without a user gesture, and headless ones always do). The
// layout fills the viewport either way, so a refusal is ignored quietly.

const request = (): void => {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
};

export const exitFullscreen = (): void => {
  if (!document.fullscreenElement) return;
  document.exitFullscreen().catch(() => undefined);
};

/** Requests full screen on mount, leaves it on unmount; `toggle` for the F key. */
export function useFullscreen(): { toggle: () => void } {
  useEffect(() => {
    request();
    return exitFullscreen;
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) exitFullscreen();
    else request();
  }, []);
  return { toggle };
}
