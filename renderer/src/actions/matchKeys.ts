export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Does a keyboard event match a binding like 'Mod+Shift+P'? Mod is Cmd on macOS, Ctrl elsewhere. */
export function matchKeys(binding: string, e: KeyLike, isMac: boolean): boolean {
  const parts = binding.split('+');
  const key = parts.pop()?.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantCtrl = mods.has('ctrl') || (mods.has('mod') && !isMac);
  const wantMeta = mods.has('meta') || (mods.has('mod') && isMac);
  return (
    e.key.toLowerCase() === key &&
    e.ctrlKey === wantCtrl &&
    e.metaKey === wantMeta &&
    e.shiftKey === mods.has('shift') &&
    e.altKey === mods.has('alt')
  );
}

/** The binding as a user reads it: ⌘N on macOS, Ctrl+N elsewhere. */
export function formatKeys(binding: string, isMac: boolean): string {
  const symbols: Record<string, string> = isMac
    ? { mod: '⌘', ctrl: '⌃', shift: '⇧', alt: '⌥', meta: '⌘' }
    : { mod: 'Ctrl', ctrl: 'Ctrl', shift: 'Shift', alt: 'Alt', meta: 'Win' };
  const parts = binding.split('+').map((p) => symbols[p.toLowerCase()] ?? p.toUpperCase());
  return parts.join(isMac ? '' : '+');
}

export const isMacPlatform = (): boolean =>
  (window.shell?.platform ?? navigator.platform).toLowerCase().startsWith('mac') ||
  window.shell?.platform === 'darwin';
