// The one origin the renderer is served from. Node's URL gives `origin === 'null'` for
// non-special schemes such as app:, so checks compare protocol and host instead of `.origin`.
export const APP_SCHEME = 'app';
export const APP_HOST = 'crossing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_URL = `${APP_ORIGIN}/index.html`;

/** True only for app://crossing/... (no port, no credentials); false for anything unparsable. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
