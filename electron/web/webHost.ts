import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import type { Dispatch } from '../backend/dispatch/dispatch';
import { checkRequest, tokenCookieName } from './requestGuards';
import { resolveStaticFile } from '../backend/assets/resolveStaticFile';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  server: Server;
  close: () => Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The loopback host: the same renderer and the same dispatch as the Electron app, served to a
 * browser on 127.0.0.1 only, behind a per-run secret token (as Jupyter does). The first visit
 * carries the token in the URL; it is moved into an HttpOnly, SameSite=Strict cookie.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = opts.port ?? 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const guard = checkRequest(req, { port, token });
    if (!guard.ok) return send(res, guard.status, 'text/plain; charset=utf-8', guard.message);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (guard.fromQuery) {
      // Swap the token in the address bar for a cookie, so it does not linger in history.
      url.searchParams.delete('token');
      // One leading slash only: '//evil.example' would be a protocol-relative redirect.
      const location = '/' + (url.pathname + url.search).replace(/^\/+/, '');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: location,
        'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = resolveStaticFile(opts.staticDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    send(res, 200, file.type, req.method === 'HEAD' ? '' : file.body, {
      'Cache-Control': 'no-cache',
    });
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON');
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large');
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'The request was not valid JSON.' },
      });
    }
    let name: string;
    try {
      name = decodeURIComponent(channel);
    } catch {
      return sendJson(res, {
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown request.' },
      });
    }
    sendJson(res, await opts.dispatch(name, input));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolveBody(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value), {
    'Cache-Control': 'no-store',
  });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}
