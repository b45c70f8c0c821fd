import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/api/result';
import type { AppInfo } from '../../../shared/domain/appInfo';
import type { BackupsOverview } from '../../../shared/domain/backups';
import { createAppStore } from './appStore';
import { fakeApi } from '../testing/fakeApi';
import { MAX_NOTICES, NOTICE_MS } from './noticesSlice';

// Issue 6, item 6: every notice leaves on its own after its time, at most three show at once,
// and none survives a restore that made it untrue.

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const texts = (store: ReturnType<typeof createAppStore>) =>
  store.getState().notices.map((n) => n.text);

describe('notices slice', () => {
  it('lets every notice leave on its own, errors after a longer time', () => {
    const store = createAppStore(fakeApi({}).api);
    store.getState().notify('success', 'Saved A');
    store.getState().notify('error', 'Could not save B');
    store.getState().notify('success', 'Saved C');
    vi.advanceTimersByTime(NOTICE_MS.success + 1);
    expect(texts(store)).toEqual(['Could not save B']);
    vi.advanceTimersByTime(NOTICE_MS.error - NOTICE_MS.success);
    expect(texts(store)).toEqual([]);
  });

  it('shows at most three at once, the newest', () => {
    expect(MAX_NOTICES).toBe(3);
    const store = createAppStore(fakeApi({}).api);
    for (const t of ['one', 'two', 'three', 'four', 'five']) store.getState().notify('success', t);
    expect(texts(store)).toEqual(['three', 'four', 'five']);
    // Each has its own id, from the store's own counter: two stores do not share one.
    const other = createAppStore(fakeApi({}).api);
    other.getState().notify('success', 'x');
    expect(other.getState().notices[0]?.id).toBe(1);
  });

  it('drops the notices of the old data when a restore replaced it', async () => {
    const ready = { workspace: { state: 'ready' } } as AppInfo;
    const { api } = fakeApi({
      'backups.restore': [ok({ restored: null, safetyCopy: null })],
      'app.info': [ok(ready)],
      'projects.list': [ok([])],
      'backups.list': [ok({ backups: [], quarantine: [] } as unknown as BackupsOverview)],
    });
    const store = createAppStore(api);
    store.getState().notify('success', 'Archived “Beta”');
    store.getState().notify('error', 'Could not delete “Beta”');
    await store.getState().restoreBackup('manual-1');
    expect(texts(store)).toEqual([]);
  });
});
