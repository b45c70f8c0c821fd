import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/api/result';
import type { Audit } from '../../../shared/domain/audit';
import type { Project } from '../../../shared/domain/project';
import { fakeApi } from '../testing/fakeApi';
import { createAppStore } from './appStore';

// Issue 6, item 11: the projects slice changes only after the backend confirmed.

const project = (name: string, archivedAt: string | null = null) =>
  ({ id: `id-${name}`, name, archivedAt }) as Project;

describe('projects slice', () => {
  it('loads the list, and keeps the error of a failed load apart from "no projects"', async () => {
    const { api } = fakeApi({
      'projects.list': [fail('UNAVAILABLE', 'Busy'), ok([project('Beta')])],
    });
    const store = createAppStore(api);
    await store.getState().loadProjects();
    expect(store.getState()).toMatchObject({ projectsLoaded: true, projectsError: 'Busy' });
    await store.getState().loadProjects();
    expect(store.getState()).toMatchObject({ projectsError: null });
    expect(store.getState().projects.map((p) => p.name)).toEqual(['Beta']);
  });

  it('archives only once the backend confirmed, and says so', async () => {
    const archived = project('Beta', '2026-12-01T10:00:00.000Z');
    const { api } = fakeApi({
      'projects.archive': [fail('READ_ONLY', 'Already archived'), ok(archived)],
    });
    const store = createAppStore(api);
    store.setState({ projects: [project('Beta')] });
    await store.getState().archiveProject('id-Beta');
    expect(store.getState().projects[0]?.archivedAt).toBeNull();
    expect(store.getState().notices.at(-1)).toMatchObject({
      tone: 'error',
      text: 'Already archived',
    });
    await store.getState().archiveProject('id-Beta');
    expect(store.getState().projects[0]?.archivedAt).toBe(archived.archivedAt);
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^Archived “Beta”: it left the active list/,
    );
    expect(store.getState().notices.at(-1)?.action?.label).toBe('Undo');
  });

  it('deleting a project drops its audits and its portfolio entry too', async () => {
    const { api } = fakeApi({ 'projects.delete': [ok({ id: 'id-Beta' })] });
    const store = createAppStore(api);
    store.setState({
      projects: [project('Beta'), project('Gamma')],
      auditsByProject: { 'id-Beta': [{ id: 'a1' } as Audit] },
      portfolio: [
        { projectId: 'id-Beta', readiness: null },
        { projectId: 'id-Gamma', readiness: null },
      ] as never,
    });
    await store.getState().deleteProject('id-Beta');
    const s = store.getState();
    expect(s.projects.map((p) => p.name)).toEqual(['Gamma']);
    expect(s.auditsByProject['id-Beta']).toBeUndefined();
    expect(s.portfolio.map((e) => e.projectId)).toEqual(['id-Gamma']);
  });
});
