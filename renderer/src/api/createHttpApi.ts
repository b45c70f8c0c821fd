import { CHANNELS } from '../../../shared/api/channels';
import type { Api } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';

/**
 * The browser transport: each channel is a POST to the loopback host's /api/<channel>, which
 * runs the same dispatch as Electron's IPC. The token travels in the host's HttpOnly cookie.
 */
export function createHttpApi(fetchImpl: typeof fetch = fetch.bind(globalThis)): Api {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (input) => {
      let response: Response;
      try {
        response = await fetchImpl(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return unreachable(
          'Crossing’s local host is not answering. Is `npm run web` still running?',
        );
      }
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'FORBIDDEN', message: await response.text() } };
      }
      if (!response.ok) return unreachable(`Crossing’s local host answered ${response.status}.`);
      // Whatever came back, the caller gets a Result (issue 6, item 13): an answer that is not
      // JSON, or JSON that is not a Result, is a failure to show, never a thrown error.
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return unreachable('Crossing’s local host sent an answer that was not understood.');
      }
      return isResult(body)
        ? body
        : unreachable('Crossing’s local host sent an answer that was not understood.');
    };
  }
  return api as Api;
}

const unreachable = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'UNAVAILABLE', message },
});

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'data' in body;
  return body.ok === false && 'error' in body && typeof body.error === 'object';
}
