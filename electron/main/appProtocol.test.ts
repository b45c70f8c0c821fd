import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { createAppProtocolHandler, PRIVILEGED_APP_SCHEME } from './appProtocol';

// A renderer folder with a secret file beside it: every traversal attempt aims at the secret.
let root: string;
let handle: (request: Request) => Response;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crossing-protocol-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Crossing</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  handle = createAppProtocolHandler(renderer);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the renderer with its content type', async () => {
    const res = get('app://crossing/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Crossing</title>');
    const js = get('app://crossing/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('Content-Type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://crossing/index.html',
    'app://crossing/missing.js',
    'app://evil/index.html',
    'app://crossing/..%2fsecret.txt',
  ])('sends the CSP and nosniff on every response (%s)', (url) => {
    const res = get(url);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    'app://crossing/../secret.txt',
    'app://crossing/assets/../../secret.txt',
    'app://crossing/%2e%2e/secret.txt',
    'app://crossing/%2E%2E/%2e%2e/secret.txt',
    'app://crossing/..%2fsecret.txt',
    'app://crossing/%2e%2e%2fsecret.txt',
    'app://crossing/assets%2f..%2f..%2fsecret.txt',
    'app://crossing/%2f..%2f..%2fsecret.txt',
    'app://crossing/..%5csecret.txt',
    'app://crossing/..%252fsecret.txt',
    'app://crossing/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://crossing/index.html%00.txt',
    'app://crossing/%E0%A4%A',
  ])('refuses traversal and malformed paths with 404: %s', async (url) => {
    const res = get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
  });

  it.each([
    'app://evil/index.html',
    'app://crossing:8080/index.html',
    'app://localhost/index.html',
  ])('refuses other hosts: %s', (url) => expect(get(url).status).toBe(404));

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = get('app://crossing/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(get('app://crossing/index.html', 'POST').status).toBe(405);
  });

  it('registers app: as standard, secure and fetchable, without bypassing the CSP', () => {
    expect(PRIVILEGED_APP_SCHEME).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});
