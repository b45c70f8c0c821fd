import type { Shell } from 'electron';

import { isAllowedExternalUrl } from '../../shared/security/externalLink';

// The allowlist lives in shared/ so evidence links are checked by the same rule when saved.
export { isAllowedExternalUrl };

export type OpenExternal = (url: string) => boolean;

/**
 * The single path from the app to shell.openExternal: returns whether the URL was handed on.
 * Failures (no browser or mail client) are logged, never thrown into an event handler.
 */
export function createOpenExternal(
  shell: Pick<Shell, 'openExternal'>,
  log: (message: string) => void = console.error,
): OpenExternal {
  return (url) => {
    if (!isAllowedExternalUrl(url)) {
      log(`[crossing] refused to open external URL: ${url.slice(0, 200)}`);
      return false;
    }
    shell.openExternal(url).catch((e: unknown) => {
      log(`[crossing] could not open ${url.slice(0, 200)}: ${String(e)}`);
    });
    return true;
  };
}
