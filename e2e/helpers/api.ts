import type { Channel, InputOf, OutputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

interface HostAddress {
  origin: string;
  token: string;
}

/** Calls a channel of the test's web host directly (to seed or read back data), as the renderer does. */
export async function tryApi<C extends Channel>(
  host: HostAddress,
  channel: C,
  input: InputOf<C>,
): Promise<Result<OutputOf<C>>> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status !== 200) throw new Error(`${channel}: HTTP ${response.status}`);
  return (await response.json()) as Result<OutputOf<C>>;
}

/** Like tryApi, but fails the test unless the call succeeded; returns its data. */
export async function callApi<C extends Channel>(
  host: HostAddress,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const r = await tryApi(host, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}
