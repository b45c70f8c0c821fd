import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { resolveStaticFile } from '../backend/assets/resolveStaticFile';
import { APP_SCHEME, isAppUrl } from './appOrigin';

/**
 * app:// as a standard, secure scheme: it gets a real origin (so 'self' in the CSP means
 * app://crossing), counts as a secure context, and may be fetched. Must be registered before
 * the app's ready event. No bypassCSP: our own policy applies.
 */
export const PRIVILEGED_APP_SCHEME: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Sent with every response, errors included, so no document can ever load without the CSP. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

const text = (status: number, body: string): Response =>
  new Response(body, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * Serves the built renderer for app://crossing/... and nothing else. Path safety lives in
 * resolveStaticFile (shared with the web host): `..`, %2e%2e and encoded slashes never leave
 * rendererDir. Pure request -> response, so it is tested without Electron.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Response {
  return (request) => {
    if (!isAppUrl(request.url)) return text(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Method not allowed');
    }
    // pathname is still percent-encoded here; resolveStaticFile decodes it exactly once.
    const file = resolveStaticFile(rendererDir, new URL(request.url).pathname);
    if (!file) return text(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' },
    });
  };
}

/** Installs the handler on the default session's protocol (call after ready). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
