import { describe, expect, it } from 'vitest';
import { createHttpApi } from './createHttpApi';

// Issue 6, item 13: every call returns a Result, whatever the HTTP answer is.

const answering = (body: string, status = 200, contentType = 'application/json') =>
  (() =>
    Promise.resolve(
      new Response(body, { status, headers: { 'Content-Type': contentType } }),
    )) as typeof fetch;

describe('createHttpApi', () => {
  it('passes a Result through', async () => {
    const api = createHttpApi(answering(JSON.stringify({ ok: true, data: [] })));
    expect(await api['projects.list']({})).toEqual({ ok: true, data: [] });
  });

  it('turns an answer that is not JSON into a failed Result', async () => {
    const api = createHttpApi(answering('<html>proxy error</html>', 200, 'text/html'));
    const r = await api['projects.list']({});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('UNAVAILABLE');
      expect(r.error.message).toMatch(/not understood/);
    }
  });

  it('turns JSON that is not a Result into a failed Result', async () => {
    const api = createHttpApi(answering(JSON.stringify({ hello: 'world' })));
    const r = await api['projects.list']({});
    expect(r.ok).toBe(false);
  });

  it('turns a refused connection into a failed Result', async () => {
    const api = createHttpApi(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await api['projects.list']({})).ok).toBe(false);
  });
});
