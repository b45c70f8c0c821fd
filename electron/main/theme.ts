import type { NativeTheme } from 'electron';

/**
 * The window's colour before the page paints, so opening in dark mode shows no white flash.
 * Equal to --bg in renderer/src/theme/theme.css, light and dark (theme.test.ts checks).
 */
export const WINDOW_BACKGROUND = { light: '#f7f7f5', dark: '#16181b' } as const;

export const windowBackground = (theme: Pick<NativeTheme, 'shouldUseDarkColors'>): string =>
  theme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
