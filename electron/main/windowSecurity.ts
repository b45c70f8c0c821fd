import type { Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './appOrigin';
import type { OpenExternal } from './openExternal';

/**
 * The renderer runs as an ordinary sandboxed web page: no Node, an isolated preload world, web
 * security on. Spellcheck only on macOS, where it uses the OS checker: on Windows and Linux
 * Chromium downloads Hunspell dictionaries from a Google CDN, and this app stays offline.
 */
export function secureWebPreferences(preload: string, platform: NodeJS.Platform): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: platform === 'darwin',
  };
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every webContents the app creates (app 'web-contents-created'), so a window
 * added later cannot forget it: the page never leaves app://crossing, never opens a window and
 * never attaches a <webview>. Links to https:/mailto: go to the OS through openExternal.
 */
export function hardenWebContents(contents: HardenableContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternal(event.url);
  });
  // A redirect is never something the user clicked: refuse it without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}

/** The one permission the app uses: the Fullscreen API, for workshop mode on a projector. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen']);

/**
 * Camera, microphone, notifications, geolocation, HID, serial, USB...: the app needs none, so
 * every request and check answers no, except fullscreen. (Clipboard roles in the Edit menu
 * still work; a renderer call to navigator.clipboard would not.)
 */
export function restrictPermissions(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}
