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
      return (await response.json()) as Result<unknown>;
    };
  }
  return api as Api;
}

const unreachable = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'UNAVAILABLE', message },
});
