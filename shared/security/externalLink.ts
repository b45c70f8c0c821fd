// The only schemes the app hands to the operating system (Electron's openExternal) or opens in a
// new tab (the browser host), and the only ones an evidence link may be saved with. Everything
// else (file:, smb:, javascript:, custom handlers) can run programs or leak credentials.
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);
export const MAX_URL_LENGTH = 2048;

export const EXTERNAL_LINK_RULE = 'Only https: and mailto: links can be opened from the app.';

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
