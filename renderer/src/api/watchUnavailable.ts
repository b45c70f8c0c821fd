import { CHANNELS, type Channel } from '../../../shared/api/channels';
import type { Api } from '../../../shared/api/contract';

/**
 * The same API, calling `onUnavailable` whenever an answer says the workspace is not open
 * (UNAVAILABLE): the data file may have been refused after the app showed it (a large file
 * whose integrity check ran after opening found damage), and the app must then show why.
 */
export function watchUnavailable(api: Api, onUnavailable: () => void): Api {
  const watched: Partial<Record<Channel, (input: never) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const call = api[channel] as (input: never) => ReturnType<Api[Channel]>;
    watched[channel] = async (input: never) => {
      const r = await call(input);
      if (!r.ok && r.error.code === 'UNAVAILABLE' && channel !== 'app.info') onUnavailable();
      return r;
    };
  }
  return watched as Api;
}
