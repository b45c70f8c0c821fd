import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { allText, readPdf } from '../testing/readPdf';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../testing/tempWorkspace';

// Exports draw on the workspace's report thread, as in the app (the worker's sources run
// through tsx here): while a 200-project portfolio PDF is drawn, the thread that answers
// requests stays free, and a cancel ends the drawing at once, leaving no file behind and an
// earlier file of the same name intact. Before the report thread existed, `projects.list`
// waited for the whole PDF (seconds) and a cancel arrived only after it was drawn.

process.env.CROSSING_REPORT_WORKER = join(import.meta.dirname, '..', 'jobs', 'reportWorker.ts');

let ws: TempWorkspace;
let out: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  ws = openTempWorkspace();
  out = makeTempDir('crossing-out-');
  await callOk(ws.dispatch, 'sample.create', { projects: 200 });
}, 60_000);
afterAll(() => {
  ws.dispose();
  out.remove();
  delete process.env.CROSSING_REPORT_WORKER;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('draws a PDF on the report thread: the file reads back as the report', async () => {
  const path = join(out.dir, 'portfolio-small.md');
  const r = await ws.reports.exportToFile({ report: { scope: 'portfolio' }, format: 'md' }, path);
  if (!r.ok) throw new Error(r.error.message);
  expect(readFileSync(path, 'utf8')).toContain('# Portfolio report');

  const projects = await callOk(ws.dispatch, 'projects.list', {});
  const p = projects.find((x) => x.name === 'Support triage assistant')!;
  const pdfPath = join(out.dir, 'support.pdf');
  const pdf = await ws.reports.exportToFile(
    { report: { scope: 'project', projectId: p.id }, format: 'pdf' },
    pdfPath,
  );
  if (!pdf.ok) throw new Error(pdf.error.message);
  expect(allText(await readPdf(readFileSync(pdfPath)))).toContain('Support triage assistant');
}, 60_000);

it('answers other requests while a large PDF is drawn, and a cancel stops it at once', async () => {
  const path = join(out.dir, 'portfolio.pdf');
  writeFileSync(path, 'the earlier report');
  const started = ws.reports.startToFile({ report: { scope: 'portfolio' }, format: 'pdf' }, path);
  if (!started.ok) throw new Error(started.error.message);
  const id = started.data.id;

  // Ask for the project list a few times while the PDF is drawn: each answer comes at once
  // (drawing on the request thread held them for seconds).
  const waits: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await sleep(250);
    const list = await callOk(ws.dispatch, 'projects.list', {});
    // Time beyond the pause: how long this thread was kept from answering.
    waits.push(performance.now() - t0 - 250);
    expect(list.length).toBeGreaterThanOrEqual(200);
  }
  expect(Math.max(...waits)).toBeLessThan(1_000);
  expect((await callOk(ws.dispatch, 'reports.job', { id })).state).toBe('running');

  const c0 = performance.now();
  expect((await callOk(ws.dispatch, 'reports.cancel', { id })).state).toBe('cancelled');
  expect(
    (
      await ws.reports.exportToFile(
        { report: { scope: 'portfolio' }, format: 'csv' },
        join(out.dir, 'after.csv'),
      )
    ).ok,
  ).toBe(true);
  // The next export did not wait for the cancelled drawing to finish.
  expect(performance.now() - c0).toBeLessThan(3_000);

  expect(readFileSync(path, 'utf8')).toBe('the earlier report');
  expect(readdirSync(out.dir).filter((f) => f.includes('crossing-tmp'))).toEqual([]);
  const reports = await callOk(ws.dispatch, 'reports.list', {});
  expect(reports.some((x) => x.format === 'pdf' && x.scope === 'portfolio')).toBe(false);
}, 60_000);
