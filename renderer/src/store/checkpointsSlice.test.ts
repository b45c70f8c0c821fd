import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { ProjectCheckpoints } from '../../../shared/domain/checkpoints';
import { createAppStore } from './appStore';

/** A fake API answering each channel with the queued results, in order; records the calls. */
function fakeApi(answers: Partial<Record<keyof Api, Result<unknown>[]>>, calls: string[]) {
  return new Proxy({} as Api, {
    get: (_t, channel: string) =>
      vi.fn(() => {
        calls.push(channel);
        const next = answers[channel as keyof Api]?.shift();
        return Promise.resolve(next ?? fail('INTERNAL', `no answer for ${channel}`));
      }),
  });
}

const checkpoints = (runs: number): ProjectCheckpoints =>
  ({ projectId: 'p1', runs: Array.from({ length: runs }, () => ({})) }) as ProjectCheckpoints;

const signOff = {
  runId: '00000000-0000-4000-8000-000000000001',
  outcome: 'passed' as const,
  reviewer: 'Ana',
  on: '2026-03-14',
  comment: '',
};

describe('checkpoints slice', () => {
  it('after a change, reloads the project’s checkpoints and the portfolio’s verdicts', async () => {
    const calls: string[] = [];
    const store = createAppStore(
      fakeApi(
        {
          'checkpoints.signOff': [ok({})],
          'checkpoints.get': [ok(checkpoints(2))],
          'portfolio.summary': [ok([])],
        },
        calls,
      ),
    );
    const r = await store
      .getState()
      .writeCheckpoint('checkpoints.signOff', 'p1', signOff, 'Passed');
    expect(r.ok).toBe(true);
    expect(calls.sort()).toEqual(['checkpoints.get', 'checkpoints.signOff', 'portfolio.summary']);
    expect(store.getState().checkpoints.p1?.runs).toHaveLength(2);
    expect(store.getState().portfolioLoaded).toBe(true);
  });

  it('a refused pass goes back to the form with its list, and nothing is reloaded', async () => {
    const calls: string[] = [];
    const store = createAppStore(
      fakeApi(
        {
          'checkpoints.signOff': [
            fail('RULE_VIOLATION', 'Data validation cannot pass yet.', [
              { path: 'outcome', message: 'Evidence missing: PII scan results' },
            ]),
          ],
        },
        calls,
      ),
    );
    store.setState({ checkpoints: { p1: checkpoints(1) } });
    const r = await store
      .getState()
      .writeCheckpoint('checkpoints.signOff', 'p1', signOff, 'Passed');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues?.map((i) => i.message)).toEqual([
      'Evidence missing: PII scan results',
    ]);
    expect(calls).toEqual(['checkpoints.signOff']);
    expect(store.getState().checkpoints.p1?.runs).toHaveLength(1);
  });
});
