import type { Shell } from 'electron';

// The only schemes the app hands to the operating system. Everything else (file:, smb:, custom
// handlers, javascript:) can run programs or leak credentials, so it is refused.
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

export function isAllowedExternalUrl(raw: string): boolean {
  if (raw.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'https:') {
    // user:pass@host links are a phishing trick; a host is required.
    return url.hostname !== '' && url.username === '' && url.password === '';
  }
  return url.pathname !== '';
}

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
