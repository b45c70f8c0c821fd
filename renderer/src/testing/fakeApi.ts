import { vi } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { fail, type Result } from '../../../shared/api/result';

/**
 * A fake API for store and page tests: each channel answers what the test put in `answers`, in
 * order (the last answer repeats). `calls` lists the channels called, in order.
 */
export function fakeApi(answers: Partial<Record<keyof Api, Result<unknown>[]>>) {
  const calls: string[] = [];
  const api = new Proxy({} as Api, {
    get: (_t, channel: string) =>
      vi.fn(() => {
        calls.push(channel);
        const queue = answers[channel as keyof Api];
        const next = queue && queue.length > 1 ? queue.shift() : queue?.[0];
        return Promise.resolve(next ?? fail('INTERNAL', `no answer for ${channel}`));
      }),
  });
  return { api, calls };
}
