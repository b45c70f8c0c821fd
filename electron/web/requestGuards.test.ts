import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedOrigins, checkRequest, tokenCookieName } from './requestGuards';

const PORT = 43_210;
const TOKEN = 'per-run-secret-token-0123456789';
const cfg = { port: PORT, token: TOKEN };

interface FakeRequest {
  remoteAddress?: string;
  url?: string;
  headers?: Record<string, string>;
}

/** An IncomingMessage as the guard reads it: the peer address, the URL and the headers. */
function request({ remoteAddress = '127.0.0.1', url = '/', headers = {} }: FakeRequest = {}) {
  return {
    socket: { remoteAddress },
    url,
    headers: { host: `127.0.0.1:${PORT}`, authorization: `Bearer ${TOKEN}`, ...headers },
  } as unknown as IncomingMessage;
}

const status = (r: ReturnType<typeof checkRequest>) => (r.ok ? 200 : r.status);

describe('checkRequest', () => {
  it('lets a loopback request with our Host and the token through', () => {
    expect(checkRequest(request(), cfg)).toEqual({ ok: true, fromQuery: false });
    for (const remoteAddress of ['::1', '::ffff:127.0.0.1'])
      expect(status(checkRequest(request({ remoteAddress }), cfg))).toBe(200);
  });

  it.each(['192.168.1.5', '10.0.0.2', '::ffff:192.168.1.5', '', 'fe80::1'])(
    'refuses a peer that is not this computer (%s) with 403',
    (remoteAddress) => {
      const r = checkRequest(request({ remoteAddress }), cfg);
      expect(r).toMatchObject({
        ok: false,
        status: 403,
        message: expect.stringMatching(/computer/),
      });
    },
  );

  it.each([
    'evil.example',
    `evil.example:${PORT}`,
    `127.0.0.1.evil.example:${PORT}`,
    `127.0.0.1:${PORT + 1}`,
    '127.0.0.1',
    '',
  ])('refuses a foreign Host header (DNS rebinding) “%s” with 403', (host) => {
    expect(status(checkRequest(request({ headers: { host } }), cfg))).toBe(403);
  });

  it('accepts localhost in any case as the Host', () => {
    expect(status(checkRequest(request({ headers: { host: `LocalHost:${PORT}` } }), cfg))).toBe(
      200,
    );
  });

  it.each([
    'http://evil.example',
    'null',
    `https://127.0.0.1:${PORT}`,
    `http://127.0.0.1:${PORT + 1}`,
    `http://127.0.0.1:${PORT}.evil.example`,
  ])('refuses a foreign Origin “%s” with 403', (origin) => {
    expect(status(checkRequest(request({ headers: { origin } }), cfg))).toBe(403);
  });

  it('accepts our own origins', () => {
    for (const origin of allowedOrigins(PORT))
      expect(status(checkRequest(request({ headers: { origin } }), cfg))).toBe(200);
  });

  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s with 403', (site) => {
    expect(status(checkRequest(request({ headers: { 'sec-fetch-site': site } }), cfg))).toBe(403);
  });

  it.each(['same-origin', 'none'])('accepts Sec-Fetch-Site: %s', (site) => {
    expect(status(checkRequest(request({ headers: { 'sec-fetch-site': site } }), cfg))).toBe(200);
  });

  it.each([
    ['no token at all', { authorization: '' }],
    ['a wrong Bearer token', { authorization: 'Bearer nope' }],
    ['a Bearer token one character short', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['a token with another scheme', { authorization: `Basic ${TOKEN}` }],
    ['a wrong cookie', { authorization: '', cookie: `${tokenCookieName(PORT)}=nope` }],
    [
      'the cookie of another port',
      { authorization: '', cookie: `${tokenCookieName(PORT + 1)}=${TOKEN}` },
    ],
  ])('answers 401 to %s', (_, headers) => {
    const r = checkRequest(request({ headers }), cfg);
    expect(r).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/token/) });
  });

  it('accepts the token from the cookie, among other cookies', () => {
    const cookie = `theme=dark; ${tokenCookieName(PORT)}=${TOKEN}; other=1`;
    expect(checkRequest(request({ headers: { authorization: '', cookie } }), cfg)).toEqual({
      ok: true,
      fromQuery: false,
    });
  });

  it('accepts the token from the query, and says so (so the host can move it to a cookie)', () => {
    const r = checkRequest(
      request({ url: `/?token=${TOKEN}`, headers: { authorization: '' } }),
      cfg,
    );
    expect(r).toEqual({ ok: true, fromQuery: true });
    const wrong = checkRequest(
      request({ url: '/?token=nope', headers: { authorization: '' } }),
      cfg,
    );
    expect(status(wrong)).toBe(401);
  });

  it('checks the peer and the Host before the token: no token oracle for foreign pages', () => {
    const r = checkRequest(
      request({ headers: { host: 'evil.example', authorization: 'Bearer wrong' } }),
      cfg,
    );
    expect(status(r)).toBe(403);
  });
});
