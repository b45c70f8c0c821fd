import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { restrictPermissions, hardenWebContents, secureWebPreferences } from './windowSecurity';

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

/** Records the listeners hardenWebContents installs, so each can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', 'linux');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('spellchecks only with the OS checker (macOS), never with downloaded dictionaries', () => {
    expect(secureWebPreferences('p', 'darwin').spellcheck).toBe(true);
    expect(secureWebPreferences('p', 'linux').spellcheck).toBe(false);
    expect(secureWebPreferences('p', 'win32').spellcheck).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('lets the page move within app://crossing', () => {
    const f = fakeContents();
    const openExternal = vi.fn(() => true);
    hardenWebContents(f.contents, openExternal);
    expect(f.fire('will-navigate', 'app://crossing/index.html#/about')).toBe(false);
    expect(f.fire('will-redirect', 'app://crossing/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.org',
    'file:///etc/passwd',
    'app://evil/index.html',
    'http://127.0.0.1:3000/',
  ])('stops navigation to %s and offers it only to openExternal', (url) => {
    const f = fakeContents();
    const openExternal = vi.fn(() => false);
    hardenWebContents(f.contents, openExternal);
    expect(f.fire('will-navigate', url)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith(url);
  });

  it('stops redirects away from the app without opening anything', () => {
    const f = fakeContents();
    const openExternal = vi.fn(() => true);
    hardenWebContents(f.contents, openExternal);
    expect(f.fire('will-redirect', 'https://example.org')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, passing links to openExternal', () => {
    const f = fakeContents();
    const openExternal = vi.fn(() => true);
    hardenWebContents(f.contents, openExternal);
    expect(f.open('https://example.org/help')).toEqual({ action: 'deny' });
    expect(f.open('app://crossing/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/help');
  });

  it('refuses to attach a <webview>', () => {
    const f = fakeContents();
    hardenWebContents(
      f.contents,
      vi.fn(() => true),
    );
    expect(f.fire('will-attach-webview')).toBe(true);
  });
});

describe('restrictPermissions', () => {
  it('answers no to every permission request, check and device but fullscreen', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h),
    } as unknown as Session;
    restrictPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission, 'app://crossing', {})).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
    // Workshop mode goes full screen through the Fullscreen API.
    const callback = vi.fn();
    handlers.request?.({}, 'fullscreen', callback, {});
    expect(callback).toHaveBeenCalledWith(true);
  });
});
