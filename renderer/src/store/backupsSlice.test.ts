import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { AppInfo, WorkspaceState } from '../../../shared/domain/appInfo';
import type { Audit } from '../../../shared/domain/audit';
import type { BackupInfo, BackupsOverview } from '../../../shared/domain/backups';
import { EMPTY_ORG_PROFILE, type OrgDecision } from '../../../shared/domain/org';
import type { ProjectOwnership } from '../../../shared/domain/ownership';
import type { Project } from '../../../shared/domain/project';
import { createAppStore } from './appStore';

const info = (workspace: WorkspaceState): AppInfo => ({
  appVersion: '0.1.0',
  frameworkVersion: '1',
  host: 'test',
  dataDir: '/data',
  dataFile: '/data/crossing.sqlite',
  user: 'ana',
  schemaVersion: 3,
  workspace,
});
const READY = info({ state: 'ready' });
const DAMAGED = info({
  state: 'refused',
  reason: 'damaged',
  message: 'The data file failed its integrity check.',
  quarantinedTo: '/data/quarantine/x',
});

const backup = (name: string, kind: BackupInfo['kind']): BackupInfo => ({
  name,
  kind,
  createdAt: '2026-11-25T21:30:05.123Z',
  sizeBytes: 4096,
});
const overview = (backups: BackupInfo[]): BackupsOverview => ({
  backupDir: '/data/backups',
  quarantineDir: '/data/quarantine',
  backups,
  quarantine: [],
  retention: 'Keeps the last 10.',
});
const project = (name: string) => ({ id: `id-${name}`, name, archivedAt: null }) as Project;

/** A fake API: each channel answers what the test put in `answers`, in order. */
function fakeApi(answers: Partial<Record<keyof Api, Result<unknown>[]>>) {
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

/** A store that has shown a project and its audits, as before a restore. */
function storeWithOldData(api: Api) {
  const store = createAppStore(api);
  store.setState({
    info: READY,
    projects: [project('Beta')],
    projectsLoaded: true,
    auditsByProject: { 'id-Beta': [{ id: 'a1', projectId: 'id-Beta' } as Audit] },
    portfolio: [{ projectId: 'id-Beta', readiness: null }],
    portfolioLoaded: true,
    projectDialog: { mode: 'edit', projectId: 'id-Beta' },
    org: { profile: EMPTY_ORG_PROFILE, decisions: [{ id: 'd1', model: 'hybrid' } as OrgDecision] },
    ownerships: { 'id-Beta': { projectId: 'id-Beta', mlOwner: 'Ana' } as ProjectOwnership },
  });
  return store;
}

describe('backups slice', () => {
  it('lists backups, and keeps the error when they cannot be listed', async () => {
    const { api } = fakeApi({
      'backups.list': [ok(overview([backup('manual-1', 'manual')])), fail('UNAVAILABLE', 'Nope')],
    });
    const store = createAppStore(api);
    await store.getState().loadBackups();
    expect(store.getState().backups?.backups.map((b) => b.name)).toEqual(['manual-1']);
    await store.getState().loadBackups();
    expect(store.getState().backupsError).toBe('Nope');
    expect(store.getState().backups?.backups).toHaveLength(1);
  });

  it('reloads the list after backing up', async () => {
    const taken = backup('manual-1', 'manual');
    const { api, calls } = fakeApi({
      'backups.create': [ok(taken)],
      'backups.list': [ok(overview([taken]))],
    });
    const store = createAppStore(api);
    expect(await store.getState().createBackup()).toEqual(ok(taken));
    expect(calls).toEqual(['backups.create', 'backups.list']);
    expect(store.getState().backups?.backups).toEqual([taken]);
  });

  it('after a restore, drops every project and audit of the old data and loads the new', async () => {
    const restored = { restored: backup('manual-1', 'manual'), safetyCopy: null };
    const { api, calls } = fakeApi({
      'backups.restore': [ok(restored)],
      'app.info': [ok(READY)],
      'projects.list': [ok([project('Alpha')])],
      'backups.list': [ok(overview([backup('manual-1', 'manual')]))],
    });
    const store = storeWithOldData(api);
    expect(await store.getState().restoreBackup('manual-1')).toEqual(ok(restored));
    const s = store.getState();
    expect(s.projects.map((p) => p.name)).toEqual(['Alpha']);
    expect(s.auditsByProject).toEqual({});
    expect(s.portfolio).toEqual([]);
    expect(s.portfolioLoaded).toBe(false);
    expect(s.projectDialog).toBeNull();
    // The org decisions and owners of the old data go too (the org screens load them again).
    expect(s.org).toBeNull();
    expect(s.ownerships).toEqual({});
    expect(calls).toEqual(
      expect.arrayContaining(['backups.restore', 'app.info', 'projects.list', 'backups.list']),
    );
  });

  it('changes nothing but the backups list when a restore fails', async () => {
    const { api, calls } = fakeApi({
      'backups.restore': [fail('INTERNAL', 'The backup is damaged')],
      'backups.list': [ok(overview([]))],
    });
    const store = storeWithOldData(api);
    const r = await store.getState().restoreBackup('manual-1');
    expect(r.ok).toBe(false);
    expect(store.getState().projects.map((p) => p.name)).toEqual(['Beta']);
    expect(store.getState().auditsByProject['id-Beta']).toHaveLength(1);
    expect(calls).toEqual(['backups.restore', 'backups.list']);
  });

  it('takes the app info that reopening returns and loads projects once it is ready', async () => {
    const { api, calls } = fakeApi({
      'workspace.reopen': [ok(READY)],
      'projects.list': [ok([])],
      'backups.list': [ok(overview([]))],
    });
    const store = createAppStore(api);
    store.setState({ info: DAMAGED });
    await store.getState().reopenWorkspace();
    expect(store.getState().info).toEqual(READY);
    expect(store.getState().projectsLoaded).toBe(true);
    expect(calls).not.toContain('app.info');
  });

  it('loads no projects when the reopened workspace is still refused', async () => {
    const { api, calls } = fakeApi({
      'workspace.reopen': [ok(DAMAGED)],
      'backups.list': [ok(overview([]))],
    });
    const store = createAppStore(api);
    store.setState({ info: DAMAGED });
    await store.getState().reopenWorkspace();
    expect(store.getState().info).toEqual(DAMAGED);
    expect(calls).not.toContain('projects.list');
  });
});
