import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { Audit } from '../../../shared/domain/audit';
import { fakeApi } from '../testing/fakeApi';
import { createAppStore } from './appStore';

// Issue 6, item 11: the audits slice keeps audits as the backend confirmed them, in date order,
// and sends the writes of one audit one after another.

const audit = (id: string, takenOn: string, note = '') =>
  ({
    id,
    projectId: 'p1',
    title: id,
    takenOn,
    createdAt: `${takenOn}T10:00:00.000Z`,
    status: 'draft',
    practices: { 'pipeline.ci_cd': { note } },
  }) as unknown as Audit;

describe('audits slice', () => {
  it('loads a project’s audits and keeps them in date order as they change', async () => {
    const { api } = fakeApi({
      'audits.list': [ok([audit('b', '2026-02-01')])],
      'audits.create': [ok(audit('a', '2026-01-01'))],
    });
    const store = createAppStore(api);
    await store.getState().loadAudits('p1');
    await store.getState().createAudit({ projectId: 'p1', title: 'a', takenOn: '2026-01-01' });
    expect(store.getState().auditsByProject.p1?.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('leaves the audit as it was when a write is refused', async () => {
    const { api } = fakeApi({ 'audits.setPractice': [fail('READ_ONLY', 'It is final')] });
    const store = createAppStore(api);
    store.setState({ auditsByProject: { p1: [audit('a', '2026-01-01', 'old')] } });
    const r = await store
      .getState()
      .setPractice({ auditId: 'a', practiceKey: 'pipeline.ci_cd', note: 'new' });
    expect(r.ok).toBe(false);
    expect(store.getState().auditsByProject.p1?.[0]?.practices['pipeline.ci_cd']?.note).toBe('old');
  });

  it('sends one audit’s writes in order: a slow first answer never overwrites a later one', async () => {
    const sent: string[] = [];
    let releaseFirst: (r: Result<unknown>) => void = () => {};
    const api = new Proxy({} as Api, {
      get: () => (input: { note: string }) => {
        sent.push(input.note);
        if (input.note === 'first') return new Promise<Result<unknown>>((r) => (releaseFirst = r));
        return Promise.resolve(ok(audit('a', '2026-01-01', input.note)));
      },
    });
    const store = createAppStore(api);
    store.setState({ auditsByProject: { p1: [audit('a', '2026-01-01')] } });
    const first = store
      .getState()
      .setPractice({ auditId: 'a', practiceKey: 'pipeline.ci_cd', note: 'first' });
    const second = store
      .getState()
      .setPractice({ auditId: 'a', practiceKey: 'pipeline.ci_cd', note: 'second' });
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['first']); // the second waits for the first's answer
    releaseFirst(ok(audit('a', '2026-01-01', 'first')));
    await Promise.all([first, second]);
    expect(sent).toEqual(['first', 'second']);
    expect(store.getState().auditsByProject.p1?.[0]?.practices['pipeline.ci_cd']?.note).toBe(
      'second',
    );
  });
});
