import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRequest, ProjectReport, ReportJob } from '../../../shared/reports';
import { callErr, callOk, historyCount } from '../testing/calls';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

// Export files: written whole or not at all, an earlier file of the same name never damaged,
// every export recorded and used as the next report's reference point.

let ws: TempWorkspace;
let out: ReturnType<typeof makeTempDir>;
let projectId: string;

const EARLIER = 'the earlier report, which must survive';

beforeEach(async () => {
  ws = openTempWorkspace();
  out = makeTempDir('crossing-out-');
  await callOk(ws.dispatch, 'sample.create', {});
  const list = await callOk(ws.dispatch, 'projects.list', {});
  projectId = list.find((p) => p.name === 'Support triage assistant')!.id;
});
afterEach(() => {
  ws.dispose();
  out.remove();
});

const projectMd: ExportRequest = { report: { scope: 'project', projectId: '' }, format: 'md' };
const request = (format: ExportRequest['format']): ExportRequest => ({
  ...projectMd,
  report: { scope: 'project', projectId },
  format,
});

async function exportTo(path: string, req: ExportRequest) {
  return ws.reports.exportToFile(req, path);
}

/** The export failed, nothing was recorded, and the folder holds only what it held before. */
async function failsCleanly(path: string, req: ExportRequest, message: RegExp) {
  const before = await callOk(ws.dispatch, 'reports.list', {});
  const events = historyCount(ws.openDb());
  const r = await exportTo(path, req);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.message).toMatch(message);
  expect(r.error.message).not.toContain('\n');
  expect(await callOk(ws.dispatch, 'reports.list', {})).toEqual(before);
  expect(historyCount(ws.openDb())).toBe(events);
}

const leftovers = () => readdirSync(out.dir).filter((f) => f.includes('crossing-tmp'));

describe('writing an export', () => {
  it('writes the PDF, records it and lists it, with a history event', async () => {
    const path = join(out.dir, 'support.pdf');
    const r = await exportTo(path, request('pdf'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data).toMatchObject({ state: 'done', savedTo: path, fileName: 'support.pdf' });
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const [record] = await callOk(ws.dispatch, 'reports.list', {});
    expect(record).toEqual(r.data.record);
    expect(record).toMatchObject({
      scope: 'project',
      projectId,
      title: 'Support triage assistant',
      format: 'pdf',
      fileName: 'support.pdf',
      bytes: bytes.length,
      headline: 'Nearly ready · 70% (mean 75.7%)',
      headlineTenths: 700,
    });
    const [event] = await callOk(ws.dispatch, 'history.list', { limit: 1 });
    expect(event).toMatchObject({ entity: 'report', action: 'export', projectId });
    expect(leftovers()).toEqual([]);
  });

  it('replaces an earlier file of the same name whole', async () => {
    const path = join(out.dir, 'support.md');
    writeFileSync(path, EARLIER);
    const r = await exportTo(path, request('md'));
    expect(r.ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(/^# Readiness report: Support triage assistant/);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a folder that does not exist, and a "folder" that is a file', async () => {
    await failsCleanly(
      join(out.dir, 'missing', 'r.md'),
      request('md'),
      /folder .*missing does not exist/,
    );
    const file = join(out.dir, 'a-file');
    writeFileSync(file, EARLIER);
    await failsCleanly(join(file, 'r.md'), request('md'), /a-file is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe(EARLIER);
  });

  it('says the disk is full when the write fails for space (/dev/full), recording nothing', async () => {
    await failsCleanly('/dev/full', request('md'), /disk is full/);
  });

  it('leaves an earlier file intact and no temp file when the rename fails', async () => {
    const dir = join(out.dir, 'taken.md');
    mkdirSync(dir);
    await failsCleanly(dir, request('md'), /taken\.md is a folder/);
    expect(existsSync(dir)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('a cancelled export writes nothing and leaves the earlier file as it was', async () => {
    const path = join(out.dir, 'portfolio.pdf');
    writeFileSync(path, EARLIER);
    const before = await callOk(ws.dispatch, 'reports.list', {});
    const started = ws.reports.startToFile({ report: { scope: 'portfolio' }, format: 'pdf' }, path);
    if (!started.ok) throw new Error(started.error.message);
    expect(started.data).toMatchObject({ state: 'running', done: 1, total: 3 });
    const cancelled = await callOk(ws.dispatch, 'reports.cancel', { id: started.data.id });
    expect(cancelled.state).toBe('cancelled');
    let job: ReportJob = cancelled;
    for (let i = 0; i < 400 && job.state === 'running'; i++) {
      job = await callOk(ws.dispatch, 'reports.job', { id: started.data.id });
    }
    // Let the drawing that was under way finish: it must still not write or record anything.
    await new Promise((r) => setTimeout(r, 3000));
    expect((await callOk(ws.dispatch, 'reports.job', { id: started.data.id })).state).toBe(
      'cancelled',
    );
    expect(readFileSync(path, 'utf8')).toBe(EARLIER);
    expect(leftovers()).toEqual([]);
    expect(await callOk(ws.dispatch, 'reports.list', {})).toEqual(before);
  });

  it('runs one export at a time', async () => {
    const first = ws.reports.startToFile(request('pdf'), join(out.dir, 'one.pdf'));
    expect(first.ok).toBe(true);
    const second = await callErr(ws.dispatch, 'reports.start', request('md'));
    expect(second).toMatchObject({ code: 'CONFLICT' });
    if (first.ok) await callOk(ws.dispatch, 'reports.cancel', { id: first.data.id });
  });
});

describe('"since the previous report"', () => {
  const preview = async () =>
    (await callOk(ws.dispatch, 'reports.preview', {
      report: { scope: 'project', projectId },
    })) as ProjectReport;

  it('is the first report until one is exported; then changes and trend count from it', async () => {
    const first = await preview();
    expect(first.meta.previousReport).toBeNull();
    expect(first.summary.trend.text).toBe('First report of this project.');
    expect(first.changes.since).toBe('No earlier report: the latest recorded changes.');

    expect((await exportTo(join(out.dir, 'r.md'), request('md'))).ok).toBe(true);
    const right = await preview();
    expect(right.meta.previousReport).toMatchObject({ format: 'md', headlineTenths: 700 });
    expect(right.summary.trend).toEqual({
      deltaTenths: 0,
      text: expect.stringMatching(/^Unchanged since the previous report/),
    });
    expect(right.changes).toMatchObject({ total: 0, events: [] });

    await callOk(ws.dispatch, 'projects.update', { id: projectId, patch: { owner: 'Kai Moreno' } });
    const after = await preview();
    expect(after.changes.total).toBe(1);
    expect(after.changes.since).toMatch(/^1 change since the previous report/);
    expect(after.changes.events[0]?.summary).toMatch(/Changed owner/);
    expect(after.summary.risks[0]?.owner).toBe('Kai Moreno');
  });

  it('an unknown project is refused at once', async () => {
    const r = await exportTo(join(out.dir, 'x.md'), {
      report: { scope: 'project', projectId: '00000000-0000-4000-8000-000000000000' },
      format: 'md',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
