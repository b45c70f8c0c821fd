import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { ExportRequest, ReportExport, ReportJob } from '../../../shared/reports';
import { createAppStore } from './appStore';

// The export flow of the store against an in-memory API: start, poll the progress, download;
// a failure or a cancel leaves a message and nothing recorded. (Node: no window.shell, so this
// is the browser's download path.)

const request: ExportRequest = { report: { scope: 'portfolio' }, format: 'csv' };
const job = (
  state: ReportJob['state'],
  done: number,
  extra: Partial<ReportJob> = {},
): ReportJob => ({
  id: '00000000-0000-4000-8000-000000000001',
  request,
  state,
  stage: state === 'running' ? 'Writing' : 'Saved',
  done,
  total: 3,
  savedTo: null,
  fileName: 'Portfolio readiness 2026-03-14.csv',
  record: state === 'done' ? ({ id: 'r1', contentHash: 'ab'.repeat(32) } as ReportExport) : null,
  error: null,
  ...extra,
});

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

describe('exporting a report from the store', () => {
  it('starts, follows the progress, downloads and lists the export', async () => {
    const { api, calls } = fakeApi({
      'reports.start': [ok(job('running', 1))],
      'reports.job': [ok(job('running', 2)), ok(job('done', 3))],
      'reports.download': [ok({ fileName: 'p.csv', mimeType: 'text/csv', base64: 'YQ==' })],
      'reports.list': [ok([{ id: 'r1' }])],
    });
    const store = createAppStore(api);
    await store.getState().startExport(request, 'p.csv');
    expect(calls).toEqual([
      'reports.start',
      'reports.job',
      'reports.job',
      'reports.download',
      'reports.list',
    ]);
    expect(store.getState().exportJob).toMatchObject({ state: 'done', done: 3 });
    expect(store.getState().exportError).toBeNull();
    expect(store.getState().reportExports).toEqual([{ id: 'r1' }]);
    expect(store.getState().notices.at(-1)?.text).toBe(
      'Downloaded Portfolio readiness 2026-03-14.csv',
    );
  });

  it('shows why an export failed, and records nothing', async () => {
    const error = { code: 'STORAGE_FULL' as const, message: 'The disk is full.' };
    const { api, calls } = fakeApi({
      'reports.start': [ok(job('running', 1))],
      'reports.job': [ok(job('failed', 2, { error }))],
    });
    const store = createAppStore(api);
    await store.getState().startExport(request, 'p.csv');
    expect(store.getState().exportError).toBe('The disk is full.');
    expect(calls).not.toContain('reports.download');
    expect(calls).not.toContain('reports.list');
  });

  it('a refused start (another export running) says so', async () => {
    const { api } = fakeApi({
      'reports.start': [fail('CONFLICT', 'Another report is being exported.')],
    });
    const store = createAppStore(api);
    await store.getState().startExport(request, 'p.csv');
    expect(store.getState().exportError).toBe('Another report is being exported.');
    expect(store.getState().exportJob).toBeNull();
  });

  it('cancel asks the backend to stop the running job', async () => {
    const { api, calls } = fakeApi({ 'reports.cancel': [ok(job('cancelled', 1))] });
    const store = createAppStore(api);
    store.setState({ exportJob: job('running', 1) });
    await store.getState().cancelExport();
    expect(calls).toEqual(['reports.cancel']);
    expect(store.getState().exportJob?.state).toBe('cancelled');
  });
});
