import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { ReportModel } from '../../../shared/reports';
import { callOk } from '../testing/calls';
import { renderPdf } from '../reports/pdf/renderPdf';
import { openTempWorkspace } from '../testing/tempWorkspace';

// `npm run bench`: the time of a project report PDF (target under 1 s here) and of a
// 200-project portfolio PDF (target under 10 s), drawn from the sample workspace. Figures, not
// assertions. Fonts are loaded by the first render (cold); the bench reports warm runs.

const ws = openTempWorkspace({ now: () => new Date() });
let project: ReportModel;
let portfolio: ReportModel;

beforeAll(async () => {
  await callOk(ws.dispatch, 'sample.create', { projects: 200 });
  const projects = await callOk(ws.dispatch, 'projects.list', {});
  const p = projects.find((x) => x.name === 'Zoë Łódź fraud scoring')!;
  project = await callOk(ws.dispatch, 'reports.preview', {
    report: { scope: 'project', projectId: p.id },
  });
  portfolio = await callOk(ws.dispatch, 'reports.preview', { report: { scope: 'portfolio' } });
  await renderPdf(project); // load the fonts once
}, 120_000);
afterAll(() => ws.dispose());

describe('report PDFs', () => {
  bench(
    'project report PDF (target < 1 s)',
    async () => {
      await renderPdf(project);
    },
    { iterations: 5, time: 0 },
  );

  bench(
    '200-project portfolio PDF (target < 10 s)',
    async () => {
      await renderPdf(portfolio);
    },
    { iterations: 2, time: 0 },
  );
});
