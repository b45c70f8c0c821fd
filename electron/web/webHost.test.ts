import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import type { Db } from '../backend/database/openDatabase';
import { historyCount } from '../backend/testing/calls';
import { projectInput } from '../backend/testing/projectFixtures';
import {
  makeTempDir,
  openTempWorkspace,
  totalChanges,
  type TempWorkspace,
} from '../backend/testing/tempWorkspace';
import { tokenCookieName } from './requestGuards';
import { startWebHost, type WebHost } from './webHost';

const INDEX = '<!doctype html><title>Crossing under test</title>';
const SECRET = 'TOP SECRET: outside the static folder';

let files: ReturnType<typeof makeTempDir>;
let ws: TempWorkspace;
let db: Db;
let host: WebHost;

beforeAll(async () => {
  files = makeTempDir();
  const staticDir = join(files.dir, 'www', 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(files.dir, 'www', 'secret.txt'), SECRET);
  writeFileSync(join(files.dir, 'secret.txt'), SECRET);
  ws = openTempWorkspace();
  db = ws.openDb();
  host = await startWebHost({ dispatch: ws.dispatch, staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  ws.dispose();
  files.remove();
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request (fetch would not let us set Host, Origin or odd paths). */
function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: opts.method ?? 'GET',
        agent: false,
        headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const bearer = () => ({ Authorization: `Bearer ${host.token}` });
const cookie = () => ({ Cookie: `${tokenCookieName(host.port)}=${host.token}` });
const json = { 'Content-Type': 'application/json' };

/** POSTs to /api/<channel> with the token; returns the parsed Result. */
async function api(channel: string, input: unknown, headers: Record<string, string> = {}) {
  const r = await send(`/api/${channel}`, {
    method: 'POST',
    headers: { ...bearer(), ...json, ...headers },
    body: JSON.stringify(input),
  });
  return { ...r, result: r.status === 200 ? (JSON.parse(r.body) as unknown) : undefined };
}

let before: { changes: number; events: number };
beforeEach(() => {
  before = { changes: totalChanges(db), events: historyCount(db) };
});
const expectNothingWritten = () =>
  expect({ changes: totalChanges(db), events: historyCount(db) }).toEqual(before);

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((host.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('answers 401 without a token or with a wrong one', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    const noToken = await send('/api/projects.list', { method: 'POST', headers: json, body: '{}' });
    expect(noToken.status).toBe(401);
    expect(noToken.body).not.toContain(host.token);
  });

  it('moves a token from the URL into an HttpOnly, SameSite=Strict cookie', async () => {
    const r = await send(`/projects/42?token=${host.token}&tab=audits`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/projects/42?tab=audits');
    const [setCookie] = r.headers['set-cookie'] ?? [];
    expect(setCookie).toBe(
      `${tokenCookieName(host.port)}=${host.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('serves index.html with the CSP header to a request with the cookie', async () => {
    const r = await send('/', { headers: cookie() });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves index.html for client routes, and files by their type', async () => {
    expect((await send('/projects/123/audits', { headers: cookie() })).body).toBe(INDEX);
    const js = await send('/assets/app.js', { headers: cookie() });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('/assets/missing.js', { headers: cookie() })).status).toBe(404);
  });

  it('runs the real dispatch for /api with a Bearer token', async () => {
    const created = await api('projects.create', projectInput({ name: 'Through HTTP ✓' }));
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.result).toMatchObject({ ok: true, data: { name: 'Through HTTP ✓' } });
    const list = await api('projects.list', {}, { ...cookie(), Authorization: '' });
    expect(list.result).toMatchObject({ ok: true, data: [{ name: 'Through HTTP ✓' }] });
  });

  it('refuses a foreign Origin with 403 before the dispatch runs', async () => {
    const r = await api('projects.create', projectInput({ name: 'CSRF' }), {
      Origin: 'http://evil.example',
    });
    expect(r.status).toBe(403);
    expectNothingWritten();
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const r = await api('projects.create', projectInput({ name: 'Rebound' }), {
      Host: `evil.example:${host.port}`,
    });
    expect(r.status).toBe(403);
    expectNothingWritten();
  });

  it('refuses Sec-Fetch-Site: cross-site with 403', async () => {
    const r = await api('projects.create', projectInput({ name: 'Cross' }), {
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(r.status).toBe(403);
    expectNothingWritten();
  });

  it('answers GET on /api with 405, a non-JSON body with 415', async () => {
    expect((await send('/api/projects.list', { headers: bearer() })).status).toBe(405);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const r = await send('/api/projects.create', {
        method: 'POST',
        headers: { ...bearer(), 'Content-Type': type },
        body: JSON.stringify(projectInput({ name: 'Form' })),
      });
      expect(r.status, type).toBe(415);
    }
    expect((await send('/', { method: 'POST', headers: cookie() })).status).toBe(405);
    expectNothingWritten();
  });

  it('answers bad JSON with an INVALID_INPUT Result', async () => {
    const r = await send('/api/projects.create', {
      method: 'POST',
      headers: { ...bearer(), ...json },
      body: '{"name": "half',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.any(String) },
    });
    expectNothingWritten();
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    expect((await api('projects.drop', {})).result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses a body over 8 MB with 413, writing nothing', async () => {
    const name = 'x'.repeat(8 * 1024 * 1024);
    const r = await send('/api/projects.create', {
      method: 'POST',
      headers: { ...bearer(), ...json },
      body: JSON.stringify(projectInput({ name })),
    });
    expect(r.status).toBe(413);
    expectNothingWritten();
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2f..%2fsecret.txt',
    '/..%5c..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('never serves a file outside the static folder: %s', async (path) => {
    const r = await send(path, { headers: cookie() });
    expect([200, 404]).toContain(r.status);
    if (r.status === 200) expect(r.body).toBe(INDEX);
    expect(r.body).not.toContain('TOP SECRET');
  });

  it('answers a malformed channel escape with a Result, not a 500', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const r = await api('%E0%A4%A', {});
      expect(r.status).toBe(200);
      expect(r.result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    } finally {
      spy.mockRestore();
    }
  });

  it('never redirects to another site after taking the token', async () => {
    for (const path of ['/.//evil.example/', '/%2e//evil.example', '/x/..//evil.example']) {
      const r = await send(`${path}?token=${host.token}`);
      expect(r.status).toBe(303);
      expect(r.headers.location).toMatch(/^\/(?!\/)/);
    }
  });
});
