import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../../shared/api/result';

export type SaveStatus =
  { tone: 'idle'; text: '' } | { tone: 'saving' | 'saved' | 'error' | 'info'; text: string };

/**
 * The workshop's saves, in the order the keys were pressed (the store also orders one audit's
 * writes), with `settled` to wait for all of them before leaving, and `status` saying what the
 * last save did ("Saved: …" or the backend's message) for an aria-live region.
 */
export function useSerialSaves() {
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [status, setStatus] = useState<SaveStatus>({ tone: 'idle', text: '' });

  const save = useCallback(<T>(what: string, job: () => Promise<Result<T>>): Promise<Result<T>> => {
    setStatus({ tone: 'saving', text: `Saving ${what}…` });
    const run = chain.current.then(job).then(
      (r) => r,
      (e: unknown): Result<T> => ({
        ok: false,
        error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) },
      }),
    );
    chain.current = run;
    return run.then((r) => {
      setStatus(
        r.ok
          ? { tone: 'saved', text: `Saved ${what}` }
          : { tone: 'error', text: `Not saved: ${r.error.message}` },
      );
      return r;
    });
  }, []);

  /** Resolves once every save asked for so far has finished. */
  const settled = useCallback(async (): Promise<void> => {
    let current: Promise<unknown>;
    do {
      current = chain.current;
      await current;
    } while (current !== chain.current);
  }, []);

  const inform = useCallback(
    (tone: 'info' | 'error', text: string) => setStatus({ tone, text }),
    [],
  );

  return { save, settled, status, inform };
}
