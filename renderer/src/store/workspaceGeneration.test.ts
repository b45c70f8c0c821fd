import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { ok, type Result } from '../../../shared/api/result';
import type { AppInfo } from '../../../shared/domain/appInfo';
import type { Audit } from '../../../shared/domain/audit';
import type { BackupsOverview } from '../../../shared/domain/backups';
import type { Project } from '../../../shared/domain/project';
import { createAppStore } from './appStore';

// Issue 6, item 10: a load still in flight when a restore happens must not write the old
// workspace's data back into the screen.

const READY = { workspace: { state: 'ready' } } as AppInfo;
const project = (name: string) => ({ id: `id-${name}`, name, archivedAt: null }) as Project;

/** An API whose answers the test releases by hand, in any order. */
function heldApi() {
  const held: { channel: string; release: (r: Result<unknown>) => void }[] = [];
  const api = new Proxy({} as Api, {
    get: (_t, channel: string) => () =>
      new Promise<Result<unknown>>((release) => held.push({ channel, release })),
  });
  const answer = (channel: string, r: Result<unknown>, which: 'first' | 'last' = 'first') => {
    const i =
      which === 'first'
        ? held.findIndex((h) => h.channel === channel)
        : held.findLastIndex((h) => h.channel === channel);
    if (i < 0) throw new Error(`no call to ${channel} is waiting`);
    const [h] = held.splice(i, 1);
    h!.release(r);
  };
  return { api, answer };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('workspace generation', () => {
  it('drops a project list and audits that were asked for before a restore', async () => {
    const { api, answer } = heldApi();
    const store = createAppStore(api);
    store.setState({ info: READY });
    const oldProjects = store.getState().loadProjects();
    const oldAudits = store.getState().loadAudits('id-Old');
    const restore = store.getState().restoreBackup('manual-1');
    answer('backups.restore', ok({ restored: null, safetyCopy: null }));
    await tick();
    answer('app.info', ok(READY));
    await tick();
    answer('projects.list', ok([project('New')]), 'last'); // asked for by the restore
    answer('backups.list', ok({ backups: [], quarantine: [] } as unknown as BackupsOverview));
    await restore;
    expect(store.getState().projects.map((p) => p.name)).toEqual(['New']);

    // The old answers arrive after the restore finished: they change nothing.
    answer('projects.list', ok([project('Old')]));
    answer('audits.list', ok([{ id: 'a-old', projectId: 'id-Old' } as Audit]));
    await Promise.all([oldProjects, oldAudits]);
    expect(store.getState().projects.map((p) => p.name)).toEqual(['New']);
    expect(store.getState().auditsByProject).toEqual({});
  });
});
