import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import { EMPTY_ORG_PROFILE, type OrgDecision } from '../../../shared/domain/org';
import { EMPTY_OWNERSHIP, type ProjectOwnership } from '../../../shared/domain/ownership';
import { createAppStore } from './appStore';

/** A fake API answering each channel with the queued results, in order. */
function fakeApi(answers: Partial<Record<keyof Api, Result<unknown>[]>>) {
  return new Proxy({} as Api, {
    get: (_t, channel: string) =>
      vi.fn(() => {
        const next = answers[channel as keyof Api]?.shift();
        return Promise.resolve(next ?? fail('INTERNAL', `no answer for ${channel}`));
      }),
  });
}

const decision = (id: string) => ({ id, model: 'embedded' }) as OrgDecision;
const owned: ProjectOwnership = {
  ...EMPTY_OWNERSHIP,
  projectId: 'p1',
  mlOwner: 'Ana',
  updatedAt: 'x',
};

describe('org slice', () => {
  it('loads the org state with every project’s ownership, by project', async () => {
    const store = createAppStore(
      fakeApi({
        'org.get': [ok({ profile: EMPTY_ORG_PROFILE, decisions: [decision('d1')] })],
        'ownership.list': [ok([owned])],
      }),
    );
    await store.getState().loadOrg();
    expect(store.getState().org?.decisions.map((d) => d.id)).toEqual(['d1']);
    expect(store.getState().ownerships).toEqual({ p1: owned });
  });

  it('appends a recorded decision, keeping the earlier ones; a refusal changes nothing', async () => {
    const store = createAppStore(
      fakeApi({
        'org.decide': [
          ok(decision('d2')),
          fail('RULE_VIOLATION', 'A decision cannot be dated in the future.'),
        ],
      }),
    );
    store.setState({ org: { profile: EMPTY_ORG_PROFILE, decisions: [decision('d1')] } });
    const input = {
      model: 'hybrid',
      rationale: 'Why',
      decidedBy: '',
      decidedOn: '2026-01-01',
    } as const;
    expect((await store.getState().recordOrgDecision(input)).ok).toBe(true);
    expect(store.getState().org?.decisions.map((d) => d.id)).toEqual(['d1', 'd2']);
    const refused = await store.getState().recordOrgDecision(input);
    expect(refused.ok).toBe(false);
    expect(store.getState().org?.decisions.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('shows a project’s ownership only once the backend saved it', async () => {
    const store = createAppStore(
      fakeApi({ 'ownership.save': [fail('READ_ONLY', 'Archived'), ok(owned)] }),
    );
    expect((await store.getState().saveOwnership('p1', owned)).ok).toBe(false);
    expect(store.getState().ownerships).toEqual({});
    await store.getState().saveOwnership('p1', owned);
    expect(store.getState().ownerships.p1).toEqual(owned);
  });
});
