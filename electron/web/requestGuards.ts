import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface GuardConfig {
  port: number;
  token: string;
}

export type GuardResult =
  { ok: true; fromQuery: boolean } | { ok: false; status: number; message: string };

const LOOPBACK = new Set(['127.0.0.1', '::ffff:127.0.0.1', '::1']);

export const tokenCookieName = (port: number): string => `crossing_token_${port}`; // cookies ignore ports

export const allowedOrigins = (port: number): string[] => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
];

/**
 * The loopback host's discipline, in the order a request meets it: the peer is this machine;
 * the Host header names us (DNS rebinding gives a foreign name); the Origin, when a browser
 * sends one, is ours (no cross-site requests); the per-run secret token is present.
 */
export function checkRequest(req: IncomingMessage, cfg: GuardConfig): GuardResult {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    return {
      ok: false,
      status: 403,
      message: 'Crossing only answers requests from this computer.',
    };
  }
  const hosts = [`127.0.0.1:${cfg.port}`, `localhost:${cfg.port}`];
  if (!hosts.includes((req.headers.host ?? '').toLowerCase())) {
    return {
      ok: false,
      status: 403,
      message: 'Unexpected Host header: open Crossing at the address it printed.',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(cfg.port).includes(origin)) {
    return { ok: false, status: 403, message: 'Requests from other sites are refused.' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, message: 'Requests from other sites are refused.' };
  }
  const fromQuery = queryToken(req.url);
  const presented = fromQuery ?? bearerToken(req) ?? cookieToken(req, cfg.port);
  if (presented === null || !sameSecret(presented, cfg.token)) {
    return {
      ok: false,
      status: 401,
      message: 'This address needs the token Crossing printed when it started (…/?token=…).',
    };
  }
  return { ok: true, fromQuery: fromQuery !== null };
}

function queryToken(url: string | undefined): string | null {
  const q = new URL(url ?? '/', 'http://x').searchParams.get('token');
  return q === null || q === '' ? null : q;
}

function bearerToken(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : null;
}

function cookieToken(req: IncomingMessage, port: number): string | null {
  const name = tokenCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
